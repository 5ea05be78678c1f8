// Languages: the interface follows the chosen language without a restart. Switching to Korean
// changes the visible texts (tabs, menus, lesson panel, every page) to the translations built into
// the app, uses the lecture's terms, and keeps the very same pages with what the user made in them;
// switching back restores English.
#include "shell_driver.h"
#include "ui/pages/density/drawing_canvas.h"
#include "ui/pages/lessons/lesson_panel.h"
#include "ui/pages/models/models_page.h"
#include "ui/shell/language.h"

#include <QAbstractAxis>
#include <QAbstractButton>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QMouseEvent>
#include <QProcess>
#include <QTabWidget>
#include <QTableWidget>
#include <functional>

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

/// The text of the widget named `name` under `root`: a label's or a button's text, a combo box's
/// first item, a tab widget's first tab, a table's first column header or a chart's title.
QString textOf(const QWidget* root, const char* name) {
    const QObject* found = root->findChild<QObject*>(QString::fromLatin1(name));
    if (const auto* label = qobject_cast<const QLabel*>(found))
        return label->text();
    if (const auto* button = qobject_cast<const QAbstractButton*>(found))
        return button->text();
    if (const auto* combo = qobject_cast<const QComboBox*>(found))
        return combo->itemText(0);
    if (const auto* tabs = qobject_cast<const QTabWidget*>(found))
        return tabs->tabText(0);
    if (const auto* table = qobject_cast<const QTableWidget*>(found))
        return table->horizontalHeaderItem(0)->text();
    if (const auto* chart = qobject_cast<const QChartView*>(found))
        return chart->chart()->title();
    return {};
}

QString axisTitle(const QWidget* root, const char* chartView) {
    const auto* view = root->findChild<QChartView*>(QString::fromLatin1(chartView));
    return view ? view->chart()->axes(Qt::Horizontal).value(0)->titleText() : QString();
}

/// Where a row of switchingRetranslatesInPlace() reads its texts, by the row's name.
QStringList probe(const MainWindow& w, const QString& where) {
    using Probe = std::function<QStringList(const MainWindow&)>;
    const auto on = [](auto page, const char* name) -> Probe {
        return [page, name](const MainWindow& w) { return QStringList{textOf((w.*page)(), name)}; };
    };
    static const QHash<QString, Probe> probes = {
        {"window: tabs", tabTexts},
        {"window: menus", menuTitles},
        {"lesson: title",
         [](const MainWindow& w) { return QStringList{textOf(w.lessons(), "lessonTitle")}; }},
        {"lesson: button",
         [](const MainWindow& w) { return QStringList{textOf(w.lessons(), "lessonNext")}; }},
        {"counting: heading", on(&MainWindow::countingPage, "modelledHeading")},
        {"counting: button", on(&MainWindow::countingPage, "copyExactButton")},
        {"counting: preset", on(&MainWindow::countingPage, "presetCombo")},
        {"counting: table", on(&MainWindow::countingPage, "countTable")},
        {"counting: chart title", on(&MainWindow::countingPage, "growthChartView")},
        {"sampling: button", on(&MainWindow::samplingPage, "playButton")},
        {"sampling: check box", on(&MainWindow::samplingPage, "orderingCheck")},
        {"sampling: tabs", on(&MainWindow::samplingPage, "samplingTabs")},
        {"sampling: pointer help", on(&MainWindow::samplingPage, "hoverLabel")},
        {"density: heading", on(&MainWindow::densityPage, "drawHeading")},
        {"density: score heading", on(&MainWindow::densityPage, "scoreHeading")},
        {"density: button", on(&MainWindow::densityPage, "clearButton")},
        {"density: chart axis",
         [](const MainWindow& w) {
             return QStringList{axisTitle(w.densityPage(), "likelihoodChart")};
         }},
        {"models: tabs", on(&MainWindow::modelsPage, "modelsTabs")},
        {"models: button", on(&MainWindow::modelsPage, "newSamplesButton")},
        {"models: table", on(&MainWindow::modelsPage, "modelsTable")},
        {"models: chart title", on(&MainWindow::modelsPage, "modelsChartView")}};
    return probes.value(where, [](const MainWindow&) { return QStringList(); })(w);
}

/// Centre of pixel (row, col) of a grid, in the grid's coordinates.
QPoint cellCentre(const PixelGrid* grid, int row, int col) {
    const QRectF field = grid->fieldRect();
    const double cell = field.width() / kSide;
    return QPointF(field.left() + (col + 0.5) * cell, field.top() + (row + 0.5) * cell).toPoint();
}

