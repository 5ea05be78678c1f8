// The Sampling page's mode switch, driven with real clicks and keys: the greyscale side shows the
// greyscale stage and hides the binary one (and back), Ctrl+G toggles, only the mode on screen
// keeps its clock running (and follows reduced motion), "instant" draws a whole grey digit
// without blocking, without a greyscale model the switch is disabled and says why, and the stage
// fits a 1366×768 screen. Where the mixture plot would be too small beside the canvas and the
// heatmap, the two grids share one place as tabs and the plot shows every text uncut. With
// PIXELCHAIN_SCREENSHOTS set, each size is saved as a PNG in the temporary folder, to look at.
#include "tst_sampling_grey_driver.h"
#include "ui/pages/sampling/sampling_controls.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QTabBar>

using namespace pixelchain;
using pixelchain::test::SamplingPageDriver;

class TestSamplingGreyMode : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void clickShowsGreyStage();
    void keyTogglesMode();
    void switchingPausesTheOtherClock();
    void instantDrawsWholeDigit();
    void nullLibraryDisablesGreyMode();
    void modelLoadedLaterEnablesGreyMode();
    void reducedMotionFollows();
    void fitsTheScreen_data();
    void fitsTheScreen();
    void smallStageTabsTheGrids();
};

namespace {

/// The plot's texts that Qt Charts cut down to an ellipsis.
QStringList cutTexts(const ui::MixturePlot& plot) {
    QStringList cut;
    for (const QGraphicsItem* item : plot.scene()->items()) {
        const auto* text = dynamic_cast<const QGraphicsTextItem*>(item);
        if (text && text->isVisible() && text->toPlainText().endsWith(QChar(0x2026)))
            cut << text->toPlainText();
    }
    return cut;
}

} // namespace

void TestSamplingGreyMode::clickShowsGreyStage() {
    SamplingPageDriver d;
    QVERIFY(QTest::qWaitForWindowExposed(&d.page()));
    auto* grey = d.find<QWidget>("greySamplingView");
    auto* binaryControls = d.find<QWidget>("samplingControls");
    QCOMPARE(d.page().mode(), ui::SamplingPage::Mode::Binary);
    QVERIFY(!grey->isVisible());
    QVERIFY(binaryControls->isVisible());
    // The greyscale model picker sits beside the switch, shown only with the greyscale stage.
    auto* greyPicker = d.find<QWidget>("greyModelBox");
    QVERIFY(!greyPicker->isVisible());

    test::clickGreyMode(d);
    QVERIFY(greyPicker->isVisible());
    QCOMPARE(d.page().mode(), ui::SamplingPage::Mode::Greyscale);
    QVERIFY(grey->isVisible());
    QVERIFY(!binaryControls->isVisible());
    QVERIFY(d.find<QPushButton>("greyModeButton")->isChecked());
    for (const char* name : {"greyCanvas", "expectedHeatmap", "mixturePlot", "greyDrawView",
                             "greyStepForwardButton", "greyModelPicker"})
        QVERIFY2(d.find<QWidget>(name)->isVisible(), name);
    // The RNADE is the greyscale model shown first.
    QCOMPARE(test::greyModel(d)->family(), ModelFamily::Rnade);

    QTest::mouseClick(d.find<QPushButton>("binaryModeButton"), Qt::LeftButton);
    QCOMPARE(d.page().mode(), ui::SamplingPage::Mode::Binary);
    QVERIFY(!grey->isVisible());
    QVERIFY(binaryControls->isVisible());
    QVERIFY(!greyPicker->isVisible());
}

void TestSamplingGreyMode::keyTogglesMode() {
    SamplingPageDriver d;
    d.page().activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&d.page()));
    auto* seed = d.find<QWidget>("seedSpin");
    seed->setFocus();
    QTest::keyClick(seed, Qt::Key_G, Qt::ControlModifier);
    QCOMPARE(d.page().mode(), ui::SamplingPage::Mode::Greyscale);
    QVERIFY(d.find<QWidget>("greySamplingView")->isVisible());
    auto* greySeed = d.find<QWidget>("greySeedSpin");
    greySeed->setFocus();
    QTest::keyClick(greySeed, Qt::Key_G, Qt::ControlModifier);
    QCOMPARE(d.page().mode(), ui::SamplingPage::Mode::Binary);
}

void TestSamplingGreyMode::switchingPausesTheOtherClock() {
    SamplingPageDriver d;
    QVERIFY(d.click("playButton"));
    QVERIFY(d.controller().isPlaying());
    test::clickGreyMode(d);
    QVERIFY(!d.controller().isPlaying());
    QVERIFY(d.click("greyPlayButton"));
    QVERIFY(test::greyController(d).isPlaying());
    QCOMPARE(d.find<QAbstractButton>("greyPlayButton")->text(), QStringLiteral("Pause"));
    QTest::mouseClick(d.find<QPushButton>("binaryModeButton"), Qt::LeftButton);
    QVERIFY(!test::greyController(d).isPlaying());
    // The window's keys reach the mode on screen.
    d.page().togglePlay();
    QVERIFY(d.controller().isPlaying());
    QVERIFY(!test::greyController(d).isPlaying());
}

