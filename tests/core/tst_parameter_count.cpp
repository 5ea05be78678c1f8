// Exact parameter counts: the lecture's numbers, the closed forms against brute-force sums, the
// identities between factorizations, and the per-factor tables (limits: tst_count_limits.cpp).
#include "core/counting/parameter_count.h"

#include <QTest>

using namespace pixelchain::counting;

Q_DECLARE_METATYPE(Factorization)
Q_DECLARE_METATYPE(CountQuery)
Q_DECLARE_METATYPE(std::string)

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

/// Subtracts one from a positive decimal string.
std::string minusOne(std::string digits) {
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        if (*it != '0') {
            --*it;
            break;
        }
        *it = '9';
    }
    if (digits.size() > 1 && digits.front() == '0')
        digits.erase(0, 1);
    return digits;
}

CountQuery query(std::uint64_t n, std::uint64_t k, std::uint64_t m = 0, std::uint64_t h = 1) {
    return CountQuery{n, k, m, h};
}

/// The six sums of parameter_count.h evaluated term by term with machine integers (small n, k).
std::uint64_t bruteForce(Factorization f, const CountQuery& q) {
    const std::uint64_t n = q.variables, k = q.states, m = q.markovOrder, h = q.hidden;
    const auto pow = [](std::uint64_t b, std::uint64_t e) {
        std::uint64_t r = 1;
        for (std::uint64_t i = 0; i < e; ++i)
            r *= b;
        return r;
    };
    std::uint64_t total = 0;
    for (std::uint64_t i = 1; i <= n; ++i) {
        switch (f) {
        case Factorization::Full:
            return pow(k, n) - 1; // one table over every joint state
        case Factorization::Independent:
            total += k - 1;
            break;
        case Factorization::ChainRule:
            total += pow(k, i - 1) * (k - 1);
            break;
        case Factorization::Markov:
            total += pow(k, std::min(i - 1, m)) * (k - 1);
            break;
        case Factorization::Fvsbn:
            total += (k - 1) * (1 + (i - 1) * (k - 1));
            break;
        case Factorization::Nade: // row i of V (k − 1 rows), b_i, and the columns of W for x_i
            total += (k - 1) * h + (k - 1) + h * (k - 1);
            break;
        }
    }
    return f == Factorization::Nade ? total + h : total; // + c
}

QByteArray exactText(const ParameterCount& count) {
    return count.exact ? QByteArray::fromStdString(count.exact->str()) : QByteArray("(not exact)");
}

} // namespace

class TestParameterCount : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lectureNumbers_data();
    void lectureNumbers();
    void closedFormsMatchSums_data();
    void closedFormsMatchSums();
    void identities_data();
    void identities();
    void factorsSumToCount_data();
    void factorsSumToCount();
    void factorTable_data();
    void factorTable();
    void factorNotation_data();
    void factorNotation();

private:
    std::string mnistJoint_; // 2^784 − 1 by repeated doubling
};

void TestParameterCount::initTestCase() {
    // The reference itself: 2^784 − 1 has 237 digits; log10 = 784 log10 2 = 236.0075 gives 10174…
    mnistJoint_ = minusOne(powerOfTwoByDoubling(784));
    QCOMPARE(mnistJoint_.size(), std::size_t{237});
    QCOMPARE(QByteArray::fromStdString(mnistJoint_.substr(0, 6)), QByteArray("101745"));
}

