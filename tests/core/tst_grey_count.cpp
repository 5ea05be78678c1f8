// The counts for greyscale digits (grey_count.h): RNADE's (3K + 1)HD + H + 3KD against the tensors
// of a real RnadeWeights and a term-by-term sum, the categorical chain rule's 256^D − 1 against
// the sum of its factors' tables (small D) and against 2^(8D) − 1 by repeated doubling (D = 784),
// and the ranges each refuses.
#include "core/counting/grey_count.h"
#include "core/models/rnade.h"

#include <QTest>
#include <limits>

using namespace pixelchain;
using namespace pixelchain::counting;

namespace {

/// 2^e in decimal by repeated doubling of a digit string: independent of GMP and of the formulas.
std::string powerOfTwoByDoubling(int e) {
    std::string digits = "1"; // least significant digit first
    for (int i = 0; i < e; ++i) {
        int carry = 0;
        for (char& d : digits) {
            const int twice = (d - '0') * 2 + carry;
            d = static_cast<char>('0' + twice % 10);
            carry = twice / 10;
        }
        if (carry)
            digits.push_back('1');
    }
    return {digits.rbegin(), digits.rend()};
}

/// A power of two minus one never ends in 0: subtracting one changes only the last digit.
std::string minusOne(std::string digits) {
    --digits.back();
    return digits;
}

/// RNADE's parameters tensor by tensor, as rnade.h lists them: W, c, then per pixel the three
/// K × H output matrices and their K biases.
std::uint64_t rnadeByTensors(std::uint64_t d, std::uint64_t h, std::uint64_t k) {
    std::uint64_t total = h * d + h;
    for (std::uint64_t pixel = 0; pixel < d; ++pixel)
        total += 3 * (k * h + k);
    return total;
}

QByteArray exactText(const ParameterCount& count) {
    return count.exact ? QByteArray::fromStdString(count.exact->str()) : QByteArray("(not exact)");
}

} // namespace

class TestGreyCount : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rnadeMatchesTheModelsTensors_data();
    void rnadeMatchesTheModelsTensors();
    void shippedRnade();
    void chainRuleMatchesTheSumOfItsTables_data();
    void chainRuleMatchesTheSumOfItsTables();
    void chainRuleOfADigit();
    void refusesOutOfRange_data();
    void refusesOutOfRange();
};

void TestGreyCount::rnadeMatchesTheModelsTensors_data() {
    QTest::addColumn<int>("pixels");
    QTest::addColumn<int>("hidden");
    QTest::addColumn<int>("components");
    QTest::newRow("one pixel, one unit, one component") << 1 << 1 << 1;
    QTest::newRow("D=7 H=5 K=3") << 7 << 5 << 3;
    QTest::newRow("D=10 H=17, most components (64)") << 10 << 17 << 64;
    QTest::newRow("a digit, H=400 K=8 (shipped)") << 784 << 400 << 8;
    QTest::newRow("a digit, H=50 K=1") << 784 << 50 << 1;
}

// Core's count, a real RnadeWeights' parameterCount() (the sizes of its allocated tensors) and the
// sum tensor by tensor agree exactly.
void TestGreyCount::rnadeMatchesTheModelsTensors() {
    QFETCH(int, pixels);
    QFETCH(int, hidden);
    QFETCH(int, components);
    const ParameterCount count =
        rnadeCount({std::uint64_t(pixels), std::uint64_t(hidden), std::uint64_t(components)});
    QVERIFY(count.exact.has_value());
    const RnadeWeights weights(hidden, components, pixels);
    QCOMPARE(count.exact->convert_to<std::uint64_t>(), weights.parameterCount());
    QCOMPARE(
        count.exact->convert_to<std::uint64_t>(),
        rnadeByTensors(std::uint64_t(pixels), std::uint64_t(hidden), std::uint64_t(components)));
}

