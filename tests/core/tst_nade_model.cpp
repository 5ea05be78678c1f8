// Nade::evaluate against a direct, slow reading of the definition; the batched path and the
// stepper against evaluate.
#include "core/mnist/binarize.h"
#include "core/models/nade_batch.h"
#include "nade_fixture.h"

#include <QTest>

using namespace pixelchain;

namespace {

/// p(x_σ(j) = 1 | x_σ(<j)) straight from the definition: a_j summed afresh for every j, in double.
std::vector<double> referenceConditionals(const Nade& nade, const BinaryImage& image) {
    const NadeWeights& w = nade.weights();
    std::vector<double> p(kPixels);
    for (int j = 0; j < kPixels; ++j) {
        double logit = w.b(j);
        for (int h = 0; h < w.hidden(); ++h) {
            double a = w.c(h);
            for (int i = 0; i < j; ++i)
                a += w.W(h, i) * (image.at(nade.ordering().pixel(i)) ? 1.0 : 0.0);
            const double act =
                nade.activation() == Activation::Relu ? std::max(a, 0.0) : 1 / (1 + std::exp(-a));
            logit += w.Vt(h, j) * act;
        }
        p[static_cast<std::size_t>(nade.ordering().pixel(j))] = 1 / (1 + std::exp(-logit));
    }
    return p;
}

} // namespace

class NadeModelTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void evaluateMatchesDefinition_data();
    void evaluateMatchesDefinition();
    void batchAndStepperMatchEvaluate_data();
    void batchAndStepperMatchEvaluate();
    void parameterCountIsTwoHDPlusHPlusD();
};

void NadeModelTest::evaluateMatchesDefinition_data() {
    QTest::addColumn<int>("activation");
    QTest::addColumn<QString>("ordering");
    QTest::addColumn<int>("percentOn");
    QTest::newRow("relu raster") << int(Activation::Relu) << "raster" << 20;
    QTest::newRow("sigmoid raster") << int(Activation::Sigmoid) << "raster" << 20;
    QTest::newRow("relu spiral") << int(Activation::Relu) << "spiral" << 40;
    QTest::newRow("sigmoid random") << int(Activation::Sigmoid) << "random:9" << 10;
    QTest::newRow("relu blank image") << int(Activation::Relu) << "column" << 0;
    QTest::newRow("sigmoid full image") << int(Activation::Sigmoid) << "raster" << 100;
}

void NadeModelTest::evaluateMatchesDefinition() {
    QFETCH(int, activation);
    QFETCH(QString, ordering);
    QFETCH(int, percentOn);
    const auto nade = testing::randomNade(6, static_cast<Activation>(activation),
                                          Ordering::parse(ordering.toStdString()));
    const BinaryImage image = testing::randomImage(3, percentOn);
    const Evaluation e = nade->evaluate(image);
    const auto reference = referenceConditionals(*nade, image);
    // Float running sums against double from scratch: 1e-5 per conditional, 1e-3 nats in total.
    double worst = 0, logP = 0, surprise = 0;
    for (int i = 0; i < kPixels; ++i) {
        const double p = reference[static_cast<std::size_t>(i)];
        worst = std::max(worst, std::abs(p - e.conditionals[static_cast<std::size_t>(i)]));
        logP += std::log(image.at(i) ? p : 1 - p);
        surprise += e.surprise[static_cast<std::size_t>(i)];
    }
    qInfo("worst conditional difference %.2e", worst);
    QVERIFY(worst < 1e-5);
    QVERIFY(std::abs(e.logProb - logP) < 1e-3);
    QVERIFY(std::abs(surprise + e.logProb) < 1e-3);
    QCOMPARE(nade->logProb(image), e.logProb);
}

void NadeModelTest::batchAndStepperMatchEvaluate_data() {
    QTest::addColumn<int>("threads");
    QTest::newRow("one thread") << 1;
    QTest::newRow("two threads") << 2;
    QTest::newRow("more threads than cores") << 5;
}

void NadeModelTest::batchAndStepperMatchEvaluate() {
    QFETCH(int, threads);
    const auto nade = testing::randomNade(16, Activation::Relu, Ordering::spiral());
    constexpr int kImages = 70; // more than two blocks of 32, last one partial
    std::vector<std::uint8_t> rows(kImages * kPixels);
    std::vector<BinaryImage> images;
    for (int n = 0; n < kImages; ++n) {
        images.push_back(testing::randomImage(100 + n));
        mnist::toRow(images.back(), nade->ordering(), rows.data() + n * kPixels);
    }
    const auto ll = logLikelihoods(*nade, {rows.data(), kImages}, threads);
    for (int n = 0; n < kImages; ++n) {
        const double expected = nade->evaluate(images[n]).logProb;
        QVERIFY2(std::abs(ll[n] - expected) < 1e-6, qPrintable(QString::number(n)));
        auto stepper = nade->stepper();
        double stepped = 0;
        for (int j = 0; j < kPixels; ++j) {
            const bool on = images[n].at(nade->ordering().pixel(j));
            stepped += logSigmoid(on ? stepper->nextLogit() : -stepper->nextLogit());
            stepper->push(on);
        }
        QVERIFY(std::abs(stepped - expected) < 1e-6);
    }
}

void NadeModelTest::parameterCountIsTwoHDPlusHPlusD() {
    const auto nade = testing::randomNade(500, Activation::Relu, Ordering::raster());
    QCOMPARE(nade->parameterCount(), std::uint64_t{2 * 500 * 784 + 500 + 784});
}

QTEST_GUILESS_MAIN(NadeModelTest)
#include "tst_nade_model.moc"
