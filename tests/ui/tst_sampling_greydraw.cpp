// The greyscale mode's draws, driven with real clicks and keys: stepping shows exactly the image
// and the E[y] map of core's GreySampler with the same seed and temperature, back replays, the
// mixture plot holds the current pixel's components (scaled by π) and their sum with the drawn
// y marked, the numbers are the draw's own, a seed replays its digit and the next seed does not,
// the temperature typed is the sampler's, and the model picker switches the model sampled.
#include "tst_sampling_grey_driver.h"
#include "ui/pages/sampling/sampling_numbers.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineSeries>
#include <QLogValueAxis>

using namespace pixelchain;
using pixelchain::test::SamplingPageDriver;

namespace {

// The plot's numbers are core's doubles stored as qreal: only the floor clamp may change them.
constexpr double kRelative = 1e-6;

bool closeRelative(double shown, double expected) {
    return std::abs(shown - expected) <= kRelative * std::abs(expected);
}

} // namespace

class TestSamplingGreyDraw : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void stepsEqualCore_data();
    void stepsEqualCore();
    void backReplays();
    void plotHoldsMixture_data();
    void plotHoldsMixture();
    void numbersAreTheDraws();
    void seedReplaysDigit();
    void temperatureApplied_data();
    void temperatureApplied();
    void pickerSwitchesModel();
};

void TestSamplingGreyDraw::stepsEqualCore_data() {
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("steps");
    QTest::newRow("one step") << 1 << 1;
    QTest::newRow("ten steps, seed 7") << 7 << 10;
    QTest::newRow("200 steps, into the digit") << 3 << 200;
}

void TestSamplingGreyDraw::stepsEqualCore() {
    QFETCH(int, seed);
    QFETCH(int, steps);
    SamplingPageDriver d;
    test::clickGreyMode(d);
    d.type("greySeedSpin", QString::number(seed));
    d.clickTimes("greyStepForwardButton", steps);

    const ui::GreySamplingController& c = test::greyController(d);
    QCOMPARE(c.step(), steps);
    const GreySampler expected = test::greyReference(d, seed, 1.0, steps);
    QCOMPARE(c.sampler().image(), expected.image());
    QVERIFY(test::sameMap(c.sampler().expected(), expected.expected()));
    // What the grids show: the canvas 1 − v/255 through the grey map (0 black), the heatmap E[y].
    const std::vector<float>& ink = d.find<ui::PixelGrid>("greyCanvas")->values();
    QCOMPARE(ink.size(), std::size_t(kPixels));
    for (int i = 0; i < kPixels; ++i)
        QVERIFY(std::abs(ink[std::size_t(i)] - (1.0f - expected.image().at(i) / 255.0f)) <= 1e-6f);
    QVERIFY(test::sameMap(d.find<ui::PixelGrid>("expectedHeatmap")->values(), expected.expected()));
    const int last = c.model()->ordering().pixel(steps - 1);
    QCOMPARE(d.find<ui::PixelGrid>("greyCanvas")->highlight(), last);
    QCOMPARE(d.find<QSlider>("greyScrubber")->value(), steps);
    QCOMPARE(d.find<QLabel>("greyPositionLabel")->text(), QStringLiteral("%1 / 784").arg(steps));
}

void TestSamplingGreyDraw::backReplays() {
    SamplingPageDriver d;
    test::clickGreyMode(d);
    d.type("greySeedSpin", QStringLiteral("11"));
    d.clickTimes("greyStepForwardButton", 12);
    d.clickTimes("greyStepBackButton", 5);
    const ui::GreySamplingController& c = test::greyController(d);
    QCOMPARE(c.step(), 7);
    QCOMPARE(c.history().size(), std::size_t(7));
    const GreySampler expected = test::greyReference(d, 11, 1.0, 7);
    QCOMPARE(c.sampler().image(), expected.image());
    QVERIFY(test::sameMap(c.sampler().expected(), expected.expected()));
    // The running sum is the 7 draws' own log densities (summed in the same order: exact).
    double sum = 0;
    for (int j = 0; j < 7; ++j) {
        const GreyStep s = test::greyStepOf(d, 11, 1.0, j);
        sum += s.mixture.logDensity(s.drawn);
    }
    QCOMPARE(c.logDensitySoFar(), sum);
}

void TestSamplingGreyDraw::plotHoldsMixture_data() {
    QTest::addColumn<int>("steps");
    QTest::newRow("first pixel") << 1;
    QTest::newRow("pixel 300, in the digit's rows") << 300;
    QTest::newRow("pixel 410") << 410;
}

