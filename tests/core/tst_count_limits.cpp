// The edges of parameter counting: every accepted boundary answers, one step past is refused with
// OutOfRange, counts past 100000 digits come back as log10 and leading digits that are right, and
// the largest questions do not take seconds.
#include "core/counting/parameter_count.h"

#include <QElapsedTimer>
#include <QTest>
#include <cmath>
#include <limits>

using namespace pixelchain::counting;

Q_DECLARE_METATYPE(Factorization)
Q_DECLARE_METATYPE(CountQuery)

namespace {

constexpr quint64 kHuge = std::numeric_limits<quint64>::max();

/// 10^e + delta, exactly: parsed from "1" followed by e zeros, not built by the code under test.
Integer powerOfTenPlus(unsigned e, long delta) {
    return Integer("1" + std::string(e, '0')) + delta;
}

} // namespace

class TestCountLimits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ranges_data();
    void ranges();
    void negativeCountIsRefused();
    void printingBoundary_data();
    void printingBoundary();
    void tooLongToPrint_data();
    void tooLongToPrint();
    void log10WithoutBigIntegers_data();
    void log10WithoutBigIntegers();
    void largestQuestionsAnswerQuickly();
};

void TestCountLimits::ranges_data() {
    QTest::addColumn<CountQuery>("query");
    QTest::addColumn<QString>("refusal"); // empty: accepted; else a word the message must contain
    const auto row = [](const char* name, quint64 n, quint64 k, quint64 m, quint64 h,
                        const char* refusal) {
        QTest::newRow(name) << CountQuery{n, k, m, h} << QString::fromLatin1(refusal);
    };
    row("smallest of everything", 1, 2, 0, 1, "");
    row("largest of everything", 100000, kMaxStates, 99999, 100000, "");
    row("m = n - 1", 5, 2, 4, 1, "");
    row("n = 0", 0, 2, 0, 1, "variables");
    row("n one past", 100001, 2, 0, 1, "variables");
    row("n = 2^64 - 1", kHuge, 2, 0, 1, "variables");
    row("k = 0", 3, 0, 0, 1, "states");
    row("k = 1", 3, 1, 0, 1, "states");
    row("k one past 2^32", 3, kMaxStates + 1, 0, 1, "states");
    row("k = 2^64 - 1", 3, kHuge, 0, 1, "states");
    row("m = n", 5, 2, 5, 1, "Markov");
    row("m = n = 1", 1, 2, 1, 1, "Markov");
    row("m = 2^64 - 1", 5, 2, kHuge, 1, "Markov");
    row("H = 0", 3, 2, 0, 0, "hidden");
    row("H one past", 3, 2, 0, 100001, "hidden");
    row("H = 2^64 - 1", 3, 2, 0, kHuge, "hidden");
}

void TestCountLimits::ranges() {
    QFETCH(CountQuery, query);
    QFETCH(QString, refusal);
    if (refusal.isEmpty()) {
        validate(query);
        for (Factorization f : kAllFactorizations) {
            const ParameterCount c = count(f, query);
            QVERIFY2(c.digits > 0 && !c.leading.empty(), key(f));
        }
        QCOMPARE(factors(Factorization::Markov, query).size(),
                 std::size_t(std::min<quint64>(query.variables, 64)));
        return;
    }
    try {
        validate(query);
        QFAIL("validate accepted a query outside the ranges");
    } catch (const OutOfRange& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(refusal), e.what());
    }
    for (Factorization f : kAllFactorizations) {
        QVERIFY_THROWS_EXCEPTION(OutOfRange, count(f, query));
        QVERIFY_THROWS_EXCEPTION(OutOfRange, factors(f, query));
    }
}

void TestCountLimits::negativeCountIsRefused() {
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, describe(Integer(-1)));
    const ParameterCount zero = describe(Integer(0));
    QCOMPARE(QByteArray::fromStdString(zero.decimal()), QByteArray("0"));
    QCOMPARE(zero.digits, std::size_t{1});
    QVERIFY(std::isinf(zero.log10) && zero.log10 < 0);
}

void TestCountLimits::printingBoundary_data() {
    QTest::addColumn<uint>("exponent");
    QTest::addColumn<int>("delta");
    QTest::addColumn<bool>("exact");
    QTest::addColumn<quint64>("digits");
    QTest::addColumn<QString>("leading");
    QTest::newRow("10^5 - 1") << 5u << -1 << true << quint64{5} << "99999";
    QTest::newRow("10^99999 - 1") << 99999u << -1 << true << quint64{99999} << "999999999999";
    QTest::newRow("10^100000 - 1: the longest printed")
        << 100000u << -1 << true << quint64{100000} << "999999999999";
    QTest::newRow("10^100000: one digit too many")
        << 100000u << 0 << false << quint64{100001} << "100000000000";
    QTest::newRow("10^180000 - 1: log10 rounds up, digits must not")
        << 180000u << -1 << false << quint64{180000} << "999999999999";
    QTest::newRow("10^180000 + 7") << 180000u << 7 << false << quint64{180001} << "100000000000";
}