/// One stroke of the left button along row `row`, from column `from` to column `to`.
void strokeRow(QWidget* canvas, const PixelGrid* grid, int row, int from, int to) {
    QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, cellCentre(grid, row, from));
    for (int col = from; col <= to; ++col) {
        // QTest::mouseMove carries no buttons on Qt 6: a move with the button held, by hand.
        const QPointF at(cellCentre(grid, row, col));
        QMouseEvent move(QEvent::MouseMove, at, canvas->mapToGlobal(at), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas, &move);
    }
    QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, cellCentre(grid, row, to));
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

    void switchingRetranslatesInPlace_data() {
        QTest::addColumn<QString>("where");
        for (const char* where :
             {"window: tabs",           "window: menus",       "lesson: title",
              "lesson: button",         "counting: heading",   "counting: button",
              "counting: preset",       "counting: table",     "counting: chart title",
              "sampling: button",       "sampling: check box", "sampling: tabs",
              "sampling: pointer help", "density: heading",    "density: score heading",
              "density: button",        "density: chart axis", "models: tabs",
              "models: button",         "models: table",       "models: chart title"})
            QTest::newRow(where) << QString::fromLatin1(where);
    }

    // Every page's texts follow the language, through the Language menu as a user does it.
    void switchingRetranslatesInPlace() {
        QFETCH(QString, where);
        auto window = openWindow();
        window->setLessonsOpen(true);
        QVERIFY(window->setLanguage(QStringLiteral("en")));
        const QStringList english = probe(*window, where);
        QVERIFY2(!english.join(QString()).isEmpty(), "nothing to read there");
        QVERIFY2(!hasHangul(english.join(QString())), qPrintable(english.join(u'|')));

        window->findChild<QAction*>(QStringLiteral("language_ko"))->trigger();
        const QStringList korean = probe(*window, where);
        QCOMPARE(korean.size(), english.size());
        for (qsizetype i = 0; i < english.size(); ++i)
            QVERIFY2(korean[i] != english[i] && hasHangul(korean[i]),
                     qPrintable(english[i] + QStringLiteral(" → ") + korean[i]));

        window->findChild<QAction*>(QStringLiteral("language_en"))->trigger();
        QCOMPARE(probe(*window, where), english);
    }

    void switchingKeepsThePagesAndWhatTheUserMade_data() {
        QTest::addColumn<bool>("throughMenu");
        QTest::newRow("Language menu") << true;
        QTest::newRow("setLanguage") << false;
    }

    // No session round trip: the same widgets stay, and with them the drawing, the model, the
    // sampler's seed and step, and the open lesson step.
    void switchingKeepsThePagesAndWhatTheUserMade() {
        QFETCH(bool, throughMenu);
        auto window = openWindow();
        QVERIFY(window->setLanguage(QStringLiteral("en")));
        // The lesson first: going to a step puts the app into that step's view.
        window->setLessonsOpen(true);
        window->lessons()->go(2);
        window->showPage(QStringLiteral("density"));
        DensityPage* density = window->densityPage();
        auto* canvas = density->findChild<DrawingCanvas*>(QStringLiteral("drawingCanvas"));
        QVERIFY(canvas);
        QTRY_VERIFY(canvas->isVisible());
        density->setDrawing(BinaryImage());
        strokeRow(canvas, canvas, 10, 6, 20);
        strokeRow(canvas, canvas, 11, 6, 20);
        const BinaryImage drawn = density->drawing();
        QVERIFY2(drawn.count() >= 20, qPrintable(QString::number(drawn.count())));
        QVERIFY(window->models()->select(QStringLiteral("markov1-mnist")));
        SamplingController* sampler = window->samplingPage()->controller();
        sampler->pause();
        sampler->setSeed(99);
        sampler->seek(200);

        const QList<const QObject*> pages = {window->countingPage(), window->samplingPage(),
                                             window->densityPage(),  window->modelsPage(),
                                             window->lessons(),      window->centralWidget()};
        for (const QString& code : {QStringLiteral("ko"), QStringLiteral("en")}) {
            if (throughMenu)
                window->findChild<QAction*>(QStringLiteral("language_") + code)->trigger();
            else
                QVERIFY(window->setLanguage(code));
            QCOMPARE(window->language()->active(), code);
            const QList<const QObject*> now = {window->countingPage(), window->samplingPage(),
                                               window->densityPage(),  window->modelsPage(),
                                               window->lessons(),      window->centralWidget()};
            QCOMPARE(now, pages);
            QCOMPARE(density->findChild<DrawingCanvas*>(QStringLiteral("drawingCanvas")), canvas);
            QVERIFY(density->drawing() == drawn);
            QCOMPARE(currentModel(*window), QStringLiteral("markov1-mnist"));
            QCOMPARE(sampler->seed(), std::uint64_t{99});
            QCOMPARE(sampler->step(), 200);
            QVERIFY(window->lessonsOpen());
            QCOMPARE(window->lessons()->current(), 2);
            QCOMPARE(window->currentPage(), QStringLiteral("density"));
        }
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