void TestSamplingGreyDraw::plotHoldsMixture() {
    QFETCH(int, steps);
    SamplingPageDriver d;
    test::clickGreyMode(d);
    d.type("greySeedSpin", QStringLiteral("4"));
    auto* scrubber = d.find<QSlider>("greyScrubber");
    scrubber->setFocus();
    for (int i = 0; i < steps; ++i)
        QTest::keyClick(scrubber, Qt::Key_Right);
    QCOMPARE(test::greyController(d).step(), steps);

    const GreyStep s = test::greyStepOf(d, 4, 1.0, steps - 1);
    const auto* plot = d.find<ui::MixturePlot>("mixturePlot");
    const int K = s.mixture.components();
    QCOMPARE(plot->componentCount(), K);
    const double floor = plot->floorDensity();
    const QList<QPointF> sum = plot->sumSeries()->points();
    QCOMPARE(sum.size(), qsizetype(plot->grid().size()));
    QVERIFY(sum.size() > 400);
    double peak = 0;
    for (const QPointF& p : sum) {
        const double expected = std::max(s.mixture.density(p.x()), floor);
        QVERIFY2(
            closeRelative(p.y(), expected),
            qPrintable(
                QStringLiteral("sum at y = %1: %2 vs %3").arg(p.x()).arg(p.y()).arg(expected)));
        peak = std::max(peak, p.y());
    }
    for (int k = 0; k < K; ++k) {
        const QList<QPointF> curve = plot->componentSeries(k)->points();
        QCOMPARE(curve.size(), sum.size());
        for (const QPointF& p : curve) {
            const double expected = std::max(s.mixture.componentDensity(k, p.x()), floor);
            QVERIFY2(closeRelative(p.y(), expected),
                     qPrintable(QStringLiteral("component %1 at y = %2").arg(k).arg(p.x())));
        }
    }
    // The components scaled by π add up to the sum, where it stands above the floor.
    for (qsizetype i = 0; i < sum.size(); i += 37) {
        double total = 0;
        for (int k = 0; k < K; ++k)
            total += s.mixture.componentDensity(k, sum[i].x());
        if (total > floor)
            QVERIFY(closeRelative(sum[i].y(), total));
    }
    // Each component's peak is on the grid (a narrow spike is not stepped over).
    for (int k = 0; k < K; ++k) {
        const double mu = s.mixture.means[std::size_t(k)];
        if (mu > 0 && mu < 1)
            QVERIFY(std::binary_search(plot->grid().begin(), plot->grid().end(), mu));
    }
    // The sum is never cut at the top, and fills at least a tenth of the axis's top decade.
    QVERIFY(plot->densityAxis()->max() >= peak);
    QVERIFY(plot->densityAxis()->max() <= 10.5 * peak || plot->densityAxis()->max() == 1);
    QCOMPARE(plot->drawnPosition(), std::clamp(s.drawn, 0.0, 1.0));
    QCOMPARE(plot->drawnText(),
             QStringLiteral("y = %1").arg(ui::SamplingNumbers::fixed(s.drawn, 3)));
}

void TestSamplingGreyDraw::numbersAreTheDraws() {
    SamplingPageDriver d;
    test::clickGreyMode(d);
    d.type("greySeedSpin", QStringLiteral("9"));
    // Before the first draw: the first pixel and its E[y], nothing drawn.
    QVERIFY(std::isnan(d.find<ui::MixturePlot>("mixturePlot")->drawnPosition()));
    const GreyStep first = test::greyStepOf(d, 9, 1.0, 0);
    const QString expectsFirst = d.find<QLabel>("greyDrawMean")->text();
    QVERIFY2(expectsFirst.contains(ui::SamplingNumbers::fixed(first.mixture.mean(), 3)),
             qPrintable(expectsFirst));
    QCOMPARE(d.find<QLabel>("greyDrawValue")->text(), QStringLiteral("not drawn yet"));

    const int steps = 250;
    d.clickTimes("greyStepForwardButton", steps);
    const GreyStep s = test::greyStepOf(d, 9, 1.0, steps - 1);
    const QString value = d.find<QLabel>("greyDrawValue")->text();
    QVERIFY2(value.contains(QStringLiteral("y = %1").arg(ui::SamplingNumbers::fixed(s.drawn, 3))),
             qPrintable(value));
    QVERIFY2(value.contains(QStringLiteral("grey %1").arg(s.value)), qPrintable(value));
    const QString expects = d.find<QLabel>("greyDrawMean")->text();
    QVERIFY2(expects.contains(ui::SamplingNumbers::fixed(s.mixture.mean(), 3)),
             qPrintable(expects));
    const QString where = d.find<QLabel>("greyDrawWhere")->text();
    QVERIFY2(where.contains(QStringLiteral("i = %1 of 784").arg(steps)), qPrintable(where));
    QVERIFY2(
        where.contains(
            QStringLiteral("row %1, column %2").arg(s.pixel / kSide + 1).arg(s.pixel % kSide + 1)),
        qPrintable(where));
    const QString logDensity = d.find<QLabel>("greyDrawLogDensity")->text();
    QVERIFY2(logDensity.contains(ui::SamplingNumbers::fixed(s.mixture.logDensity(s.drawn), 2) +
                                 QStringLiteral(" nats")),
             qPrintable(logDensity));
    double sum = 0;
    for (int j = 0; j < steps; ++j) {
        const GreyStep step = test::greyStepOf(d, 9, 1.0, j);
        sum += step.mixture.logDensity(step.drawn);
    }
    const double bits = -sum / (steps * std::log(2.0)) + 8;
    QVERIFY(std::abs(test::greyController(d).bitsPerDimSoFar() - bits) <= 1e-9);
    const QString soFar = d.find<QLabel>("greyDrawSoFar")->text();
    QVERIFY2(soFar.contains(ui::SamplingNumbers::fixed(sum, 1) + QStringLiteral(" nats")),
             qPrintable(soFar));
    QVERIFY2(soFar.contains(ui::SamplingNumbers::fixed(bits, 3) + QStringLiteral(" bits/dim")),
             qPrintable(soFar));
}