void TestCountLimits::printingBoundary() {
    QFETCH(uint, exponent);
    QFETCH(int, delta);
    QFETCH(bool, exact);
    QFETCH(quint64, digits);
    QFETCH(QString, leading);
    const Integer value = powerOfTenPlus(exponent, delta);
    const ParameterCount c = describe(value);
    QCOMPARE(c.exact.has_value(), exact);
    if (exact)
        QCOMPARE(QByteArray::fromStdString(c.decimal()), QByteArray::fromStdString(value.str()));
    else
        QVERIFY(c.decimal().find("≈ ") == 0);
    QCOMPARE(quint64(c.digits), digits);
    QCOMPARE(QString::fromStdString(c.leading), leading);
    // Tolerance: log10 is within 1e-9 of the exponent (these values are 10^e (1 ± 1e-99998)).
    const double expectedLog =
        exponent > 5 ? double(exponent) : std::log10(value.convert_to<double>());
    QVERIFY2(std::abs(c.log10 - expectedLog) <= 1e-9,
             qPrintable(QString::number(c.log10, 'f', 12)));
}

void TestCountLimits::tooLongToPrint_data() {
    QTest::addColumn<Factorization>("factorization");
    QTest::addColumn<CountQuery>("query");
    // log10 of the count to ~1e-40, from an independent 50-digit decimal calculation.
    QTest::addColumn<QString>("log10");
    const CountQuery largest{100000, kMaxStates, 1, 500};
    const CountQuery odd{100000, kMaxStates - 1, 1, 500};
    QTest::newRow("full, 2^3200000 - 1")
        << Factorization::Full << largest << "963295.98612473982468396446311837768565820762";
    QTest::newRow("chain rule, 2^3200000 - 1")
        << Factorization::ChainRule << largest << "963295.98612473982468396446311837768565820762";
    QTest::newRow("full, (2^32 - 1)^100000 - 1")
        << Factorization::Full << odd << "963295.98611462811830710150971214514573989979";
    QTest::newRow("Markov m=50000, k=2^32")
        << Factorization::Markov << CountQuery{100000, kMaxStates, 50000, 500}
        << "481662.32499223539464399243011099925727061281";
}

void TestCountLimits::tooLongToPrint() {
    QFETCH(Factorization, factorization);
    QFETCH(CountQuery, query);
    QFETCH(QString, log10);
    const ParameterCount c = count(factorization, query);
    QVERIFY(!c.exact);
    // Digits: ⌊log10⌋ + 1, read off the reference's integer part exactly.
    const QStringList parts = log10.split('.');
    QCOMPARE(quint64(c.digits), parts[0].toULongLong() + 1);
    // Tolerance 1e-9 absolute on log10 (a double near 10^6 carries ~1e-10).
    const long double reference = std::stold(log10.toStdString());
    const long double logError = std::abs(static_cast<long double>(c.log10) - reference);
    qInfo("log10 error %.3Le", logError);
    QVERIFY(logError <= 1e-9L);
    // Leading digits: 12 of them, equal to 10^frac(reference) to within one unit in the last place.
    QCOMPARE(c.leading.size(), std::size_t{12});
    const long double mantissa = std::pow(10.0L, std::stold("0." + parts[1].toStdString()));
    const long double leading = std::stold(c.leading) / 1e11L;
    qInfo("leading %s vs reference %.15Lf", c.leading.c_str(), mantissa);
    QVERIFY(leading <= mantissa && mantissa - leading < 1e-11L);
    QVERIFY(c.decimal().ends_with(" × 10^" + std::to_string(c.digits - 1)));
}

void TestCountLimits::log10WithoutBigIntegers_data() {
    QTest::addColumn<CountQuery>("query");
    QTest::newRow("coin") << CountQuery{1, 2, 0, 1};
    QTest::newRow("28x28 binary") << CountQuery{784, 2, 1, 500};
    QTest::newRow("n=10 k=3 m=3") << CountQuery{10, 3, 3, 10};
    QTest::newRow("n=50 k=7 m=n-1") << CountQuery{50, 7, 49, 3};
    QTest::newRow("largest") << CountQuery{100000, kMaxStates, 99998, 100000};
    QTest::newRow("largest, odd k") << CountQuery{100000, kMaxStates - 1, 50000, 100000};
}

void TestCountLimits::log10WithoutBigIntegers() {
    QFETCH(CountQuery, query);
    for (Factorization f : kAllFactorizations) {
        const double exact = count(f, query).log10;
        const double fast = log10Count(f, query);
        // Tolerance: 1e-12 relative to max(1, log10), the promise in parameter_count.h.
        QVERIFY2(std::abs(fast - exact) <= 1e-12 * std::max(1.0, exact),
                 qPrintable(QStringLiteral("%1: %2 vs %3")
                                .arg(key(f))
                                .arg(fast, 0, 'g', 17)
                                .arg(exact, 0, 'g', 17)));
    }
    QVERIFY_THROWS_EXCEPTION(OutOfRange, log10Count(Factorization::Full, CountQuery{0, 2, 0, 1}));
}

void TestCountLimits::largestQuestionsAnswerQuickly() {
    // The contract is 100 ms per answer, measured by bench_counting. This guard fails only on a
    // regression to a loop over n with big integers or to quadratic printing (seconds).
    const CountQuery worst[] = {{100000, kMaxStates - 1, 99998, 100000},
                                {10380, kMaxStates - 1, 10379, 100000}}; // ~99990 digits, printed
    for (const CountQuery& q : worst) {
        for (Factorization f : kAllFactorizations) {
            QElapsedTimer timer;
            timer.start();
            const std::string text = count(f, q).decimal();
            const auto list = factors(f, q);
            QVERIFY2(timer.elapsed() < 1000, key(f));
            QVERIFY(!text.empty() && list.size() <= 64);
        }
    }
}

QTEST_GUILESS_MAIN(TestCountLimits)
#include "tst_count_limits.moc"
