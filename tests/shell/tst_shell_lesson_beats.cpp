// Lesson beats: a step's text is cut where a reader pauses (paragraphs, line breaks, sentences,
// and clauses only for a sentence too long alone), never inside a formula, and nothing is lost.
// In a window too narrow for the lesson beside the page, the lesson is a caption strip under the
// page: PageDown and the Next button walk the beats of a step, then the steps; PageUp and Previous
// walk back, to the last beat of the step before. A wide window keeps the lesson beside the page.
#include "shell_driver.h"
#include "ui/pages/lessons/lesson_beats.h"
#include "ui/pages/lessons/lesson_panel.h"
#include "ui/pages/lessons/step_picker.h"
#include "ui/shell/lesson_placement.h"
#include "ui/shell/presentation.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTextDocumentFragment>
#include <QToolButton>

using namespace shelltest;

namespace {

QString plain(const QString& richText) {
    return QTextDocumentFragment::fromHtml(richText).toPlainText();
}

/// A room of `characters` visible characters: what a beat may hold in these tests.
LessonBeats::Fits room(int characters) {
    return [characters](const QString& text) { return plain(text).size() <= characters; };
}

QTabBar* pageTabs(const MainWindow& w) {
    return w.findChild<QTabWidget*>(QStringLiteral("pageTabs"))->tabBar();
}

QStringList plainBeats(const QVector<LessonBeat>& beats) {
    QStringList texts;
    for (const LessonBeat& beat : beats)
        texts << plain(beat.text);
    return texts;
}

/// Of the steps with a step before and after them, the one with the most beats in the window as
/// it is now.
int stepWithMostBeats(MainWindow& w) {
    LessonPanel* panel = w.lessons();
    int best = 1;
    int most = 0;
    for (int i = 1; i + 1 < panel->count(); ++i) {
        panel->go(i);
        if (panel->beatCount() > most) {
            most = panel->beatCount();
            best = i;
        }
    }
    return best;
}

} // namespace

