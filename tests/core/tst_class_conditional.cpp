// Bayes' rule in core: the rule itself, the class-conditional NADE and naive Bayes as mixtures of
// p(x | y), and the hybrid loss's hand-written gradient against finite differences.
#include "class_fixture.h"
#include "core/models/class_nade.h"
#include "core/models/naive_bayes.h"
#include "core/sampling/sampler.h"
#include "core/training/class_nade_family.h"
#include "core/training/test_scores.h"
#include "nade_fixture.h"

#include <QTest>
#include <cmath>
#include <random>

using namespace pixelchain;

namespace {

using namespace pixelchain::testing;
constexpr int kHidden = kClassHidden;

double logSumExp(const std::vector<double>& v) {
    const double top = *std::max_element(v.begin(), v.end());
    double s = 0;
    for (const double x : v)
        s += std::exp(x - top);
    return top + std::log(s);
}

std::vector<std::uint8_t> rowOf(const BinaryImage& image, const Ordering& ordering) {
    std::vector<std::uint8_t> row(kPixels);
    for (int j = 0; j < kPixels; ++j)
        row[static_cast<std::size_t>(j)] = image.at(ordering.pixel(j));
    return row;
}

} // namespace

class TestClassConditional : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bayesRuleDividesInLogSpace_data();
    void bayesRuleDividesInLogSpace();
    void bayesRuleRefusesMismatchedLengths();
    void confusionMatrixCountsAccuracy();
    void classNadeIsAMixtureOfItsLabels_data();
    void classNadeIsAMixtureOfItsLabels();
    void batchedPassAgreesWithOneImage();
    void testSetIsClassifiedDigitByDigit();
    void naiveBayesIsIndependentGivenTheLabel();
    void samplingGivenALabelFollowsThatLabel();
    void samplerRefusesALabelForAModelWithout();
    void hybridGradientMatchesFiniteDifferences_data();
    void hybridGradientMatchesFiniteDifferences();
};

void TestClassConditional::bayesRuleDividesInLogSpace_data() {
    QTest::addColumn<double>("shift"); // added to every log p(x|y): exp would underflow for -1e4
    QTest::newRow("moderate") << 0.0;
    QTest::newRow("every density 1e-4343") << -1e4;
}

void TestClassConditional::bayesRuleDividesInLogSpace() {
    QFETCH(double, shift);
    const std::vector<double> given{shift - 3.0, shift - 1.0, shift - 2.0};
    const std::vector<double> prior{std::log(0.5), std::log(0.25), std::log(0.25)};
    const ClassScores s = bayesRule(given, prior);
    // p(y|x) ∝ p(x|y) p(y): e^-3·0.5, e^-1·0.25, e^-2·0.25
    const double a = std::exp(-3.0) * 0.5, b = std::exp(-1.0) * 0.25, c = std::exp(-2.0) * 0.25;
    const double total = a + b + c;
    QVERIFY(std::abs(s.posterior[0] - a / total) < 1e-12);
    QVERIFY(std::abs(s.posterior[1] - b / total) < 1e-12);
    QVERIFY(std::abs(s.posterior[2] - c / total) < 1e-12);
    QVERIFY(std::abs(s.logEvidence - (shift + std::log(total))) < 1e-9);
    QCOMPARE(s.label, 1);
}

void TestClassConditional::bayesRuleRefusesMismatchedLengths() {
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, bayesRule({-1.0, -2.0}, {0.0}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, bayesRule({}, {}));
}

void TestClassConditional::confusionMatrixCountsAccuracy() {
    ConfusionMatrix m;
    m.add(3, 3);
    m.add(3, 5);
    m.add(7, 7);
    m.add(1, 1);
    QCOMPARE(m.total(), std::uint64_t{4});
    QCOMPARE(m.accuracy(), 0.75);
    QCOMPARE(m.counts[3][5], std::uint64_t{1});
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, m.add(10, 0));
}

void TestClassConditional::classNadeIsAMixtureOfItsLabels_data() {
    QTest::addColumn<QString>("ordering");
    QTest::newRow("raster") << "raster";
    QTest::newRow("spiral") << "spiral";
}

