// Each model's own factorization, as the Sampling and Counting pages write it: independent pixels
// condition on nothing, a Markov chain of order m on the previous m pixels (never on an x with an
// index below 1), the chain-rule models on every earlier pixel, a class-conditional model on the
// label y too when one is given (naive Bayes on y alone); the Counting page states the k-ary
// form its count uses. The decision panel states log p(x) in nats and −log₂ p(x) / 784 in bits per
// pixel as two numbers, each the value core computes to its printed digits (tolerance: half a unit
// in the last printed digit).
#include "core/models/markov.h"
#include "core/sampling/sampler.h"
#include "ui/adapters/model_library.h"
#include "ui/pages/counting/formula_text.h"
#include "ui/pages/sampling/decision_view.h"
#include "ui/pages/sampling/sampling_formula.h"

#include <QLabel>
#include <QRegularExpression>
#include <QTest>
#include <cmath>
#include <numbers>

using namespace pixelchain;
using namespace pixelchain::ui;

class TestModelFactors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void factorConditionsOnTheModelsOwnContext_data();
    void factorConditionsOnTheModelsOwnContext();
    void formulaIsTheModelsOwnFactorization_data();
    void formulaIsTheModelsOwnFactorization();
    void labelJoinsTheFactor_data();
    void labelJoinsTheFactor();
    void countingFormulaStatesTheCountedForm_data();
    void countingFormulaStatesTheCountedForm();
    void decisionStatesNatsAndBitsPerPixelApart_data();
    void decisionStatesNatsAndBitsPerPixelApart();

private:
    std::shared_ptr<const DensityModel> model(const QString& id) const;
    ModelLibrary library_;
    std::shared_ptr<const DensityModel> markov3_;
};

void TestModelFactors::initTestCase() {
    QLocale::setDefault(QLocale::c());
    QVERIFY(library_.loadBuiltIn() >= 5);
    // No order-3 chain ships: one with every table at 1/2 has the same context.
    markov3_ = std::make_shared<Markov>(3, std::vector<float>(Markov::tableSize(3), 0.5f));
}

std::shared_ptr<const DensityModel> TestModelFactors::model(const QString& id) const {
    if (id == QLatin1String("markov3"))
        return markov3_;
    for (const ModelEntry& e : library_.entries())
        if (e.id == id)
            return e.model;
    qFatal("no model %s", qPrintable(id));
}

void TestModelFactors::factorConditionsOnTheModelsOwnContext_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("i");
    QTest::addColumn<QString>("factor");
    const auto x = [](int k) { return QStringLiteral("x<sub>%1</sub>").arg(k); };
    QTest::newRow("independent, i = 1") << "independent-mnist" << 1 << "p(x<sub>1</sub> = 1)";
    QTest::newRow("independent, i = 300") << "independent-mnist" << 300 << "p(x<sub>300</sub> = 1)";
    QTest::newRow("Markov 1, i = 1") << "markov1-mnist" << 1 << "p(x<sub>1</sub> = 1)";
    QTest::newRow("Markov 1, i = 2")
        << "markov1-mnist" << 2 << QStringLiteral("p(x<sub>2</sub> = 1 | %1)").arg(x(1));
    QTest::newRow("Markov 1, last pixel")
        << "markov1-mnist" << 784 << QStringLiteral("p(x<sub>784</sub> = 1 | %1)").arg(x(783));
    QTest::newRow("Markov 3, i = 2 starts at x1")
        << "markov3" << 2 << QStringLiteral("p(x<sub>2</sub> = 1 | %1)").arg(x(1));
    QTest::newRow("Markov 3, i = 3")
        << "markov3" << 3 << QStringLiteral("p(x<sub>3</sub> = 1 | %1, %2)").arg(x(1), x(2));
    QTest::newRow("Markov 3, i = 4: three pixels")
        << "markov3" << 4 << QStringLiteral("p(x<sub>4</sub> = 1 | %1, …, %2)").arg(x(1), x(3));
    QTest::newRow("Markov 3, i = 10")
        << "markov3" << 10 << QStringLiteral("p(x<sub>10</sub> = 1 | %1, …, %2)").arg(x(7), x(9));
    QTest::newRow("Markov 8, i = 5 starts at x1")
        << "markov8-mnist" << 5
        << QStringLiteral("p(x<sub>5</sub> = 1 | %1, …, %2)").arg(x(1), x(4));
    QTest::newRow("Markov 8, i = 100")
        << "markov8-mnist" << 100
        << QStringLiteral("p(x<sub>100</sub> = 1 | %1, …, %2)").arg(x(92), x(99));
    QTest::newRow("FVSBN, i = 1") << "fvsbn-mnist" << 1 << "p(x<sub>1</sub> = 1)";
    QTest::newRow("FVSBN, i = 100: every earlier pixel")
        << "fvsbn-mnist" << 100
        << QStringLiteral("p(x<sub>100</sub> = 1 | %1, …, %2)").arg(x(1), x(99));
    QTest::newRow("NADE, i = 5: every earlier pixel")
        << "nade-mnist" << 5 << QStringLiteral("p(x<sub>5</sub> = 1 | %1, …, %2)").arg(x(1), x(4));
}

