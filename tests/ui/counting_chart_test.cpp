// The growth chart follows the query: one curve per factorization up to a little past the current
// n, the dashed line and the dots at the current n, and a vertical axis tall enough for every
// curve.
#include "counting_page_driver.h"

#include <QLineSeries>
#include <QScatterSeries>
#include <cmath>

using namespace pixelchain;
using namespace pixelchain::test;

class CountingChartTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void marksCurrentN_data();
    void marksCurrentN();
};

void CountingChartTest::marksCurrentN_data() {
    QTest::addColumn<int>("preset");
    QTest::addColumn<QString>("width"); // typed for the custom preset (height 1)
    QTest::addColumn<quint64>("variables");
    QTest::addColumn<quint64>("states");

    QTest::newRow("coin: n = 1") << int(Coin) << "" << 1ull << 2ull;
    QTest::newRow("28x28 binary: n = 784") << int(BinaryImage) << "" << 784ull << 2ull;
    QTest::newRow("28x28 grayscale: beyond double range")
        << int(GrayImage) << "" << 784ull << 256ull;
    QTest::newRow("custom 5 pixels") << int(Custom) << "5" << 5ull << 2ull;
    QTest::newRow("custom 97 pixels") << int(Custom) << "97" << 97ull << 2ull;
    QTest::newRow("custom 100000 pixels: the largest n")
        << int(Custom) << "100000" << 100000ull << 2ull;
}

void CountingChartTest::marksCurrentN() {
    QFETCH(int, preset);
    QFETCH(QString, width);
    QFETCH(quint64, variables);
    QFETCH(quint64, states);

    CountingPageDriver driver;
    QVERIFY(QTest::qWaitForWindowExposed(&driver.page()));
    QVERIFY(driver.waitForQuery(784, 2));
    if (width.isEmpty())
        QVERIFY(driver.choosePreset(static_cast<PresetRow>(preset)));
    else
        QVERIFY(driver.chooseCustom(width.toInt(), 1, 1, 2));
    QVERIFY(driver.waitForQuery(variables, states));

    auto* chart = driver.find<ui::GrowthChart>("growthChart");
    const auto n = static_cast<double>(variables);
    QCOMPARE(chart->markedVariables(), n);

    const ui::CountingResult& shown = *driver.page().shown();
    const QScatterSeries* dots = chart->marker();
    QCOMPARE(dots->count(), int(ui::kFactorizationCount));
    double highest = 0;
    for (const Factorization f : counting::kAllFactorizations) {
        const QLineSeries* curve = chart->curve(f);
        QVERIFY(curve->count() >= 2 || variables == 1);
        QCOMPARE(curve->at(0).x(), 1.0);
        QVERIFY(curve->at(curve->count() - 1).x() >= n);
        // The curve passes through the current n at the count the table shows.
        bool throughCurrent = false;
        for (const QPointF& point : curve->points()) {
            highest = std::max(highest, point.y());
            throughCurrent = throughCurrent || point.x() == n;
        }
        QVERIFY(throughCurrent);
        const int row = static_cast<int>(f);
        QCOMPARE(dots->at(row).x(), n);
        QCOMPARE(dots->at(row).y(), shown.counts[std::size_t(row)].log10);
    }
    QVERIFY(chart->topExponent() >= highest);
}

QTEST_MAIN(CountingChartTest)
#include "counting_chart_test.moc"
