// Presentation mode and the keys a teacher uses in front of a class: F5 presentation mode (large
// type, projector theme, no menu bar), F11 full screen, Ctrl+= / Ctrl+− zoom, Ctrl+H hides the
// controls and leaves the canvas and the numbers, reduced motion slows the sampling redraws, and
// Space plays and pauses the sampler.
#include "shell_driver.h"
#include "ui/shell/presentation.h"
#include "ui/widgets/control_role.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>

using namespace shelltest;

namespace {

/// Point size of the first heading-sized label in the window (a font the page set for itself).
double headingPoints(const MainWindow& window) {
    for (const QLabel* label : window.findChildren<QLabel*>())
        if (label->testAttribute(Qt::WA_SetFont) && label->font().bold() &&
            (label->font().resolveMask() & QFont::SizeResolved))
            return label->font().pointSizeF();
    return -1;
}

int visibleControls(const MainWindow& window) {
    int n = 0;
    for (const QWidget* w : window.findChildren<QWidget*>())
        if (isControl(w) && !w->isHidden())
            ++n;
    return n;
}

} // namespace

class TestShellPresentation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void zoomKeysScaleEveryText_data() {
        QTest::addColumn<int>("ins");
        QTest::addColumn<int>("outs");
        QTest::addColumn<double>("zoom");
        QTest::newRow("one step in") << 1 << 0 << 1.1;
        QTest::newRow("three in") << 3 << 0 << 1.3;
        QTest::newRow("in and back out") << 2 << 2 << 1.0;
        QTest::newRow("out to the floor") << 0 << 20 << Presentation::kMinZoom;
        QTest::newRow("in to the ceiling") << 40 << 0 << Presentation::kMaxZoom;
    }

    void zoomKeysScaleEveryText() {
        QFETCH(int, ins);
        QFETCH(int, outs);
        QFETCH(double, zoom);
        auto window = openWindow();
        const double body = QApplication::font().pointSizeF();
        const double heading = headingPoints(*window);
        QVERIFY(heading > body);
        for (int i = 0; i < ins; ++i)
            QTest::keyClick(window.get(), Qt::Key_Equal, Qt::ControlModifier);
        for (int i = 0; i < outs; ++i)
            QTest::keyClick(window.get(), Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(window->presentation()->zoom(), zoom);
        // Tolerance: point sizes are stored with limited precision.
        QVERIFY(qAbs(QApplication::font().pointSizeF() - body * zoom) < 0.05 * zoom);
        QVERIFY(qAbs(headingPoints(*window) - heading * zoom) < 0.05 * zoom);
        window->presentation()->resetZoom();
        QVERIFY(qAbs(QApplication::font().pointSizeF() - body) < 0.05);
    }

    void presentationModeIsFullScreenLargeAndPlain() {
        auto window = openWindow();
        const double body = QApplication::font().pointSizeF();
        const QColor normalWindow = QApplication::palette().color(QPalette::Window);
        QTest::keyClick(window.get(), Qt::Key_F5);
        QVERIFY(window->presentation()->presenting());
        QVERIFY(window->isFullScreen());
        QVERIFY(!window->menuBar()->isVisible());
        QVERIFY(qAbs(QApplication::font().pointSizeF() - body * Presentation::kPresentingScale) <
                0.1);
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::white));
        QCOMPARE(QApplication::palette().color(QPalette::WindowText), QColor(Qt::black));
        // The shortcut still works with the menu bar hidden.
        QTest::keyClick(window.get(), Qt::Key_F5);
        QVERIFY(!window->presentation()->presenting());
        QVERIFY(!window->isFullScreen());
        QVERIFY(window->menuBar()->isVisible());
        QCOMPARE(QApplication::palette().color(QPalette::Window), normalWindow);
        QVERIFY(qAbs(QApplication::font().pointSizeF() - body) < 0.05);
    }

    void f11TogglesFullScreen() {
        auto window = openWindow();
        QTest::keyClick(window.get(), Qt::Key_F11);
        QVERIFY(window->isFullScreen());
        QTest::keyClick(window.get(), Qt::Key_F11);
        QVERIFY(!window->isFullScreen());
    }

    void hidingControlsLeavesTheCanvas_data() {
        QTest::addColumn<QString>("page");
        for (const QString& page : MainWindow::pageNames())
            QTest::newRow(qPrintable(page)) << page;
    }

    void hidingControlsLeavesTheCanvas() {
        QFETCH(QString, page);
        auto window = openWindow();
        window->showPage(page);
        const int before = visibleControls(*window);
        QVERIFY(before >= 3); // counting picker, sampling controls, density toolbar at least
        QTest::keyClick(window.get(), Qt::Key_H, Qt::ControlModifier);
        QVERIFY(window->presentation()->controlsHidden());
        QCOMPARE(visibleControls(*window), 0);
        QVERIFY(pageNamed(*window, page)->isVisible());
        QTest::keyClick(window.get(), Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(visibleControls(*window), before);
    }

    void reducedMotionCapsTheRedraws_data() {
        QTest::addColumn<int>("chosenSpeed");
        QTest::addColumn<int>("reducedSpeed");
        const auto row = [](const char* name, SamplingSpeed chosen, SamplingSpeed reduced) {
            QTest::newRow(name) << static_cast<int>(chosen) << static_cast<int>(reduced);
        };
        row("16/s", SamplingSpeed::SixteenPerSecond, SamplingSpeed::RowAtATime);
        row("240/s", SamplingSpeed::TwoHundredFortyPerSecond, SamplingSpeed::RowAtATime);
        row("1/s stays", SamplingSpeed::OnePerSecond, SamplingSpeed::OnePerSecond);
        row("instant stays", SamplingSpeed::Instant, SamplingSpeed::Instant);
    }

    void reducedMotionCapsTheRedraws() {
        QFETCH(int, chosenSpeed);
        QFETCH(int, reducedSpeed);
        const auto chosen = static_cast<SamplingSpeed>(chosenSpeed);
        const auto reduced = static_cast<SamplingSpeed>(reducedSpeed);
        auto window = openWindow();
        SamplingController* controller = samplingPage(*window)->controller();
        controller->setSpeed(chosen);
        QCOMPARE(controller->effectiveSpeed(), chosen);
        window->presentation()->setReducedMotion(true);
        QCOMPARE(controller->effectiveSpeed(), reduced);
        QCOMPARE(controller->speed(), chosen); // the user's choice comes back afterwards
        window->presentation()->setReducedMotion(false);
        QCOMPARE(controller->effectiveSpeed(), chosen);
    }

    void spaceAndArrowsDriveTheSampler() {
        auto window = openWindow();
        window->showPage(QStringLiteral("sampling"));
        SamplingController* controller = samplingPage(*window)->controller();
        QVERIFY(!controller->isPlaying());
        QTest::keyClick(window.get(), Qt::Key_Space);
        QVERIFY(controller->isPlaying());
        QTest::keyClick(window.get(), Qt::Key_Space);
        QVERIFY(!controller->isPlaying());
        const int at = controller->step();
        QTest::keyClick(window.get(), Qt::Key_Right);
        QTest::keyClick(window.get(), Qt::Key_Right);
        QCOMPARE(controller->step(), at + 2);
        QTest::keyClick(window.get(), Qt::Key_Left);
        QCOMPARE(controller->step(), at + 1);
        // Elsewhere the keys belong to the page (the Density canvas draws with the arrows).
        window->showPage(QStringLiteral("density"));
        QTest::keyClick(window.get(), Qt::Key_Space);
        QVERIFY(!controller->isPlaying());
    }
};

QTEST_MAIN(TestShellPresentation)
#include "tst_shell_presentation.moc"