// The lecture's figure, worked by hand: 25 · 400 · 784 + 400 + 24 · 784 = 7,840,000 + 400 + 18,816.
void TestGreyCount::shippedRnade() {
    const ParameterCount count = rnadeCount(RnadeQuery{});
    QCOMPARE(exactText(count), QByteArray("7859216"));
    QCOMPARE(count.digits, std::size_t{7});
    QCOMPARE(QByteArray::fromStdString(count.leading), QByteArray("7859216"));
}

void TestGreyCount::chainRuleMatchesTheSumOfItsTables_data() {
    QTest::addColumn<int>("pixels");
    // 256^8 − 1 is the largest 64-bit integer: the sum below fills it exactly, never overflows.
    for (int d = 1; d <= 8; ++d)
        QTest::newRow(qPrintable(QStringLiteral("D=%1").arg(d))) << d;
}

// Σ_{i=1..D} 255 · 256^(i−1), factor by factor in machine integers, equals core's exact count and
// the full joint table's.
void TestGreyCount::chainRuleMatchesTheSumOfItsTables() {
    QFETCH(int, pixels);
    std::uint64_t sum = 0, contexts = 1;
    for (int i = 1; i <= pixels; ++i) {
        sum += 255 * contexts;
        if (i < pixels)
            contexts *= 256;
    }
    const ParameterCount count = greyChainRuleCount(std::uint64_t(pixels));
    QVERIFY(count.exact.has_value());
    QCOMPARE(count.exact->convert_to<std::uint64_t>(), sum);
    if (pixels == 8)
        QCOMPARE(sum, std::numeric_limits<std::uint64_t>::max());
    CountQuery full;
    full.variables = std::uint64_t(pixels);
    full.states = 256;
    full.markovOrder = 0;
    QCOMPARE(exactText(count), exactText(pixelchain::counting::count(Factorization::Full, full)));
}

// 256^784 − 1 = 2^6272 − 1: every one of its 1,889 digits against repeated doubling.
void TestGreyCount::chainRuleOfADigit() {
    const std::string expected = minusOne(powerOfTwoByDoubling(8 * 784));
    QCOMPARE(expected.size(), std::size_t{1889});
    const ParameterCount count = greyChainRuleCount(784);
    QCOMPARE(exactText(count), QByteArray::fromStdString(expected));
    QCOMPARE(count.digits, std::size_t{1889});
    QCOMPARE(QByteArray::fromStdString(count.leading),
             QByteArray::fromStdString(expected.substr(0, 12)));
}

static_assert(counting::kMaxComponents == std::uint64_t{pixelchain::kMaxComponents},
              "the Counting page accepts the RNADEs the models accept");

void TestGreyCount::refusesOutOfRange_data() {
    QTest::addColumn<quint64>("pixels");
    QTest::addColumn<quint64>("hidden");
    QTest::addColumn<quint64>("components");
    QTest::addColumn<QString>("named");
    QTest::newRow("no pixels") << quint64{0} << quint64{400} << quint64{8} << "pixels D";
    QTest::newRow("too many pixels")
        << quint64{kMaxVariables + 1} << quint64{400} << quint64{8} << "pixels D";
    QTest::newRow("no hidden units") << quint64{784} << quint64{0} << quint64{8} << "hidden units";
    QTest::newRow("no components") << quint64{784} << quint64{400} << quint64{0} << "components K";
    QTest::newRow("65 components")
        << quint64{784} << quint64{400} << quint64{counting::kMaxComponents + 1} << "components K";
}

void TestGreyCount::refusesOutOfRange() {
    QFETCH(quint64, pixels);
    QFETCH(quint64, hidden);
    QFETCH(quint64, components);
    QFETCH(QString, named);
    try {
        rnadeCount({pixels, hidden, components});
        QFAIL("no OutOfRange");
    } catch (const OutOfRange& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(named), e.what());
    }
    if (pixels < kMinVariables || pixels > kMaxVariables)
        QVERIFY_THROWS_EXCEPTION(OutOfRange, greyChainRuleCount(pixels));
}

QTEST_GUILESS_MAIN(TestGreyCount)
#include "tst_grey_count.moc"
