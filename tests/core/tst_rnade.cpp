// RNADE (rnade.h) and its gradient (rnade_gradient.h), tested as NADE is: the one-image definition
// against the batched pass, the stepper and evaluate(); the hand-written gradient against finite
// differences; the density integrating to 1; the mixture's own algebra.
#include "core/models/rnade.h"
#include "core/training/rnade_family.h"
#include "core/training/rnade_gradient.h"
#include "core/training/trainer.h"
#include "rnade_fixture.h"

#include <QTest>
#include <cmath>

using namespace pixelchain;
using namespace pixelchain::testing;

class TestRnade : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void mixtureGradientMatchesFiniteDifferences_data();
    void mixtureGradientMatchesFiniteDifferences();
    void everyPassAgreesWithTheDefinition_data();
    void everyPassAgreesWithTheDefinition();
    void gradientPassScoresAsTheModelDoes();
    void gradientMatchesFiniteDifferences_data();
    void gradientMatchesFiniteDifferences();
    void tinyRnadeIntegratesToOne();
    void tensorsRoundTrip();
    void meansStepMoreFinely_data();
    void meansStepMoreFinely();
};

void TestRnade::mixtureGradientMatchesFiniteDifferences_data() {
    QTest::addColumn<double>("y");
    QTest::newRow("between components") << 0.37;
    QTest::newRow("on a narrow component") << 0.002;
    QTest::newRow("far outside") << 1.8;
}

// ∂(−log p)/∂(α, m, ζ) of mixtureLogDensity against central differences in double precision
// of the float inputs (step 1e-3; tolerance 1e-3 relative + 1e-4 absolute).
void TestRnade::mixtureGradientMatchesFiniteDifferences() {
    QFETCH(double, y);
    std::vector<float> out = {0.3f, -0.5f, 1.1f, 0.002f, 0.4f, 0.9f, -6.0f, -2.0f, -1.0f};
    std::vector<float> gradient(9);
    mixtureLogDensity(out.data(), out.data() + 3, out.data() + 6, 3, y, gradient.data());
    for (std::size_t i = 0; i < out.size(); ++i) {
        const float keep = out[i];
        const float step = 1e-3f;
        out[i] = keep + step;
        const double up = -mixtureLogDensity(out.data(), out.data() + 3, out.data() + 6, 3, y);
        out[i] = keep - step;
        const double down = -mixtureLogDensity(out.data(), out.data() + 3, out.data() + 6, 3, y);
        out[i] = keep;
        const double numeric = (up - down) / (2 * double(step));
        QVERIFY2(std::abs(numeric - gradient[i]) <= 1e-3 * std::abs(numeric) + 1e-4,
                 qPrintable(QStringLiteral("output %1: analytic %2, numeric %3")
                                .arg(i)
                                .arg(gradient[i])
                                .arg(numeric)));
    }
}

void TestRnade::everyPassAgreesWithTheDefinition_data() {
    QTest::addColumn<QString>("ordering");
    QTest::addColumn<int>("activation");
    QTest::newRow("raster, relu") << "raster" << int(Activation::Relu);
    QTest::newRow("spiral, sigmoid") << "spiral" << int(Activation::Sigmoid);
}

// log p(y) of rnadeLogDensity, evaluate() (bin centres), the stepper, the batched logDensities
// (a block of 32 and a partial one) and the per-pixel terms all agree within 1e-3 nats.
void TestRnade::everyPassAgreesWithTheDefinition() {
    QFETCH(QString, ordering);
    QFETCH(int, activation);
    const Rnade model(randomRnadeWeights(5, 3, kPixels, 21),
                      Ordering::parse(ordering.toStdString()), Activation(activation));
    GreyImage image;
    const auto grey = randomGreyRow(22);
    for (int i = 0; i < kPixels; ++i)
        image.set(i, quantize(grey[std::size_t(i)]));
    std::vector<float> row(kPixels);
    for (int j = 0; j < kPixels; ++j)
        row[std::size_t(j)] = float(image.dequantized(model.ordering().pixel(j)));
    const double definition = rnadeLogDensity(model.weights(), model.activation(), row.data());

    const ContinuousEvaluation e = model.evaluate(image);
    QVERIFY(std::abs(e.logDensity - definition) < 1e-3);
    double sum = 0;
    for (const float term : e.logDensities)
        sum += term;
    QVERIFY(std::abs(sum - definition) < 1e-3);

    auto stepper = model.stepper();
    double walked = 0;
    for (int j = 0; j < kPixels; ++j) {
        const GaussianMixture m = stepper->next();
        walked += m.logDensity(row[std::size_t(j)]);
        QVERIFY(std::abs(m.mean() - e.expectedValue[std::size_t(model.ordering().pixel(j))]) <
                1e-5);
        stepper->push(row[std::size_t(j)]);
    }
    QVERIFY(std::abs(walked - definition) < 1e-3);

    std::vector<float> rows;
    std::vector<double> expected;
    for (std::uint64_t n = 0; n < 40; ++n) { // 40 = a block of 32 and 8 more
        const auto r = randomGreyRow(100 + n);
        rows.insert(rows.end(), r.begin(), r.end());
        expected.push_back(rnadeLogDensity(model.weights(), model.activation(), r.data()));
    }
    const auto batched = model.logDensities({rows.data(), 40}, 2);
    for (std::size_t n = 0; n < 40; ++n)
        QVERIFY2(
            std::abs(batched[n] - expected[n]) < 1e-3,
            qPrintable(
                QStringLiteral("row %1: %2 against %3").arg(n).arg(batched[n]).arg(expected[n])));
}