void TestClassConditional::classNadeIsAMixtureOfItsLabels() {
    QFETCH(QString, ordering);
    const auto model = randomClassNade(11, Ordering::parse(ordering.toStdString()));
    for (std::uint64_t seed : {1u, 2u}) {
        const BinaryImage image = testing::randomImage(seed);
        const std::vector<double> given = model->logLikelihoodsGiven(image);
        std::vector<double> joint;
        for (int y = 0; y < kDigitClasses; ++y) {
            // log p(x|y) by the batched block and by one walk agree (float sums: 1e-4 nats)
            const Evaluation e = model->evaluateGiven(image, y);
            QVERIFY2(std::abs(e.logProb - given[static_cast<std::size_t>(y)]) < 1e-3,
                     qPrintable(QString::number(e.logProb - given[static_cast<std::size_t>(y)])));
            joint.push_back(given[static_cast<std::size_t>(y)] +
                            model->logPrior()[static_cast<std::size_t>(y)]);
        }
        // p(x) = Σ_y p(x|y) p(y), and the mixture's conditionals multiply to it (chain rule)
        const Evaluation mixture = model->evaluate(image);
        QVERIFY(std::abs(mixture.logProb - logSumExp(joint)) < 1e-3);
        double surprise = 0;
        for (const float s : mixture.surprise)
            surprise += s;
        QVERIFY(std::abs(surprise + mixture.logProb) < 1e-2);
        const ClassScores s = model->classify(image);
        QVERIFY(std::abs(s.logEvidence - mixture.logProb) < 1e-3);
        // the one-walk evaluation from the labels' logits agrees with the mixture stepper
        const Evaluation stepped = evaluateMixture(*model, image, model->ordering());
        QVERIFY(std::abs(stepped.logProb - mixture.logProb) < 1e-3);
        for (std::size_t i = 0; i < kPixels; ++i)
            QVERIFY(std::abs(stepped.conditionals[i] - mixture.conditionals[i]) < 1e-5);
    }
}

void TestClassConditional::batchedPassAgreesWithOneImage() {
    const auto model = randomClassNade(12, Ordering::parse("column"));
    std::vector<std::uint8_t> rows;
    std::vector<BinaryImage> images;
    for (std::uint64_t n = 0; n < 7; ++n) { // 7: two full blocks of 3 and one of 1
        images.push_back(testing::randomImage(40 + n));
        const auto row = rowOf(images.back(), model->ordering());
        rows.insert(rows.end(), row.begin(), row.end());
    }
    const auto batched = model->logLikelihoodsGiven(ImageRows{rows.data(), images.size()}, 2);
    const auto marginal = model->logProbs(ImageRows{rows.data(), images.size()}, 2);
    for (std::size_t n = 0; n < images.size(); ++n) {
        const auto one = model->logLikelihoodsGiven(images[n]);
        for (std::size_t y = 0; y < kDigitClasses; ++y)
            QCOMPARE(batched[n * kDigitClasses + y], one[y]); // same block code: bit-exact
        QVERIFY(std::abs(marginal[n] - model->evaluate(images[n]).logProb) < 1e-3);
    }
}

// classifyTestSet (what tst_shipped_model runs on the 10,000 real digits) on 9 grey digits: each
// lands in the confusion matrix at [its label][the argmax of Bayes' rule on that digit alone].
void TestClassConditional::testSetIsClassifiedDigitByDigit() {
    const auto model = randomClassNade(13, Ordering::parse("raster"));
    mnist::Mnist data;
    data.test = {9, kSide, kSide, std::vector<std::uint8_t>(9 * kPixels)};
    std::mt19937_64 engine(14);
    for (std::uint8_t& grey : data.test.pixels)
        grey = static_cast<std::uint8_t>(engine() % 256);
    for (std::uint8_t n = 0; n < 9; ++n)
        data.testLabels.push_back(static_cast<std::uint8_t>((n * 7) % kDigitClasses));
    const auto measured = training::classifyTestSet(*model, model->ordering(), data, 2);

    const mnist::BinarySet set = training::testSet(data, model->ordering(), 2); // raster rows
    ConfusionMatrix expected;
    for (std::size_t n = 0; n < set.count; ++n) {
        BinaryImage image;
        for (int i = 0; i < kPixels; ++i)
            image.set(i, set.row(n)[i] != 0);
        expected.add(data.testLabels[n], model->classify(image).label);
    }
    QCOMPARE(measured.confusion.counts, expected.counts);
    QCOMPARE(measured.confusion.total(), std::uint64_t{9});
    QCOMPARE(measured.accuracy, expected.accuracy());
}

void TestClassConditional::naiveBayesIsIndependentGivenTheLabel() {
    const auto model = randomNaiveBayes(3);
    const BinaryImage image = testing::randomImage(9);
    const auto given = model->logLikelihoodsGiven(image);
    for (int y = 0; y < kDigitClasses; ++y) {
        double expected = 0;
        for (int i = 0; i < kPixels; ++i) {
            const double p = model->probability(y, i);
            expected += image.at(i) ? std::log(p) : std::log1p(-p);
        }
        QVERIFY(std::abs(given[static_cast<std::size_t>(y)] - expected) < 1e-9);
    }
    QCOMPARE(model->parameterCount(), std::uint64_t{kDigitClasses * kPixels + kDigitClasses - 1});
    // the mixture's first conditional is Σ_y p(y) θ_y,0
    double first = 0;
    for (int y = 0; y < kDigitClasses; ++y)
        first += model->probability(y, 0) / kDigitClasses;
    QVERIFY(std::abs(sigmoid(model->stepper()->nextLogit()) - first) < 1e-7);
    const Evaluation direct = model->evaluate(image);
    const Evaluation stepped = evaluateMixture(*model, image, model->ordering());
    QVERIFY(std::abs(direct.logProb - stepped.logProb) < 1e-6);
    QVERIFY(std::abs(direct.conditionals[0] - first) < 1e-6);
}