void TestParameterCount::lectureNumbers_data() {
    QTest::addColumn<Factorization>("factorization");
    QTest::addColumn<CountQuery>("query");
    QTest::addColumn<std::string>("expected");
    const auto row = [](const char* name, Factorization f, CountQuery q, std::string expected) {
        QTest::newRow(name) << f << q << expected;
    };
    const CountQuery mnist{784, 2, 1, 500};
    row("28x28 binary, full joint 2^784-1", Factorization::Full, mnist, mnistJoint_);
    row("28x28 binary, chain rule", Factorization::ChainRule, mnist, mnistJoint_);
    row("28x28 binary, independent", Factorization::Independent, mnist, "784");
    row("28x28 binary, Markov m=1: 2n-1", Factorization::Markov, mnist, "1567");
    row("28x28 binary, FVSBN n(n+1)/2", Factorization::Fvsbn, mnist, "307720");
    row("28x28 binary, NADE H=500", Factorization::Nade, mnist, "785284");
    row("Markov m=1, n=2: 2n-1", Factorization::Markov, query(2, 2, 1), "3");
    row("Markov m=1, n=100000: 2n-1", Factorization::Markov, query(100000, 2, 1), "199999");
    row("coin (Bernoulli)", Factorization::Full, query(1, 2), "1");
    row("coin, independent", Factorization::Independent, query(1, 2), "1");
    row("die with 6 faces", Factorization::Full, query(1, 6), "5");
    row("die with 6 faces, chain rule", Factorization::ChainRule, query(1, 6), "5");
    row("one RGB pixel, 256^3 states", Factorization::Full, query(1, 16777216), "16777215");
    row("one RGB pixel, NADE H=500", Factorization::Nade, CountQuery{1, 16777216, 0, 500},
        "16793992715");
    row("n=10 k=3, Markov m=3", Factorization::Markov, query(10, 3, 3), "404");
    row("n=10 k=3, FVSBN", Factorization::Fvsbn, query(10, 3), "200");
    row("n=10 k=3, NADE H=10", Factorization::Nade, query(10, 3, 0, 10), "430");
}

void TestParameterCount::lectureNumbers() {
    QFETCH(Factorization, factorization);
    QFETCH(CountQuery, query);
    QFETCH(std::string, expected);
    const ParameterCount count = pixelchain::counting::count(factorization, query);
    QCOMPARE(exactText(count), QByteArray::fromStdString(expected));
    QCOMPARE(QByteArray::fromStdString(count.decimal()), QByteArray::fromStdString(expected));
    QCOMPARE(count.digits, expected.size());
    QCOMPARE(QByteArray::fromStdString(count.leading),
             QByteArray::fromStdString(expected.substr(0, 12)));
}

void TestParameterCount::closedFormsMatchSums_data() {
    QTest::addColumn<CountQuery>("query");
    for (std::uint64_t n = 1; n <= 7; ++n)
        for (std::uint64_t k = 2; k <= 6; ++k)
            for (std::uint64_t m = 0; m < n; ++m)
                for (std::uint64_t h : {1, 5}) {
                    const QByteArray name =
                        QByteArray("n=") + QByteArray::number(n) + " k=" + QByteArray::number(k) +
                        " m=" + QByteArray::number(m) + " H=" + QByteArray::number(h);
                    QTest::newRow(name.constData()) << CountQuery{n, k, m, h};
                }
}

void TestParameterCount::closedFormsMatchSums() {
    QFETCH(CountQuery, query);
    for (Factorization f : kAllFactorizations) {
        const ParameterCount count = pixelchain::counting::count(f, query);
        QVERIFY2(count.exact.has_value(), key(f));
        QCOMPARE(count.exact->convert_to<std::uint64_t>(), bruteForce(f, query));
    }
}

void TestParameterCount::identities_data() {
    QTest::addColumn<quint64>("n");
    QTest::addColumn<quint64>("k");
    QTest::newRow("one coin") << quint64{1} << quint64{2};
    QTest::newRow("two pixels") << quint64{2} << quint64{2};
    QTest::newRow("28x28 binary") << quint64{784} << quint64{2};
    QTest::newRow("28x28 grey") << quint64{784} << quint64{256};
    QTest::newRow("1000 variables, 2^32 states") << quint64{1000} << quint64{kMaxStates};
    QTest::newRow("100000 binary (30103 digits)") << quint64{kMaxVariables} << quint64{2};
    QTest::newRow("largest (too long to print)") << quint64{kMaxVariables} << quint64{kMaxStates};
}

void TestParameterCount::identities() {
    QFETCH(quint64, n);
    QFETCH(quint64, k);
    const auto same = [](const ParameterCount& a, const ParameterCount& b) {
        return a.exact == b.exact && a.digits == b.digits && a.leading == b.leading &&
               a.log10 == b.log10;
    };
    const ParameterCount full = count(Factorization::Full, query(n, k));
    QVERIFY2(same(count(Factorization::ChainRule, query(n, k)), full), "chain rule != full");
    QVERIFY2(same(count(Factorization::Markov, query(n, k, n - 1)), full), "m = n-1 != full");
    QVERIFY2(same(count(Factorization::Markov, query(n, k, 0)),
                  count(Factorization::Independent, query(n, k))),
             "m = 0 != independent");
}

