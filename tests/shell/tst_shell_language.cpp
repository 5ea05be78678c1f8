// Languages: the interface follows the chosen language without a restart. Switching to Korean
// changes the visible texts (tabs, menus, lesson panel) to the translations built into the app,
// uses the lecture's terms, and keeps what the user made; switching back restores English.
#include "shell_driver.h"
#include "ui/pages/lessons/lesson_panel.h"
#include "ui/shell/language.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QTabWidget>

using namespace shelltest;

namespace {

QStringList tabTexts(const MainWindow& window) {
    const auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("pageTabs"));
    QStringList texts;
    for (int i = 0; i < tabs->count(); ++i)
        texts << tabs->tabText(i);
    return texts;
}

QStringList menuTitles(const MainWindow& window) {
    QStringList titles;
    for (const QAction* action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

bool hasHangul(const QString& text) {
    for (const QChar c : text)
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
            return true;
    return false;
}

} // namespace

class TestShellLanguage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void resolvesTheChoice_data() {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QString>("resolved");
        QTest::newRow("english") << "en"
                                 << "en";
        QTest::newRow("korean") << "ko"
                                << "ko";
        QTest::newRow("unknown falls back") << "xx"
                                            << "en";
    }

    void resolvesTheChoice() {
        QFETCH(QString, choice);
        QFETCH(QString, resolved);
        QCOMPARE(Language::resolve(choice), resolved);
    }

    void switchingChangesTheVisibleTexts_data() {
        QTest::addColumn<QString>("where");
        QTest::newRow("tabs") << "tabs";
        QTest::newRow("menus") << "menus";
        QTest::newRow("lesson") << "lesson";
    }

    void switchingChangesTheVisibleTexts() {
        QFETCH(QString, where);
        auto window = openWindow();
        window->setLessonsOpen(true);
        const auto texts = [&] {
            if (where == QLatin1String("tabs"))
                return tabTexts(*window);
            if (where == QLatin1String("menus"))
                return menuTitles(*window);
            const auto* title =
                window->lessons()->findChild<QLabel*>(QStringLiteral("lessonTitle"));
            return QStringList{title->text()};
        };
        QVERIFY(window->setLanguage(QStringLiteral("en")));
        const QStringList english = texts();
        QVERIFY(!english.join(QString()).isEmpty());
        QVERIFY(!hasHangul(english.join(QString())));

        // Through the menu, as a user does it.
        auto* korean = window->findChild<QAction*>(QStringLiteral("language_ko"));
        QVERIFY(korean);
        korean->trigger();
        QCOMPARE(window->language()->active(), QStringLiteral("ko"));
        const QStringList translated = texts();
        QCOMPARE(translated.size(), english.size());
        for (int i = 0; i < english.size(); ++i)
            QVERIFY2(translated[i] != english[i] && hasHangul(translated[i]),
                     qPrintable(english[i] + QStringLiteral(" → ") + translated[i]));

        window->findChild<QAction*>(QStringLiteral("language_en"))->trigger();
        QCOMPARE(texts(), english);
    }

    void koreanUsesTheLecturesTerms_data() {
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("term");
        QTest::newRow("chain rule") << "The chain rule"
                                    << "연쇄법칙";
        QTest::newRow("independence") << "Independence"
                                      << "독립";
        QTest::newRow("anomaly detection") << "Density and anomaly detection"
                                           << "이상 탐지";
        QTest::newRow("density estimation") << "Density and anomaly detection"
                                            << "밀도";
    }

    void koreanUsesTheLecturesTerms() {
        QFETCH(QString, english);
        QFETCH(QString, term);
        auto window = openWindow();
        QVERIFY(window->setLanguage(QStringLiteral("ko")));
        const QString translated =
            QCoreApplication::translate("LessonSteps", english.toUtf8().constData());
        QVERIFY2(translated.contains(term), qPrintable(translated));
        window->setLanguage(QStringLiteral("en"));
    }

    void helpSpeaksTheLanguageAsked_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("absent");
        const QString korean = QStringLiteral("인터페이스 언어: en 또는 ko.");
        const QString english = QStringLiteral("Interface language: en or ko.");
        QTest::newRow("--lang ko") << QStringList{"--lang", "ko", "--help"} << korean << english;
        QTest::newRow("--lang=ko") << QStringList{"--help", "--lang=ko"} << korean << english;
        QTest::newRow("--lang en") << QStringList{"--lang", "en", "--help"} << english << korean;
        // The tests run in the C locale: the system language is English.
        QTest::newRow("no --lang") << QStringList{"--help"} << english << korean;
    }

    void helpSpeaksTheLanguageAsked() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QFETCH(QString, absent);
        QVERIFY2(qEnvironmentVariableIsSet("PIXELCHAIN_BIN_DIR"), "run through ctest");
        QProcess app;
        app.start(qEnvironmentVariable("PIXELCHAIN_BIN_DIR") + QStringLiteral("/pixelchain"),
                  arguments);
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        const QString help = QString::fromUtf8(app.readAllStandardOutput());
        QVERIFY2(help.contains(expected), qPrintable(help));
        QVERIFY2(!help.contains(absent), qPrintable(help));
    }

    void switchingKeepsWhatTheUserMade() {
        auto window = openWindow();
        window->setLanguage(QStringLiteral("en"));
        densityPage(*window)->setDrawing(sampleDrawing());
        window->models()->select(QStringLiteral("markov1-mnist"));
        samplingPage(*window)->controller()->setSeed(99);
        samplingPage(*window)->controller()->seek(200);
        window->showPage(QStringLiteral("density"));
        QVERIFY(window->setLanguage(QStringLiteral("ko")));
        QVERIFY(densityPage(*window)->drawing() == sampleDrawing());
        QCOMPARE(currentModel(*window), QStringLiteral("markov1-mnist"));
        QCOMPARE(samplingPage(*window)->controller()->seed(), std::uint64_t{99});
        QCOMPARE(samplingPage(*window)->controller()->step(), 200);
        QCOMPARE(window->currentPage(), QStringLiteral("density"));
        window->setLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestShellLanguage)
#include "tst_shell_language.moc"