// The NLL the backward pass returns is the one the model gives the same rows.
void TestRnade::gradientPassScoresAsTheModelDoes() {
    const RnadeWeights w = randomRnadeWeights(6, 4, kPixels, 31);
    std::vector<float> rows;
    double expected = 0;
    for (std::uint64_t n = 0; n < 7; ++n) {
        const auto r = randomGreyRow(200 + n);
        rows.insert(rows.end(), r.begin(), r.end());
        if (n >= 2)
            expected -= rnadeLogDensity(w, Activation::Relu, r.data());
    }
    RnadeWeights grad(6, 4, kPixels);
    training::RnadeWorkspace work;
    const double nll =
        training::accumulateRnadeGradient(w, Activation::Relu, {rows.data(), 7}, 2, 5, grad, work);
    QVERIFY2(std::abs(nll - expected) < 1e-2 * std::max(1.0, std::abs(expected)) * 1e-3,
             qPrintable(QStringLiteral("%1 against %2").arg(nll).arg(expected)));
}

void TestRnade::gradientMatchesFiniteDifferences_data() {
    QTest::addColumn<int>("activation");
    QTest::newRow("relu") << int(Activation::Relu);
    QTest::newRow("sigmoid") << int(Activation::Sigmoid);
}

// Σ_n −log p(y_n) over 3 images: the analytic gradient of 40 entries spread over W, V, b and c
// against central differences computed in double precision from rnadeLogDensity (step 1e-2 on
// the float weight; tolerance 2 % relative + 0.02 absolute, float rounding over 784 pixels).
void TestRnade::gradientMatchesFiniteDifferences() {
    QFETCH(int, activation);
    const auto act = Activation(activation);
    RnadeWeights w = randomRnadeWeights(4, 2, kPixels, 41);
    std::vector<float> rows;
    for (std::uint64_t n = 0; n < 3; ++n) {
        const auto r = randomGreyRow(300 + n);
        rows.insert(rows.end(), r.begin(), r.end());
    }
    const auto loss = [&] {
        double total = 0;
        for (std::size_t n = 0; n < 3; ++n)
            total -= rnadeLogDensity(w, act, rows.data() + n * kPixels);
        return total;
    };
    RnadeWeights grad(4, 2, kPixels);
    training::RnadeWorkspace work;
    training::accumulateRnadeGradient(w, act, {rows.data(), 3}, 0, 3, grad, work);
    std::mt19937_64 engine(42);
    struct Tensor {
        float* weights;
        const float* gradient;
        Eigen::Index size;
    };
    const Tensor tensors[] = {{w.W.data(), grad.W.data(), w.W.size()},
                              {w.V.data(), grad.V.data(), w.V.size()},
                              {w.b.data(), grad.b.data(), w.b.size()},
                              {w.c.data(), grad.c.data(), w.c.size()}};
    for (const Tensor& t : tensors)
        for (int probe = 0; probe < 10; ++probe) {
            const auto i = Eigen::Index(engine() % std::uint64_t(t.size));
            const float keep = t.weights[i];
            t.weights[i] = keep + 1e-2f;
            const double up = loss();
            t.weights[i] = keep - 1e-2f;
            const double down = loss();
            t.weights[i] = keep;
            const double numeric = (up - down) / 2e-2;
            QVERIFY2(std::abs(numeric - t.gradient[i]) <= 0.02 * std::abs(numeric) + 0.02,
                     qPrintable(QStringLiteral("entry %1: analytic %2, numeric %3")
                                    .arg(i)
                                    .arg(t.gradient[i])
                                    .arg(numeric)));
        }
}