void TestSamplingGreyMode::instantDrawsWholeDigit() {
    SamplingPageDriver d;
    test::clickGreyMode(d);
    d.setSeed(0); // the binary seed: the greyscale one must not follow it
    d.type("greySeedSpin", QStringLiteral("21"));
    auto* speed = d.find<QComboBox>("greySpeedCombo");
    speed->setFocus();
    QTest::keyClick(speed, Qt::Key_End);
    QCOMPARE(test::greyController(d).speed(), ui::SamplingSpeed::Instant);
    QElapsedTimer wall;
    wall.start();
    QVERIFY(d.click("greyPlayButton"));
    QTRY_COMPARE_WITH_TIMEOUT(test::greyController(d).step(), kPixels, 5000);
    qInfo("784 grey pixels at 'instant': %lld ms on the wall clock, %lld µs in the tick",
          static_cast<long long>(wall.elapsed()),
          static_cast<long long>(test::greyController(d).lastTickMicroseconds()));
    // One tick draws the digit and redraws the view: well under a second (generous for a
    // sanitizer build; the RNADE takes milliseconds).
    QVERIFY(test::greyController(d).lastTickMicroseconds() < 1'000'000);
    QVERIFY(!test::greyController(d).isPlaying());
    QCOMPARE(test::greyController(d).sampler().image(), drawGreyDigit(test::greyModel(d), 21, 1.0));
    QCOMPARE(d.find<QLabel>("greyPositionLabel")->text(), QStringLiteral("784 / 784"));
}

void TestSamplingGreyMode::nullLibraryDisablesGreyMode() {
    ui::ModelLibrary library;
    QVERIFY(library.loadBuiltIn() >= 1);
    ui::SamplingPage page(&library, nullptr);
    page.resize(1366, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* greyButton = page.findChild<QPushButton*>(QStringLiteral("greyModeButton"));
    QVERIFY(greyButton);
    QVERIFY(!greyButton->isEnabled());
    QVERIFY2(greyButton->toolTip().contains(QStringLiteral("No greyscale model is loaded")),
             qPrintable(greyButton->toolTip()));
    QVERIFY(!page.greyscaleAvailable());
    QTest::mouseClick(greyButton, Qt::LeftButton);
    QCOMPARE(page.mode(), ui::SamplingPage::Mode::Binary);
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    auto* seed = page.findChild<QWidget*>(QStringLiteral("seedSpin"));
    seed->setFocus();
    QTest::keyClick(seed, Qt::Key_G, Qt::ControlModifier);
    QCOMPARE(page.mode(), ui::SamplingPage::Mode::Binary);
    QVERIFY(!page.setMode(ui::SamplingPage::Mode::Greyscale));
    QVERIFY(!page.findChild<QWidget*>(QStringLiteral("greySamplingView"))->isVisible());
    // The binary mode works as before.
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("stepForwardButton")),
                      Qt::LeftButton);
    QCOMPARE(page.controller()->step(), 1);
}

void TestSamplingGreyMode::modelLoadedLaterEnablesGreyMode() {
    ui::ModelLibrary library;
    QVERIFY(library.loadBuiltIn() >= 1);
    ui::GreyModelLibrary empty;
    ui::SamplingPage page(&library, &empty);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* greyButton = page.findChild<QPushButton*>(QStringLiteral("greyModeButton"));
    QVERIFY(!greyButton->isEnabled());
    QVERIFY(empty.loadBuiltIn() >= 1);
    QVERIFY(greyButton->isEnabled());
    QTest::mouseClick(greyButton, Qt::LeftButton);
    QCOMPARE(page.mode(), ui::SamplingPage::Mode::Greyscale);
    QVERIFY(page.greyController()->hasSample());
}

void TestSamplingGreyMode::reducedMotionFollows() {
    SamplingPageDriver d;
    QVERIFY(!test::greyController(d).reducedMotion());
    d.controller().setReducedMotion(true); // what the window's "reduce motion" sets
    QVERIFY(test::greyController(d).reducedMotion());
    QCOMPARE(test::greyController(d).effectiveSpeed(), ui::SamplingSpeed::RowAtATime);
    d.controller().setReducedMotion(false);
    QVERIFY(!test::greyController(d).reducedMotion());
}