void TestModelFactors::factorConditionsOnTheModelsOwnContext() {
    QFETCH(QString, model);
    QFETCH(int, i);
    QFETCH(QString, factor);
    QCOMPARE(SamplingFormula::factor(*this->model(model), i), factor);
    // No index below 1 and none at or after i.
    const QString context = SamplingFormula::context(*this->model(model), i);
    static const QRegularExpression index(QStringLiteral("x<sub>(\\d+)</sub>"));
    for (auto it = index.globalMatch(context); it.hasNext();) {
        const int k = it.next().captured(1).toInt();
        QVERIFY2(k >= 1 && k < i, qPrintable(context));
    }
}

void TestModelFactors::formulaIsTheModelsOwnFactorization_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("contains");
    QTest::addColumn<QString>("absent");
    QTest::newRow("independent") << "independent-mnist"
                                 << "p(x<sub>i</sub>)"
                                 << "&lt;i";
    QTest::newRow("Markov 1") << "markov1-mnist"
                              << "p(x<sub>1</sub>) Π<sub>i=2</sub><sup>784</sup> p(x<sub>i</sub> | "
                                 "x<sub>i−1</sub>)"
                              << "&lt;i";
    QTest::newRow("Markov 3") << "markov3"
                              << "x<sub>max(1, i−3)</sub>, …, x<sub>i−1</sub>"
                              << "&lt;i";
    QTest::newRow("Markov 8") << "markov8-mnist"
                              << "x<sub>max(1, i−8)</sub>"
                              << "&lt;i";
    QTest::newRow("FVSBN: the chain rule") << "fvsbn-mnist"
                                           << "x<sub>&lt;i</sub>"
                                           << "max(";
    QTest::newRow("NADE: its own activation") << "nade-mnist"
                                              << "h<sub>i</sub> = ReLU("
                                              << "max(";
}

void TestModelFactors::formulaIsTheModelsOwnFactorization() {
    QFETCH(QString, model);
    QFETCH(QString, contains);
    QFETCH(QString, absent);
    const QString formula = SamplingFormula::formula(*this->model(model));
    QVERIFY2(formula.contains(contains), qPrintable(formula));
    QVERIFY2(!formula.contains(absent), qPrintable(formula));
}

// Class-conditional models: without a label p(x) is Bayes' mixture over the digits; given y the
// factor conditions on y as well — on y alone for naive Bayes, whose pixels are independent given
// the digit.
void TestModelFactors::labelJoinsTheFactor_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("label");
    QTest::addColumn<int>("i");
    QTest::addColumn<QString>("factor");
    QTest::addColumn<QString>("contains");
    QTest::addColumn<QString>("absent");
    QTest::newRow("class NADE, p(x): the mixture")
        << "class-nade-mnist" << -1 << 5 << "p(x<sub>5</sub> = 1 | x<sub>1</sub>, …, x<sub>4</sub>)"
        << "Σ<sub>y</sub> p(y | x<sub>&lt;i</sub>)"
        << "y = ";
    QTest::newRow("class NADE given 7")
        << "class-nade-mnist" << 7 << 5
        << "p(x<sub>5</sub> = 1 | x<sub>1</sub>, …, x<sub>4</sub>, y = 7)"
        << "p(x | y = 7) = Π<sub>i=1</sub><sup>784</sup> p(x<sub>i</sub> | x<sub>&lt;i</sub>, y = "
           "7)"
        << "Σ<sub>y</sub>";
    QTest::newRow("class NADE given 0, first pixel")
        << "class-nade-mnist" << 0 << 1 << "p(x<sub>1</sub> = 1 | y = 0)"
        << "A<sub>i,y</sub>"
        << "Σ<sub>y</sub>";
    QTest::newRow("naive Bayes given 3: y alone")
        << "naive-bayes-mnist" << 3 << 5 << "p(x<sub>5</sub> = 1 | y = 3)"
        << "Π<sub>i=1</sub><sup>784</sup> p(x<sub>i</sub> | y = 3)"
        << "&lt;i";
}