// A two-pixel RNADE (H = 3, K = 2) is a density on the plane: the midpoint rule over
// [−2, 3]² with 1000² cells gives 1 within 1e-3, and the conditionals of the second pixel
// each integrate to 1 as well.
void TestRnade::tinyRnadeIntegratesToOne() {
    const RnadeWeights w = randomRnadeWeights(3, 2, 2, 51);
    constexpr int kCells = 1000;
    constexpr double kLow = -2, kHigh = 3, kCell = (kHigh - kLow) / kCells;
    double total = 0;
    for (int a = 0; a < kCells; ++a)
        for (int b = 0; b < kCells; ++b) {
            const float y[2] = {float(kLow + (a + 0.5) * kCell), float(kLow + (b + 0.5) * kCell)};
            total += std::exp(rnadeLogDensity(w, Activation::Relu, y)) * kCell * kCell;
        }
    QVERIFY2(std::abs(total - 1) < 1e-3, qPrintable(QString::number(total, 'g', 10)));
}

// tensors() and rnadeWeightsOf() invert each other: the file layout [D, K, H] holds every weight.
void TestRnade::tensorsRoundTrip() {
    const Rnade model(randomRnadeWeights(3, 2, kPixels, 61), Ordering::column(),
                      Activation::Sigmoid);
    const ModelTensors tensors = model.tensors();
    const RnadeWeights back = rnadeWeightsOf(tensors, 3, 2);
    QCOMPARE(back.W, model.weights().W);
    QCOMPARE(back.V, model.weights().V);
    QCOMPARE(back.b, model.weights().b);
    QCOMPARE(back.c, model.weights().c);
    QCOMPARE(model.parameterCount(), std::uint64_t((3 * 2 + 1) * 3 * 784 + 3 + 3 * 2 * 784));
}

void TestRnade::meansStepMoreFinely_data() {
    QTest::addColumn<float>("scale");
    QTest::newRow("a tenth") << 0.1f;
    QTest::newRow("a thousandth") << 1e-3f;
}

// One Adam step of the Trainer from the same weights and rows, with mean step scale 1 and `scale`:
// every mean (rows K..2K−1 of V and b) moves `scale` times as far, every other entry as far.
// Tolerance: 1e-3 relative, and 2e-7 absolute for the rounding of θ (|θ| < 1) in float.
void TestRnade::meansStepMoreFinely() {
    QFETCH(float, scale);
    const int H = 5, K = 3;
    const RnadeWeights start = randomRnadeWeights(H, K, kPixels, 41);
    std::vector<float> rows;
    for (std::uint64_t n = 0; n < 4; ++n) {
        const auto r = randomGreyRow(300 + n);
        rows.insert(rows.end(), r.begin(), r.end());
    }
    const auto step = [&](float meanScale) {
        training::RnadeFamily family(start, Ordering::raster(), Activation::Relu, meanScale);
        std::vector<std::size_t> sizes;
        for (const std::span<float> t : family.parameters())
            sizes.push_back(t.size());
        training::Adam adam(sizes, {}, family.stepScales());
        family.prepareGradients(2);
        training::trainMinibatch(family, adam, GreyRows{rows.data(), 4}, 1e-2, 2);
        return family.weights();
    };
    const RnadeWeights plain = step(1.0f), fine = step(scale);
    int meansChecked = 0;
    for (Eigen::Index col = 0; col < start.V.cols(); ++col)
        for (int row = 0; row < 3 * K; ++row) {
            const double dPlain = plain.V(row, col) - start.V(row, col);
            const double dFine = fine.V(row, col) - start.V(row, col);
            const bool mean = row >= K && row < 2 * K;
            const double want = mean ? dPlain * scale : dPlain;
            QVERIFY2(std::abs(dFine - want) <= 1e-3 * std::abs(dPlain) + 2e-7,
                     qPrintable(QStringLiteral("V(%1, %2) moved %3, expected %4")
                                    .arg(row)
                                    .arg(col)
                                    .arg(dFine)
                                    .arg(want)));
            meansChecked += mean && dPlain != 0;
        }
    for (int j = 0; j < kPixels; ++j)
        for (int row = K; row < 2 * K; ++row) {
            const double dPlain = plain.b(row, j) - start.b(row, j);
            QVERIFY(std::abs((fine.b(row, j) - start.b(row, j)) - dPlain * scale) <=
                    1e-3 * std::abs(dPlain) + 2e-7);
        }
    QVERIFY(meansChecked > 1000); // the step moved the means at all
    QVERIFY(fine.W == plain.W);   // the hidden layer steps as before
}

QTEST_GUILESS_MAIN(TestRnade)
#include "tst_rnade.moc"