// The page area of a 1366×768 screen (the window at 95 %, less its menu and tabs) and of a
// 1024-wide laptop: the greyscale stage needs no scrolling sideways, and at 1366 none at all.
void TestSamplingGreyMode::fitsTheScreen_data() {
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("fitsVertically");
    QTest::addColumn<int>("minimumCanvas");
    QTest::newRow("1366×768 screen") << QSize(1298, 680) << true << 364;
    QTest::newRow("laptop") << QSize(1024, 680) << true << 280;
    QTest::newRow("projector") << QSize(1600, 960) << true << 560;
}

void TestSamplingGreyMode::fitsTheScreen() {
    QFETCH(QSize, size);
    QFETCH(bool, fitsVertically);
    QFETCH(int, minimumCanvas);
    SamplingPageDriver d;
    d.page().resize(size);
    test::clickGreyMode(d);
    d.type("greySeedSpin", QStringLiteral("1"));
    auto* scrubber = d.find<QSlider>("greyScrubber");
    scrubber->setFocus();
    for (int i = 0; i < 404; ++i)
        QTest::keyClick(scrubber, Qt::Key_Right);
    QCoreApplication::processEvents();
    const QPixmap shot = d.page().grab();
    if (qEnvironmentVariableIsSet("PIXELCHAIN_SCREENSHOTS"))
        QVERIFY(shot.save(QDir::temp().filePath(
            QStringLiteral("sampling-grey-%1x%2.png").arg(size.width()).arg(size.height()))));
    // What the page's layout needs is no larger than the window.
    const QSize needed = d.page().minimumSizeHint();
    QVERIFY2(needed.width() <= size.width(), qPrintable(QString::number(needed.width())));
    if (fitsVertically)
        QVERIFY2(needed.height() <= size.height(), qPrintable(QString::number(needed.height())));
    const QRectF field = d.find<ui::PixelGrid>("greyCanvas")->fieldRect();
    QVERIFY2(field.width() >= minimumCanvas, qPrintable(QString::number(field.width())));
    const auto* plot = d.find<ui::MixturePlot>("mixturePlot");
    QVERIFY2(plot->height() >= ui::MixturePlot::kMinimumHeight,
             qPrintable(QString::number(plot->height())));
    // The numbers of the draw read from the back row.
    for (const char* name : {"greyDrawValue", "greyDrawLogDensity"}) {
        auto* label = d.find<QLabel>(name);
        QVERIFY(label->font().pointSizeF() >= 20);
        QVERIFY(label->isVisible());
        QVERIFY2(d.page().rect().contains(label->mapTo(&d.page(), label->rect().bottomRight())),
                 name);
    }
}

// A window 1000 pixels wide leaves the plot too little room beside the canvas and the heatmap: the
// two grids become tabs (the canvas first), the plot takes the heatmap's room, and its texts stay
// whole after the first draw adds "drawn y" to its legend. On a large screen the three stand side
// by side again.
void TestSamplingGreyMode::smallStageTabsTheGrids() {
    SamplingPageDriver d;
    test::clickGreyMode(d);
    auto* tabs = d.find<QTabBar>("greyGridTabs");
    auto* canvas = d.find<QWidget>("greyCanvas");
    auto* heatmap = d.find<QWidget>("expectedHeatmap");
    const auto* plot = d.find<ui::MixturePlot>("mixturePlot");
    QVERIFY(!tabs->isVisible());
    QVERIFY(canvas->isVisible() && heatmap->isVisible());

    // The first resize stops at the minimum the wide stage had; the second reaches the size.
    d.page().resize(1000, 760);
    QCoreApplication::processEvents();
    d.page().resize(1000, 760);
    QVERIFY(QTest::qWaitFor([&] { return tabs->isVisible() && plot->fits(plot->size()); }, 2000));
    QVERIFY(d.page().greyView()->gridsTabbed());
    QVERIFY(canvas->isVisible());
    QVERIFY(!heatmap->isVisible());
    d.clickTimes("greyStepForwardButton", 3);
    QCOMPARE(test::greyController(d).step(), 3);
    QVERIFY(!plot->drawnText().isEmpty());
    QVERIFY2(cutTexts(*plot).isEmpty(), qPrintable(cutTexts(*plot).join(QStringLiteral(", "))));

    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
    QVERIFY(heatmap->isVisible());
    QVERIFY(!canvas->isVisible());
    QVERIFY2(cutTexts(*plot).isEmpty(), qPrintable(cutTexts(*plot).join(QStringLiteral(", "))));

    d.page().resize(1600, 1000);
    QVERIFY(QTest::qWaitFor([&] { return !tabs->isVisible(); }, 2000));
    QVERIFY(canvas->isVisible() && heatmap->isVisible());
}

QTEST_MAIN(TestSamplingGreyMode)
#include "tst_sampling_greymode.moc"
