// The stats unit: the 101 percentiles of a sample and where a value falls among them. Every
// expected value below is worked out by hand from the linear rule in core/stats/percentiles.h.
// Tolerance: 1e-12 absolute; the numbers are below 1e3 and each result is a handful of double
// operations, so anything larger than rounding is a wrong formula.
#include "core/stats/percentiles.h"

#include <QTest>
#include <cmath>
#include <limits>
#include <vector>

using namespace pixelchain;

Q_DECLARE_METATYPE(std::vector<double>)

namespace {

constexpr double kTolerance = 1e-12;

/// 0, 1, …, 100 in a scrambled order (37 is coprime with 101).
std::vector<double> scrambledZeroToHundred() {
    std::vector<double> values;
    for (int k = 0; k < 101; ++k)
        values.push_back((k * 37) % 101);
    return values;
}

/// Percentiles 0..100 with q_p = 2p: every step of the list is 2 wide.
std::vector<double> evenPercentiles() {
    std::vector<double> q;
    for (std::size_t p = 0; p < stats::kPercentileCount; ++p)
        q.push_back(2.0 * static_cast<double>(p));
    return q;
}

/// q_p = p, except a run q_40 = … = q_60 = 40 (tied test scores).
std::vector<double> tiedPercentiles() {
    std::vector<double> q;
    for (std::size_t p = 0; p < stats::kPercentileCount; ++p)
        q.push_back(p >= 40 && p <= 60 ? 40.0 : static_cast<double>(p));
    return q;
}

} // namespace

class PercentilesTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void percentilesOfASample_data();
    void percentilesOfASample();
    void emptySampleHasNoPercentiles();
    void percentileOfAValue_data();
    void percentileOfAValue();
    void percentileOfInvertsPercentiles();
};

void PercentilesTest::percentilesOfASample_data() {
    QTest::addColumn<std::vector<double>>("sample");
    QTest::addColumn<int>("p");
    QTest::addColumn<double>("expected");
    const auto hundred = scrambledZeroToHundred();
    QTest::newRow("0..100 shuffled: q_0 is the minimum") << hundred << 0 << 0.0;
    QTest::newRow("0..100 shuffled: q_37 is exact") << hundred << 37 << 37.0;
    QTest::newRow("0..100 shuffled: q_100 is the maximum") << hundred << 100 << 100.0;
    // Two values: position p/100, so q_p interpolates p/10 between 0 and 10.
    QTest::newRow("two values: q_25 interpolates") << std::vector<double>{10, 0} << 25 << 2.5;
    QTest::newRow("two values: q_50 is the midpoint") << std::vector<double>{10, 0} << 50 << 5.0;
    QTest::newRow("one value: every percentile is it") << std::vector<double>{-7.5} << 63 << -7.5;
    // Ties {1, 1, 1, 5}: position 3p/100; q_50 at 1.5 stays on the tie, q_80 at 2.4 is
    // 1 + 0.4 · (5 − 1).
    QTest::newRow("ties: q_50 inside the run") << std::vector<double>{1, 5, 1, 1} << 50 << 1.0;
    QTest::newRow("ties: q_80 leaves the run") << std::vector<double>{1, 5, 1, 1} << 80 << 2.6;
    QTest::newRow("negative log-likelihoods: q_50 of {-300, -100, -200}")
        << std::vector<double>{-300, -100, -200} << 50 << -200.0;
}

void PercentilesTest::percentilesOfASample() {
    QFETCH(std::vector<double>, sample);
    QFETCH(int, p);
    QFETCH(double, expected);
    const std::vector<double> q = stats::percentiles(sample);
    QCOMPARE(q.size(), stats::kPercentileCount);
    QVERIFY(std::is_sorted(q.begin(), q.end()));
    const double got = q[static_cast<std::size_t>(p)];
    QVERIFY2(
        std::abs(got - expected) <= kTolerance,
        qPrintable(
            QStringLiteral("q_%1 = %2, expected %3").arg(p).arg(got, 0, 'g', 17).arg(expected)));
}

void PercentilesTest::emptySampleHasNoPercentiles() {
    QVERIFY(stats::percentiles({}).empty());
}

void PercentilesTest::percentileOfAValue_data() {
    QTest::addColumn<std::vector<double>>("percentiles");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("expected");
    const auto even = evenPercentiles(), tied = tiedPercentiles();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("exactly a percentile: q_25 = 50") << even << 50.0 << 25.0;
    QTest::newRow("between two percentiles: halfway from q_25 to q_26") << even << 51.0 << 25.5;
    QTest::newRow("a quarter of the way from q_99 to q_100") << even << 198.5 << 99.25;
    QTest::newRow("at the minimum") << even << 0.0 << 0.0;
    QTest::newRow("below the minimum") << even << -1e9 << 0.0;
    QTest::newRow("at the maximum") << even << 200.0 << 100.0;
    QTest::newRow("above the maximum") << even << 1e9 << 100.0;
    QTest::newRow("minus infinity") << even << -std::numeric_limits<double>::infinity() << 0.0;
    QTest::newRow("ties: the tied value takes the top of its run") << tied << 40.0 << 60.0;
    QTest::newRow("ties: just below the run") << tied << 39.5 << 39.5;
    // q_60 = 40, q_61 = 61: 40.5 is 0.5/21 of that step.
    QTest::newRow("ties: just above the run") << tied << 40.5 << 60.0 + 0.5 / 21.0;
    QTest::newRow("NaN value") << even << nan << nan;
    QTest::newRow("one percentile is no distribution") << std::vector<double>{3.0} << 3.0 << nan;
    QTest::newRow("no percentiles") << std::vector<double>{} << 3.0 << nan;
}

void PercentilesTest::percentileOfAValue() {
    QFETCH(std::vector<double>, percentiles);
    QFETCH(double, value);
    QFETCH(double, expected);
    const double got = stats::percentileOf(percentiles, value);
    if (std::isnan(expected)) {
        QVERIFY2(std::isnan(got), qPrintable(QString::number(got)));
        return;
    }
    QVERIFY2(std::abs(got - expected) <= kTolerance,
             qPrintable(QStringLiteral("%1 at percentile %2, expected %3")
                            .arg(value)
                            .arg(got, 0, 'g', 17)
                            .arg(expected, 0, 'g', 17)));
}

// With distinct sample values, the percentile of q_p is p again (worst difference printed).
void PercentilesTest::percentileOfInvertsPercentiles() {
    std::vector<double> sample;
    for (int k = 0; k < 1000; ++k)
        sample.push_back(-100.0 - 0.37 * k - 1e-3 * k * k);
    const std::vector<double> q = stats::percentiles(sample);
    double worst = 0;
    for (std::size_t p = 0; p < q.size(); ++p)
        worst = std::max(worst, std::abs(stats::percentileOf(q, q[p]) - static_cast<double>(p)));
    qInfo("worst round-trip difference %.2e percentile points", worst);
    QVERIFY(worst <= 1e-9);
}

QTEST_GUILESS_MAIN(PercentilesTest)
#include "tst_percentiles.moc"
