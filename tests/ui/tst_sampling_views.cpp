// The Sampling page's background views, driven with real clicks and keys: the "what next"
// continuations appear and all share the current prefix, a click in the 64-sample gallery makes
// that sample current, and completion keeps the given prefix unchanged — in the side-by-side
// completions and on the big canvas.
#include "tst_sampling_driver.h"
#include "ui/pages/sampling/completion_panel.h"
#include "ui/pages/sampling/continuations_view.h"
#include "ui/pages/sampling/sample_gallery.h"
#include "ui/widgets/pixel_grid.h"

#include <QSignalSpy>

using namespace pixelchain;
using pixelchain::test::centreOf;
using pixelchain::test::drawSeven;
using pixelchain::test::SamplingPageDriver;

namespace {

constexpr int kWaitMs = 15000;

} // namespace

class TestSamplingViews : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void continuationsSharePrefix_data();
    void continuationsSharePrefix();
    void galleryClickMakesSampleCurrent_data();
    void galleryClickMakesSampleCurrent();
    void completionKeepsPrefix_data();
    void completionKeepsPrefix();
};

void TestSamplingViews::continuationsSharePrefix_data() {
    QTest::addColumn<int>("steps");
    QTest::addColumn<double>("temperature");
    QTest::newRow("empty prefix") << 0 << 1.0;
    QTest::newRow("ten pixels") << 10 << 1.0;
    QTest::newRow("eleven rows") << 308 << 1.0;
    QTest::newRow("half, hot") << 392 << 2.0;
    QTest::newRow("half, greedy: all alike") << 392 << 0.0;
}

void TestSamplingViews::continuationsSharePrefix() {
    QFETCH(int, steps);
    QFETCH(double, temperature);
    SamplingPageDriver d;
    d.setTemperature(temperature);
    d.setSeed(8);
    d.clickTimes("stepForwardButton", steps);
    auto* view = d.find<ui::ContinuationsView>("continuationsView");
    QTRY_VERIFY_WITH_TIMEOUT(view->upToDate() && view->shownPrefix() == steps, kWaitMs);

    ui::ThumbnailGrid* grid = view->thumbnails();
    QCOMPARE(grid->count(), ui::ContinuationsView::kContinuations);
    const BinaryImage prefix = d.sampler().image();
    for (int i = 0; i < grid->count(); ++i)
        QVERIFY2(test::sharesPrefix(grid->imageAt(i), prefix, d.model()->ordering(), steps),
                 qPrintable(QStringLiteral("continuation %1 differs in the prefix").arg(i)));
    if (temperature == 0)
        for (int i = 1; i < grid->count(); ++i)
            QCOMPARE(grid->imageAt(i), grid->imageAt(0));
}

void TestSamplingViews::galleryClickMakesSampleCurrent_data() {
    QTest::addColumn<int>("index");
    QTest::newRow("first") << 0;
    QTest::newRow("second row") << 9;
    QTest::newRow("last") << 63;
}

void TestSamplingViews::galleryClickMakesSampleCurrent() {
    QFETCH(int, index);
    SamplingPageDriver d;
    d.setSeed(100);
    d.openTab(1);
    auto* gallery = d.find<ui::SampleGallery>("sampleGallery");
    QVERIFY(gallery->isVisible());
    QVERIFY(d.click("galleryRegenerate"));
    QTRY_VERIFY_WITH_TIMEOUT(gallery->firstSeed() == 100 &&
                                 gallery->thumbnails()->count() == ui::SampleGallery::kSamples,
                             kWaitMs);
    SamplingPageDriver::clickThumbnail(gallery->thumbnails(), index);

    QCOMPARE(d.controller().seed(), std::uint64_t(100 + index));
    QCOMPARE(gallery->thumbnails()->selected(), index);
    QVERIFY(d.click("finishButton"));
    QCOMPARE(d.sampler().image(), gallery->thumbnails()->imageAt(index));
}

void TestSamplingViews::completionKeepsPrefix_data() {
    QTest::addColumn<int>("sourceRow"); // 0: a drawing, 1: the current sample
    QTest::addColumn<int>("given");
    QTest::newRow("drawing, nothing given") << 0 << 0;
    QTest::newRow("drawing, one pixel") << 0 << 1;
    QTest::newRow("drawing, top half") << 0 << 392;
    QTest::newRow("drawing, nine rows") << 0 << 252;
    QTest::newRow("drawing, all given") << 0 << 784;
    QTest::newRow("sampled digit, top half") << 1 << 392;
    QTest::newRow("sampled digit, ten rows") << 1 << 280;
    QTest::newRow("first test digit, top half") << 2 << 392;
    QTest::newRow("fifth test digit, a third") << 6 << 261;
}

void TestSamplingViews::completionKeepsPrefix() {
    QFETCH(int, sourceRow);
    QFETCH(int, given);
    SamplingPageDriver d;
    d.setSeed(31);
    d.click("finishButton");
    d.openTab(2);
    auto* panel = d.find<ui::CompletionPanel>("completionPanel");
    QVERIFY(panel->isVisible());
    if (sourceRow == 0) {
        d.chooseRow("completionSource", 0);
        QCOMPARE(panel->drawing(), BinaryImage());
        drawSeven(d.find<ui::PixelGrid>("completionPad"));
        QVERIFY(panel->drawing().count() > 20);
    } else if (sourceRow == 1) {
        d.chooseRow("completionSource", 1);
        QCOMPARE(panel->drawing(), d.sampler().image());
    } else {
        if (d.find<QComboBox>("completionSource")->count() <= sourceRow)
            QSKIP("this build ships no gallery of test digits");
        d.chooseRow("completionSource", sourceRow);
        QVERIFY(panel->drawing().count() > 20); // a real digit has ink
    }
    const BinaryImage start = panel->drawing();
    d.type("completionGiven", QString::number(given));
    QCOMPARE(panel->givenCount(), given);
    QTRY_VERIFY_WITH_TIMEOUT(panel->upToDate() && panel->shownPrefix() == given, kWaitMs);

    const Ordering& ordering = d.model()->ordering();
    ui::ThumbnailGrid* completions = panel->completions();
    QCOMPARE(completions->count(), ui::CompletionPanel::kCompletions);
    for (int i = 0; i < completions->count(); ++i)
        QVERIFY(test::sharesPrefix(completions->imageAt(i), start, ordering, given));

    // On the big canvas: the prefix is given, the model finishes it like the first completion.
    QVERIFY(d.click("watchCompletionButton"));
    QCOMPARE(d.controller().step(), given);
    d.click("finishButton");
    QCOMPARE(d.controller().step(), kPixels);
    QVERIFY(test::sharesPrefix(d.sampler().image(), start, ordering, given));
    QCOMPARE(d.sampler().image(), completions->imageAt(0));
    for (int j = 0; j < given; ++j)
        QVERIFY(d.sampler().history()[std::size_t(j)].given);
}

QTEST_MAIN(TestSamplingViews)
#include "tst_sampling_views.moc"
