// The hand-written NADE backward pass against central finite differences of the NLL.
#include "core/training/nade_gradient.h"

#include <QTest>
#include <random>

using namespace pixelchain;

namespace {

constexpr int kHidden = 7;
constexpr int kImages = 3;

NadeWeights randomWeights(std::uint64_t seed) {
    NadeWeights w(kHidden, kPixels);
    std::mt19937_64 engine(seed);
    auto draw = [&](double scale) {
        return static_cast<float>(((engine() >> 11) * 0x1.0p-53 * 2 - 1) * scale);
    };
    for (Eigen::Index k = 0; k < w.W.size(); ++k)
        w.W.data()[k] = draw(0.3);
    for (Eigen::Index k = 0; k < w.Vt.size(); ++k)
        w.Vt.data()[k] = draw(0.8);
    for (int j = 0; j < kPixels; ++j)
        w.b(j) = draw(1.0);
    for (int h = 0; h < kHidden; ++h)
        w.c(h) = draw(0.5);
    return w;
}

std::vector<std::uint8_t> randomRows(std::uint64_t seed) {
    std::vector<std::uint8_t> rows(kImages * kPixels);
    std::mt19937_64 engine(seed);
    for (auto& bit : rows)
        bit = engine() % 5 == 0;
    return rows;
}

double nll(const NadeWeights& w, Activation act, const std::vector<std::uint8_t>& rows) {
    NadeWeights scratch(kHidden, kPixels);
    training::GradientWorkspace work;
    return training::accumulateGradient(w, act, {rows.data(), kImages}, 0, kImages, scratch, work);
}

/// The parameter with flat index k of the tensor `tensor` (0 W, 1 V, 2 b, 3 c).
float& parameter(NadeWeights& w, int tensor, Eigen::Index k) {
    switch (tensor) {
    case 0:
        return w.W.data()[k];
    case 1:
        return w.Vt.data()[k];
    case 2:
        return w.b.data()[k];
    default:
        return w.c.data()[k];
    }
}

} // namespace

class NadeGradientTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesFiniteDifferences_data();
    void matchesFiniteDifferences();
    void nllEqualsModelLogProb();
    void imagesWalkedTogetherAgreeWithOneAtATime();
};

void NadeGradientTest::matchesFiniteDifferences_data() {
    QTest::addColumn<int>("activation");
    QTest::addColumn<int>("tensor");
    QTest::newRow("relu W") << int(Activation::Relu) << 0;
    QTest::newRow("relu V") << int(Activation::Relu) << 1;
    QTest::newRow("relu b") << int(Activation::Relu) << 2;
    QTest::newRow("relu c") << int(Activation::Relu) << 3;
    QTest::newRow("sigmoid W") << int(Activation::Sigmoid) << 0;
    QTest::newRow("sigmoid V") << int(Activation::Sigmoid) << 1;
    QTest::newRow("sigmoid b") << int(Activation::Sigmoid) << 2;
    QTest::newRow("sigmoid c") << int(Activation::Sigmoid) << 3;
}

void NadeGradientTest::matchesFiniteDifferences() {
    QFETCH(int, activation);
    QFETCH(int, tensor);
    const auto act = static_cast<Activation>(activation);
    const NadeWeights w = randomWeights(11);
    const auto rows = randomRows(12);
    NadeWeights grad(kHidden, kPixels);
    training::GradientWorkspace work;
    training::accumulateGradient(w, act, {rows.data(), kImages}, 0, kImages, grad, work);

    // Central differences in float. Sigmoid units are smooth: step 1e-2, tolerance 2e-3 absolute
    // + 2% relative. ReLU units have kinks that a wide step would straddle: step 1e-3, where the
    // float rounding of an NLL of ~1500 nats (~1e-5) allows 1e-2 absolute + 2% relative.
    const bool relu = act == Activation::Relu;
    const float kStep = relu ? 1e-3f : 1e-2f;
    const double kAbsolute = relu ? 1e-2 : 2e-3;
    std::mt19937_64 engine(13);
    const Eigen::Index size = tensor == 0   ? w.W.size()
                              : tensor == 1 ? w.Vt.size()
                              : tensor == 2 ? w.b.size()
                                            : w.c.size();
    double worst = 0;
    for (int trial = 0; trial < 40; ++trial) {
        const auto k = static_cast<Eigen::Index>(engine() % static_cast<std::uint64_t>(size));
        NadeWeights plus = w, minus = w;
        parameter(plus, tensor, k) += kStep;
        parameter(minus, tensor, k) -= kStep;
        const double numeric = (nll(plus, act, rows) - nll(minus, act, rows)) / (2.0 * kStep);
        const double analytic = parameter(grad, tensor, k);
        const double difference = std::abs(numeric - analytic);
        worst = std::max(worst, difference);
        QVERIFY2(difference <= kAbsolute + 0.02 * std::abs(numeric),
                 qPrintable(QStringLiteral("parameter %1: numeric %2, backward pass %3")
                                .arg(k)
                                .arg(numeric)
                                .arg(analytic)));
    }
    qInfo("worst |finite difference − backward| = %.2e", worst);
}