void TestModelFactors::labelJoinsTheFactor() {
    QFETCH(QString, model);
    QFETCH(int, label);
    QFETCH(int, i);
    QFETCH(QString, factor);
    QFETCH(QString, contains);
    QFETCH(QString, absent);
    QCOMPARE(SamplingFormula::factor(*this->model(model), i, label), factor);
    const QString formula = SamplingFormula::formula(*this->model(model), label);
    QVERIFY2(formula.contains(contains), qPrintable(formula));
    QVERIFY2(!formula.contains(absent), qPrintable(formula));
}

void TestModelFactors::countingFormulaStatesTheCountedForm_data() {
    QTest::addColumn<int>("factorization");
    QTest::addColumn<qulonglong>("states");
    QTest::addColumn<qulonglong>("order");
    QTest::addColumn<QString>("contains");
    QTest::addColumn<QString>("absent");
    using counting::Factorization;
    QTest::newRow("Markov 3 starts at x1")
        << int(Factorization::Markov) << 2ull << 3ull << "x<sub>max(1, i−3)</sub>"
        << "i−m";
    QTest::newRow("Markov 2, k = 5")
        << int(Factorization::Markov) << 5ull << 2ull << "x<sub>max(1, i−2)</sub>"
        << "i−m";
    QTest::newRow("FVSBN, k = 2: logistic")
        << int(Factorization::Fvsbn) << 2ull << 1ull << "= 1 | x<sub>&lt;i</sub>) = σ("
        << "softmax";
    QTest::newRow("FVSBN, k = 3: softmax over k states")
        << int(Factorization::Fvsbn) << 3ull << 1ull << "softmax"
        << "= 1 |";
    QTest::newRow("NADE, k = 2: logistic")
        << int(Factorization::Nade) << 2ull << 1ull << "= 1 | x<sub>&lt;i</sub>) = σ("
        << "softmax";
    QTest::newRow("NADE, k = 256: softmax over k states")
        << int(Factorization::Nade) << 256ull << 1ull << "softmax"
        << "= 1 |";
}

void TestModelFactors::countingFormulaStatesTheCountedForm() {
    QFETCH(int, factorization);
    QFETCH(qulonglong, states);
    QFETCH(qulonglong, order);
    QFETCH(QString, contains);
    QFETCH(QString, absent);
    counting::CountQuery query;
    query.states = states;
    query.markovOrder = order;
    const QString formula = FormulaText::formula(counting::Factorization(factorization), query);
    QVERIFY2(formula.contains(contains), qPrintable(formula));
    QVERIFY2(!formula.contains(absent), qPrintable(formula));
}

void TestModelFactors::decisionStatesNatsAndBitsPerPixelApart_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("independent, seed 3") << "independent-mnist" << quint64(3);
    QTest::newRow("Markov 1, seed 3") << "markov1-mnist" << quint64(3);
    QTest::newRow("NADE, seed 7") << "nade-mnist" << quint64(7);
    QTest::newRow("NADE, seed 1") << "nade-mnist" << quint64(1);
}

void TestModelFactors::decisionStatesNatsAndBitsPerPixelApart() {
    QFETCH(QString, model);
    QFETCH(quint64, seed);
    Sampler sampler(this->model(model), seed);
    sampler.finish();
    DecisionView view;
    view.showSampler(sampler);
    const QString text = view.findChild<QLabel*>(QStringLiteral("decisionLogProb"))->text();
    // An independent computation of both numbers from core's log p.
    const double logProb = sampler.logProb();
    const double bits = -logProb / (784 * std::numbers::ln2);
    static const QRegularExpression shape(
        QStringLiteral("log p\\(x\\) = (−?[0-9.]+) nats</b>; &nbsp;−log<sub>2</sub> p\\(x\\) / 784 "
                       "= ([0-9.]+) bits per pixel"));
    const QRegularExpressionMatch m = shape.match(text);
    QVERIFY2(m.hasMatch(), qPrintable(text));
    const double shownNats = QString(m.captured(1)).replace(QChar(0x2212), u'-').toDouble();
    const double shownBits = m.captured(2).toDouble();
    QVERIFY2(std::abs(shownNats - logProb) <= 0.005, qPrintable(text));
    QVERIFY2(std::abs(shownBits - bits) <= 0.0005, qPrintable(text));
    QVERIFY(logProb < 0 && shownBits > 0); // the two differ in sign: no "=" may join them
    QVERIFY2(!text.contains(QStringLiteral("nats</b> =")), qPrintable(text));
}

QTEST_MAIN(TestModelFactors)
#include "tst_model_factors.moc"