void TestClassConditional::samplingGivenALabelFollowsThatLabel() {
    const auto model = randomClassNade(13, Ordering::raster());
    for (int label : {0, 7}) {
        Sampler sampler(model, 21);
        sampler.setLabel(label);
        QCOMPARE(sampler.label(), label);
        const double first = sampler.nextProbability();
        QVERIFY(std::abs(first - sigmoid(model->stepperGiven(label)->nextLogit())) < 1e-12);
        sampler.finish();
        // the sampled digit's log-probability is log p(x | label)
        QVERIFY(std::abs(sampler.logProb() - model->evaluateGiven(sampler.image(), label).logProb) <
                1e-3);
        QCOMPARE(Sampler::draw(model, 21, 1.0, label), sampler.image());
    }
    Sampler sampler(model, 21);
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, sampler.setLabel(10));
}

void TestClassConditional::samplerRefusesALabelForAModelWithout() {
    Sampler sampler(testing::randomNade(4, Activation::Relu, Ordering::raster()), 1);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, sampler.setLabel(3));
    QCOMPARE(sampler.label(), -1);
}

void TestClassConditional::hybridGradientMatchesFiniteDifferences_data() {
    QTest::addColumn<double>("lambda");
    QTest::newRow("generative, λ = 0") << 0.0;
    QTest::newRow("hybrid, λ = 3") << 3.0;
}

void TestClassConditional::hybridGradientMatchesFiniteDifferences() {
    QFETCH(double, lambda);
    constexpr std::size_t kImages = 3;
    std::vector<std::uint8_t> rows, labels{2, 5, 2};
    for (std::size_t n = 0; n < kImages; ++n) {
        const auto row = rowOf(testing::randomImage(70 + n), Ordering::raster());
        rows.insert(rows.end(), row.begin(), row.end());
    }
    const ImageRows data{rows.data(), kImages, labels.data()};
    const std::vector<double> prior = uniformPrior();
    const ClassNadeWeights start = randomClassWeights(17);
    // The loss in double from the model itself: Σ_n −(1 + λ) log p(x|y) + λ log p(x) − λ log p(y).
    const auto loss = [&](const ClassNadeWeights& w) {
        const ClassNade model(w, prior, Ordering::raster(), Activation::Relu);
        const auto given = model.logLikelihoodsGiven(data, 1);
        double total = 0;
        for (std::size_t n = 0; n < kImages; ++n) {
            const ClassScores s =
                bayesRule({given.begin() + n * 10, given.begin() + n * 10 + 10}, prior);
            total += -given[n * 10 + labels[n]] - lambda * std::log(s.posterior[labels[n]]);
        }
        return total;
    };
    training::ClassNadeFamily family(start, prior, Ordering::raster(), Activation::Relu, lambda);
    family.prepareGradients(1);
    for (auto g : family.gradient(0))
        std::fill(g.begin(), g.end(), 0.0f);
    family.accumulateGradient(0, data, 0, kImages);
    const auto grads = family.gradient(0);
    // tensors: 0 W, 1 V, 2 b, 3 c, 4 U, 5 A; probe entries that the images touch
    const std::vector<std::pair<int, std::size_t>> probes{{0, 3},
                                                          {1, 100 * kHidden + 2},
                                                          {2, 400},
                                                          {3, 1},
                                                          {4, 2 * kHidden + 1},
                                                          {4, 5 * kHidden},
                                                          {5, 2 * kPixels + 300},
                                                          {5, 5 * kPixels + 410},
                                                          {5, 7 * kPixels + 300}};
    for (const auto& [tensor, k] : probes) {
        ClassNadeWeights plus = start, minus = start;
        const auto entry = [&](ClassNadeWeights& w) -> float& {
            switch (tensor) {
            case 0:
                return w.nade.W.data()[k];
            case 1:
                return w.nade.Vt.data()[k];
            case 2:
                return w.nade.b.data()[k];
            case 3:
                return w.nade.c.data()[k];
            case 4:
                return w.U.data()[k];
            default:
                return w.A.data()[k];
            }
        };
        const float eps = 1e-3f;
        entry(plus) += eps;
        entry(minus) -= eps;
        const double numeric = (loss(plus) - loss(minus)) / (2.0 * eps);
        const double analytic = grads[static_cast<std::size_t>(tensor)][k];
        // ω below 1e-3 is skipped: with λ = 3 that drops at most 3 · 10 · 1e-3 of a gradient
        const double tolerance = 2e-2 + 2e-2 * std::abs(numeric);
        QVERIFY2(std::abs(numeric - analytic) < tolerance,
                 qPrintable(QStringLiteral("tensor %1 entry %2: numeric %3, analytic %4")
                                .arg(tensor)
                                .arg(k)
                                .arg(numeric)
                                .arg(analytic)));
    }
}

QTEST_GUILESS_MAIN(TestClassConditional)
#include "tst_class_conditional.moc"