void NadeGradientTest::nllEqualsModelLogProb() {
    // The training pass and the model's evaluate() compute the same NLL (tolerance 1e-3 nats).
    for (const Activation act : {Activation::Relu, Activation::Sigmoid}) {
        const NadeWeights w = randomWeights(21);
        const auto rows = randomRows(22);
        const Nade nade(w, Ordering::raster(), act);
        double expected = 0;
        for (int n = 0; n < kImages; ++n) {
            BinaryImage image;
            for (int i = 0; i < kPixels; ++i)
                image.set(i, rows[n * kPixels + i] != 0);
            expected -= nade.evaluate(image).logProb;
        }
        QVERIFY(std::abs(nll(w, act, rows) - expected) < 1e-3);
    }
}

void NadeGradientTest::imagesWalkedTogetherAgreeWithOneAtATime() {
    // The backward walk steps up to four images with the same pixel value at once (nade_kernels.h)
    // and sums their contributions before adding them: 9 images at once (groups of 4, 4 and 1, or
    // other splits, pixel by pixel) give the sum of the 9 single-image gradients, to float
    // rounding (tolerance 1e-4 relative to the largest entry).
    constexpr int kHiddenUnits = 37, kCount = 9;
    std::vector<std::uint8_t> rows(kCount * kPixels);
    std::mt19937_64 engine(31);
    for (auto& bit : rows)
        bit = engine() % 4 == 0;
    NadeWeights w(kHiddenUnits, kPixels);
    w.W.setRandom();
    w.W *= 0.3f;
    w.Vt.setRandom();
    w.b.setRandom();
    w.c.setRandom();
    for (const Activation act : {Activation::Relu, Activation::Sigmoid}) {
        training::GradientWorkspace work;
        NadeWeights together(kHiddenUnits, kPixels), alone(kHiddenUnits, kPixels);
        const double nllTogether =
            training::accumulateGradient(w, act, {rows.data(), kCount}, 0, kCount, together, work);
        double nllAlone = 0;
        for (int n = 0; n < kCount; ++n)
            nllAlone += training::accumulateGradient(w, act, {rows.data(), kCount}, std::size_t(n),
                                                     1, alone, work);
        QVERIFY(std::abs(nllTogether - nllAlone) < 1e-6 * std::abs(nllAlone));
        double worst = 0, largest = 0;
        for (int tensor = 0; tensor < 4; ++tensor) {
            const Eigen::Index size = tensor < 2    ? w.W.size()
                                      : tensor == 2 ? w.b.size()
                                                    : w.c.size();
            for (Eigen::Index k = 0; k < size; ++k) {
                const double a = parameter(together, tensor, k), b = parameter(alone, tensor, k);
                worst = std::max(worst, std::abs(a - b));
                largest = std::max(largest, std::abs(b));
            }
        }
        qInfo("%s: worst |together − one at a time| = %.2e (largest entry %.2e)",
              activationName(act), worst, largest);
        QVERIFY(worst <= 1e-4 * largest);
    }
}

QTEST_GUILESS_MAIN(NadeGradientTest)
#include "tst_nade_gradient.moc"