void TestParameterCount::factorsSumToCount_data() {
    QTest::addColumn<CountQuery>("query");
    QTest::newRow("one variable") << query(1, 2, 0);
    QTest::newRow("n=5 k=3 m=2") << query(5, 3, 2);
    QTest::newRow("n=64 k=7 m=63") << query(64, 7, 63);
    QTest::newRow("n=200 k=2^32 m=7") << query(200, kMaxStates, 7);
}

void TestParameterCount::factorsSumToCount() {
    QFETCH(CountQuery, query);
    for (Factorization f : {Factorization::ChainRule, Factorization::Markov}) {
        const auto list = factors(f, query, query.variables);
        QCOMPARE(list.size(), std::size_t(query.variables));
        Integer sum = 0;
        for (const FactorCount& factor : list)
            sum += *factor.parameters.exact;
        QCOMPARE(QByteArray::fromStdString(sum.str()), exactText(count(f, query)));
    }
}

void TestParameterCount::factorTable_data() {
    QTest::addColumn<Factorization>("factorization");
    QTest::addColumn<CountQuery>("query");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("expected"); // "notation:parameters" of each factor
    const CountQuery mnist{784, 2, 1, 500};
    QTest::newRow("chain rule, first three")
        << Factorization::ChainRule << mnist << 3
        << QStringList{"p(x1):1", "p(x2|x1):2", "p(x3|x1,x2):4"};
    QTest::newRow("Markov m=1, first four")
        << Factorization::Markov << mnist << 4
        << QStringList{"p(x1):1", "p(x2|x1):2", "p(x3|x2):2", "p(x4|x3):2"};
    QTest::newRow("Markov m=2, k=3")
        << Factorization::Markov << query(10, 3, 2) << 4
        << QStringList{"p(x1):2", "p(x2|x1):6", "p(x3|x1,x2):18", "p(x4|x2,x3):18"};
    QTest::newRow("fewer variables than the limit")
        << Factorization::ChainRule << query(3, 2) << 64
        << QStringList{"p(x1):1", "p(x2|x1):2", "p(x3|x1,x2):4"};
    QTest::newRow("limit 0") << Factorization::ChainRule << mnist << 0 << QStringList{};
    QTest::newRow("full joint has no factors")
        << Factorization::Full << mnist << 64 << QStringList{};
    QTest::newRow("FVSBN has no table") << Factorization::Fvsbn << mnist << 64 << QStringList{};
}

void TestParameterCount::factorTable() {
    QFETCH(Factorization, factorization);
    QFETCH(CountQuery, query);
    QFETCH(int, limit);
    QFETCH(QStringList, expected);
    QStringList actual;
    std::uint64_t index = 0;
    for (const FactorCount& factor : factors(factorization, query, std::size_t(limit))) {
        QCOMPARE(factor.index, ++index);
        actual << QString::fromStdString(notation(factor) + ":" + factor.parameters.decimal());
    }
    QCOMPARE(actual, expected);
}

void TestParameterCount::factorNotation_data() {
    QTest::addColumn<quint64>("index");
    QTest::addColumn<quint64>("conditionedOn");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first factor") << quint64{1} << quint64{0} << "p(x1)";
    QTest::newRow("one parent") << quint64{2} << quint64{1} << "p(x2|x1)";
    QTest::newRow("lecture's third factor") << quint64{3} << quint64{2} << "p(x3|x1,x2)";
    QTest::newRow("three parents") << quint64{4} << quint64{3} << "p(x4|x1,x2,x3)";
    QTest::newRow("four parents are elided") << quint64{9} << quint64{4} << "p(x9|x5,...,x8)";
    QTest::newRow("last MNIST pixel") << quint64{784} << quint64{783} << "p(x784|x1,...,x783)";
    QTest::newRow("Markov m=1 late") << quint64{5} << quint64{1} << "p(x5|x4)";
    QTest::newRow("more parents than exist") << quint64{3} << quint64{7} << "p(x3|x1,x2)";
}

void TestParameterCount::factorNotation() {
    QFETCH(quint64, index);
    QFETCH(quint64, conditionedOn);
    QFETCH(QString, expected);
    FactorCount factor;
    factor.index = index;
    factor.conditionedOn = conditionedOn;
    QCOMPARE(QString::fromStdString(notation(factor)), expected);
}

QTEST_GUILESS_MAIN(TestParameterCount)
#include "tst_parameter_count.moc"