void TestSamplingGreyDraw::seedReplaysDigit() {
    SamplingPageDriver d;
    test::clickGreyMode(d);
    d.type("greySeedSpin", QStringLiteral("5"));
    QVERIFY(d.click("greyFinishButton"));
    const GreyImage five = test::greyController(d).sampler().image();
    QCOMPARE(five, drawGreyDigit(test::greyModel(d), 5, 1.0));

    QVERIFY(d.click("greyNewSampleButton"));
    QCOMPARE(test::greyController(d).seed(), std::uint64_t(6));
    QVERIFY(d.click("greyFinishButton"));
    const GreyImage six = test::greyController(d).sampler().image();
    QVERIFY(six != five);
    QCOMPARE(six, drawGreyDigit(test::greyModel(d), 6, 1.0));

    d.type("greySeedSpin", QStringLiteral("5"));
    QCOMPARE(test::greyController(d).step(), 0);
    QVERIFY(d.click("greyFinishButton"));
    QCOMPARE(test::greyController(d).sampler().image(), five);
}

void TestSamplingGreyDraw::temperatureApplied_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<double>("expected");
    QTest::newRow("0.5: bolder") << QStringLiteral("0.50") << 0.5;
    QTest::newRow("1.5: noisier") << QStringLiteral("1.50") << 1.5;
    QTest::newRow("0.05, the lowest offered") << QStringLiteral("0.05") << 0.05;
}

void TestSamplingGreyDraw::temperatureApplied() {
    QFETCH(QString, typed);
    QFETCH(double, expected);
    SamplingPageDriver d;
    test::clickGreyMode(d);
    d.type("greySeedSpin", QStringLiteral("2"));
    d.type("greyTemperatureSpin", typed);
    const auto* spin = d.find<QDoubleSpinBox>("greyTemperatureSpin");
    // A grey value has no greedy choice: the spin box starts above 0, as the sampler needs.
    QCOMPARE(spin->minimum(), ui::GreySamplingController::kMinimumTemperature);
    // The spin box has two decimals: the values are exact to 1e-12.
    QVERIFY(std::abs(spin->value() - expected) <= 1e-12);
    QVERIFY(std::abs(test::greyController(d).temperature() - spin->value()) <= 1e-12);
    QVERIFY(std::abs(test::greyController(d).sampler().temperature() - spin->value()) <= 1e-12);
    d.clickTimes("greyStepForwardButton", 60);
    const GreySampler reference =
        test::greyReference(d, 2, test::greyController(d).sampler().temperature(), 60);
    QCOMPARE(test::greyController(d).sampler().image(), reference.image());
    // The first 60 pixels are black in almost every digit, so at any temperature they may all
    // quantize to 0; the y drawn inside the black bin differ, and so does every later pixel's
    // E[y], which the model computes from them.
    if (expected != 1.0)
        QVERIFY(test::greyController(d).sampler().expected() !=
                test::greyReference(d, 2, 1.0, 60).expected());
}

void TestSamplingGreyDraw::pickerSwitchesModel() {
    SamplingPageDriver d;
    test::clickGreyMode(d);
    auto* picker = d.find<QComboBox>("greyModelPicker");
    QCOMPARE(picker->count(), int(d.greyLibrary().entries().size()));
    int row = -1;
    for (int i = 0; i < picker->count(); ++i)
        if (picker->itemData(i).toString() == QStringLiteral("independent-mixture-mnist"))
            row = i;
    QVERIFY(row >= 0);
    d.chooseRow("greyModelPicker", row);
    QCOMPARE(test::greyModel(d)->family(), ModelFamily::IndependentMixture);
    d.type("greySeedSpin", QStringLiteral("3"));
    d.clickTimes("greyStepForwardButton", 30);
    QCOMPARE(test::greyController(d).sampler().image(), test::greyReference(d, 3, 1.0, 30).image());
    // Its heading names p(y_i): the independent baseline conditions on nothing.
    QVERIFY(!d.find<QLabel>("mixtureHeading")->text().contains(QStringLiteral("&lt;i")));
}

QTEST_MAIN(TestSamplingGreyDraw)
#include "tst_sampling_greydraw.moc"