class TestShellLessonBeats : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void cutsWhereAReaderPauses_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("characters");
        QTest::addColumn<QStringList>("beats");
        QTest::newRow("a paragraph that fits stays whole")
            << "<p>One. Two.</p>" << 100 << QStringList{"One. Two."};
        QTest::newRow("sentences when the paragraph is too long")
            << "<p>Aaaa aaaa. Bbbb bbbb. Cccc.</p>" << 12
            << QStringList{"Aaaa aaaa.", "Bbbb bbbb.", "Cccc."};
        QTest::newRow("short paragraphs share a beat")
            << "<p>One.</p><p>Two.</p><p>Three is longer.</p>" << 10
            << QStringList{"One.\nTwo.", "Three is longer."};
        QTest::newRow("no cut inside an inline element")
            << "<p>Let <i>p</i>(<b>x. y</b>) be. Next one.</p>" << 15
            << QStringList{"Let p(x. y) be.", "Next one."};
        QTest::newRow("numbers and asides do not end a sentence")
            << "<p>It is 84.47 nats (likely?) here. End.</p>" << 30
            << QStringList{"It is 84.47 nats (likely?) here.", "End."};
        QTest::newRow("an entity is one character") << "<p>Larochelle &amp; Murray. Then.</p>" << 20
                                                    << QStringList{"Larochelle & Murray.", "Then."};
        QTest::newRow("clauses only for a sentence too long alone")
            << "<p>Alpha beta: gamma delta. Epsilon: zeta.</p>" << 18
            << QStringList{"Alpha beta:", "gamma delta.", "Epsilon: zeta."};
        QTest::newRow("line breaks are pauses")
            << "<p>Models:<br>A: yes<br>B: no</p>" << 12 << QStringList{"Models:", "A: yes\nB: no"};
        QTest::newRow("Korean sentences")
            << QString::fromUtf8("<p>첫 문장입니다. 둘째 문장입니다.</p>") << 10
            << QStringList{QString::fromUtf8("첫 문장입니다."),
                           QString::fromUtf8("둘째 문장입니다.")};
        QTest::newRow("no markup at all") << "One. Two." << 5 << QStringList{"One.", "Two."};
        QTest::newRow("a clause longer than the room is a beat of its own")
            << "<p>Supercalifragilistic. Ok.</p>" << 8
            << QStringList{"Supercalifragilistic.", "Ok."};
        QTest::newRow("empty text") << "" << 10 << QStringList{""};
    }

    void cutsWhereAReaderPauses() {
        QFETCH(QString, text);
        QFETCH(int, characters);
        QFETCH(QStringList, beats);
        const QVector<LessonBeat> cut = LessonBeats::cut(text, room(characters));
        QCOMPARE(plainBeats(cut), beats);
        for (int i = 1; i < cut.size(); ++i)
            QVERIFY(cut[i].firstPiece > cut[i - 1].firstPiece);
    }

    // Every real step, in both languages and for rooms from a line to a column: nothing is lost,
    // every beat fits unless it is one clause, and every beat is well-formed rich text.
    void everyStepLosesNothing_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("characters");
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("ko")})
            for (const int characters : {40, 120, 300, 2000})
                QTest::addRow("%s, %d characters", qPrintable(language), characters)
                    << language << characters;
    }

    void everyStepLosesNothing() {
        QFETCH(QString, language);
        QFETCH(int, characters);
        auto window = openWindow();
        QVERIFY(window->setLanguage(language));
        for (const LessonStep& step : LessonSteps::all(window->models())) {
            const QVector<LessonBeat> cut = LessonBeats::cut(step.text, room(characters));
            QString joined;
            for (const LessonBeat& beat : cut) {
                for (const char* tag : {"i>", "b>", "sub>", "sup>", "p>"})
                    QVERIFY2(beat.text.count(QLatin1Char('<') + QLatin1String(tag)) ==
                                 beat.text.count(QLatin1String("</") + QLatin1String(tag)),
                             qPrintable(beat.text));
                joined += plain(beat.text) + QLatin1Char(' ');
            }
            QCOMPARE(joined.simplified(), plain(step.text).simplified());
            if (characters >= 2000)
                QCOMPARE(cut.size(), 1);
        }
        window->setLanguage(QStringLiteral("en"));
    }

    void walksBeatsThenSteps_data() {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("presenting");
        QTest::addColumn<bool>("byKey");
        // 1280×720 holds the page and the lesson side by side in normal type, not in presentation
        // mode's larger type.
        const QList<std::pair<QSize, bool>> narrow{{QSize(1024, 768), false},
                                                   {QSize(1280, 720), true}};
        for (const auto& [size, presenting] : narrow)
            for (const bool byKey : {true, false})
                QTest::addRow("%dx%d %s by %s", size.width(), size.height(),
                              presenting ? "presenting" : "normal",
                              byKey ? "PageDown / PageUp" : "Next / Previous buttons")
                    << size << presenting << byKey;
    }

    void walksBeatsThenSteps() {
        QFETCH(QSize, size);
        QFETCH(bool, presenting);
        QFETCH(bool, byKey);
        auto window = openWindow();
        if (presenting) {
            window->presentation()->setPresenting(true);
            window->setWindowState(Qt::WindowNoState);
        }
        window->resize(size);
        window->setLessonsOpen(true);
        // Whether the window keeps its height too is the fit test's question.
        QTRY_COMPARE(window->width(), size.width());
        LessonPanel* panel = window->lessons();
        QCOMPARE(panel->arrangement(), LessonPanel::Arrangement::Strip);
        QVERIFY(!window->findChild<QDockWidget*>(QStringLiteral("lessonDock"))->isVisible());
        QVERIFY(!pageTabs(*window)->isVisible());
        auto* next = panel->findChild<QPushButton*>(QStringLiteral("lessonNext"));
        auto* previous = panel->findChild<QPushButton*>(QStringLiteral("lessonPrevious"));
        auto* counter = panel->findChild<QLabel*>(QStringLiteral("lessonBeat"));
        QVERIFY(next && previous && counter && next->isVisible());
        const auto forward = [&] {
            byKey ? QTest::keyClick(window.get(), Qt::Key_PageDown)
                  : QTest::mouseClick(next, Qt::LeftButton);
        };
        const auto back = [&] {
            byKey ? QTest::keyClick(window.get(), Qt::Key_PageUp)
                  : QTest::mouseClick(previous, Qt::LeftButton);
        };

        const int step = stepWithMostBeats(*window);
        QVERIFY(step > 0 && step + 1 < panel->count());
        panel->go(step);
        const int beats = panel->beatCount();
        QVERIFY2(beats >= 2, qPrintable(QString::number(beats)));
        QVERIFY(counter->isVisible());
        QCOMPARE(counter->text(), QStringLiteral("1/%1").arg(beats));
        for (int beat = 1; beat < beats; ++beat) {
            forward();
            QCOMPARE(panel->current(), step);
            QCOMPARE(panel->beat(), beat);
            QCOMPARE(counter->text(), QStringLiteral("%1/%2").arg(beat + 1).arg(beats));
        }
        // Pointed at, the counter says what it counts (the picker beside it counts steps).
        QCOMPARE(counter->toolTip(),
                 QStringLiteral("Part %1 of %2 of this step").arg(beats).arg(beats));
        // Past the last beat: the next step, from its first beat, on its own page.
        forward();
        QCOMPARE(panel->current(), step + 1);
        QCOMPARE(panel->beat(), 0);
        QCOMPARE(window->currentPage(), panel->step(step + 1).view.page);
        // Back: the last beat of the step before, on its page, then beat by beat to its start.
        back();
        QCOMPARE(panel->current(), step);
        QCOMPARE(panel->beat(), beats - 1);
        QCOMPARE(window->currentPage(), panel->step(step).view.page);
        for (int beat = beats - 2; beat >= 0; --beat) {
            back();
            QCOMPARE(panel->beat(), beat);
        }
        QCOMPARE(panel->current(), step);
        back();
        QCOMPARE(panel->current(), step - 1);
    }

    // The strip keeps the list of steps within reach: its picker, reached with Tab, goes to a
    // step; Tab then reaches Previous, Next and the strip's close button, which closes the lesson.
    void theStripsPickerAndCloseButton() {
        auto window = openWindow();
        QApplication::setActiveWindow(window.get());
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        window->resize(1024, 768);
        window->setLessonsOpen(true);
        LessonPanel* panel = window->lessons();
        panel->go(0);
        auto* picker = panel->findChild<QComboBox*>(QStringLiteral("lessonPicker"));
        QVERIFY(picker && picker->isVisible());
        QVERIFY(!picker->accessibleName().isEmpty());
        picker->setFocus(Qt::TabFocusReason);
        QTest::keyClick(picker, Qt::Key_Down);
        QTest::keyClick(picker, Qt::Key_Down);
        QCOMPARE(panel->current(), 2);
        QCOMPARE(window->currentPage(), panel->step(2).view.page);
        QCOMPARE(picker->currentText(), panel->findChild<QListWidget*>()->item(2)->text());
        // Closed, the picker shows where the class is; the step's name is its tool tip.
        auto* stepPicker = qobject_cast<StepPicker*>(picker);
        QVERIFY(stepPicker);
        QCOMPARE(stepPicker->face(), QStringLiteral("3/%1").arg(panel->count()));
        QCOMPARE(picker->toolTip(), picker->currentText());
        QVERIFY(picker->width() < picker->fontMetrics().horizontalAdvance(picker->currentText()));
        // A clicker's keys still walk the lesson while the picker has the focus.
        QVERIFY(panel->beatCount() > 1);
        QTest::keyClick(picker, Qt::Key_PageDown);
        QCOMPARE(panel->current(), 2);
        QCOMPARE(panel->beat(), 1);
        QTest::keyClick(picker, Qt::Key_PageUp);
        QCOMPARE(panel->beat(), 0);

        QStringList reached;
        for (int i = 0; i < 3; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reached << nameOf(QApplication::focusWidget());
        }
        QCOMPARE(reached, (QStringList{"lessonPrevious", "lessonNext", "lessonClose"}));
        auto* close = panel->findChild<QToolButton*>(QStringLiteral("lessonClose"));
        QVERIFY(!close->accessibleName().isEmpty());
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(!window->lessonsOpen());
        QVERIFY(!panel->isVisible());
        QVERIFY(pageTabs(*window)->isVisible());
    }

    // A window wide enough for the page and the lesson side by side keeps the lesson beside the
    // page, whole; narrowing it moves the lesson to the strip on the same step, and back.
    void wideWindowsKeepTheColumn() {
        auto window = openWindow();
        window->resize(1920, 1080);
        window->setLessonsOpen(true);
        LessonPanel* panel = window->lessons();
        panel->go(4);
        QTRY_COMPARE(window->width(), 1920);
        QVERIFY(window->lessonPlacement()->sideBySideWidth() <= 1920);
        QCOMPARE(panel->arrangement(), LessonPanel::Arrangement::Column);
        QVERIFY(window->findChild<QDockWidget*>(QStringLiteral("lessonDock"))->isVisible());
        QVERIFY(pageTabs(*window)->isVisible());
        QCOMPARE(panel->beatCount(), 1);
        window->resize(1024, 768);
        QTRY_COMPARE(panel->arrangement(), LessonPanel::Arrangement::Strip);
        QCOMPARE(panel->current(), 4);
        window->resize(1920, 1080);
        QTRY_COMPARE(panel->arrangement(), LessonPanel::Arrangement::Column);
        QCOMPARE(panel->current(), 4);
        QVERIFY(panel->isVisible());
    }

    // Beside the lesson, every page keeps a tenth more than its minimum width (at its bare
    // minimum a page has wrapped every line it can, and runs out of height first); a pixel less
    // and the lesson is the strip under the page.
    void besideTheLessonAPageHasRoomToBreathe() {
        auto window = openWindow();
        window->resize(1920, 1080);
        window->setLessonsOpen(true);
        LessonPanel* panel = window->lessons();
        QTRY_COMPARE(panel->arrangement(), LessonPanel::Arrangement::Column);
        const int sideBySide = window->lessonPlacement()->sideBySideWidth();
        window->resize(sideBySide, 1080);
        QTRY_COMPARE(window->width(), sideBySide);
        QCOMPARE(panel->arrangement(), LessonPanel::Arrangement::Column);
        auto* pages = window->findChild<QTabWidget*>(QStringLiteral("pageTabs"));
        for (int i = 0; i < pages->count(); ++i) {
            const int minimum = pages->widget(i)->minimumSizeHint().width();
            QVERIFY2(pages->width() >= minimum * 1.1,
                     qPrintable(QStringLiteral("%1: %2 px beside the lesson, minimum %3")
                                    .arg(pages->widget(i)->objectName())
                                    .arg(pages->width())
                                    .arg(minimum)));
        }
        window->resize(sideBySide - 1, 1080);
        QTRY_COMPARE(panel->arrangement(), LessonPanel::Arrangement::Strip);
    }

    // The dock is also closed by its own button: the lesson follows. Opened again in a narrow
    // window, the lesson is the strip, not an empty dock.
    void theDockFollowsTheLesson() {
        auto window = openWindow();
        window->resize(1920, 1080);
        window->setLessonsOpen(true);
        QTRY_COMPARE(window->lessons()->arrangement(), LessonPanel::Arrangement::Column);
        auto* menuAction = window->findChild<QAction*>(QStringLiteral("lessonPanelAction"));
        QVERIFY(menuAction && menuAction->isChecked());
        QTest::mouseClick(window->findChild<QToolButton*>(QStringLiteral("lessonDockClose")),
                          Qt::LeftButton);
        QVERIFY(!window->lessonsOpen());
        QVERIFY(!menuAction->isChecked());

        // The closed dock leaves the window's minimum once the window has laid out again.
        settle();
        window->resize(1024, 768);
        QTRY_COMPARE(window->width(), 1024);
        auto* dock = window->findChild<QDockWidget*>(QStringLiteral("lessonDock"));
        // The window's context menu does not offer the dock: it would open it empty here.
        QVERIFY(!dock->toggleViewAction()->isVisible());
        menuAction->trigger();
        QVERIFY(window->lessonsOpen());
        QTRY_COMPARE(window->lessons()->arrangement(), LessonPanel::Arrangement::Strip);
        QVERIFY(!dock->isVisible());
        QVERIFY(window->lessons()->isVisible());
        QVERIFY(menuAction->isChecked());
    }
};

QTEST_MAIN(TestShellLessonBeats)
#include "tst_shell_lesson_beats.moc"
