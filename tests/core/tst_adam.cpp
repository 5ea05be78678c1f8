// The one Adam and its ε convention (adam.h): ε is added to the bias-corrected √v̂.
//  - A constant gradient g has m̂ = g and v̂ = g² exactly, so every step is lr · g / (|g| + ε) and
//    after t steps θ_t = θ_0 − t · lr · g / (|g| + ε): a closed form that tells the conventions
//    apart (ε added to the uncorrected √v makes the first step of g = ε = 1e-3 about lr · 0.03,
//    not lr / 2).
//  - On the quadratic f(θ) = ½ a (θ − c)², each step is compared with the update of adam.h
//    written out in double precision.
// Tolerance: 5e-6 absolute on θ of order 1: single-precision parameters and moments against a
// double reference, at most 50 steps of one rounding of θ each (≤ 6e-8). Swapping the ε convention
// moves θ by more than 1e-3 in every row that says "ε matters".
#include "core/training/adam.h"

#include <QTest>
#include <cmath>
#include <vector>

using namespace pixelchain;

namespace {

constexpr double kTolerance = 5e-6;

/// θ after `steps` Adam steps on one parameter, the gradient given by `gradientAt(θ)`.
template <typename Gradient>
double adamOnOne(double theta0, double lr, double epsilon, int steps, Gradient gradientAt) {
    training::Adam adam({1}, {0.9, 0.999, epsilon});
    std::vector<float> theta{static_cast<float>(theta0)}, grad(1);
    for (int t = 0; t < steps; ++t) {
        grad[0] = static_cast<float>(gradientAt(theta[0]));
        adam.beginStep();
        adam.update(0, theta, grad, lr, 0, 1);
    }
    return theta[0];
}

} // namespace

class AdamTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void constantGradientStepsByTheClosedForm_data();
    void constantGradientStepsByTheClosedForm();
    void quadraticFollowsTheDocumentedUpdate_data();
    void quadraticFollowsTheDocumentedUpdate();
    void tensorsAndRangesAreIndependent();
    void stepScalesRepeatOverTheEntries_data();
    void stepScalesRepeatOverTheEntries();
};

void AdamTest::constantGradientStepsByTheClosedForm_data() {
    QTest::addColumn<double>("g");
    QTest::addColumn<double>("epsilon");
    QTest::addColumn<int>("steps");
    QTest::addColumn<double>("lr");
    QTest::newRow("g = ε: the first step is lr/2") << 1e-3 << 1e-3 << 1 << 0.1;
    QTest::newRow("g = ε: ten steps of lr/2 each") << 1e-3 << 1e-3 << 10 << 0.1;
    QTest::newRow("g = 3ε, negative: steps of 3/4 lr upwards") << -3e-3 << 1e-3 << 7 << 0.05;
    QTest::newRow("ε = 0: steps of exactly lr") << 2.0 << 0.0 << 5 << 0.01;
    QTest::newRow("default ε, g = 1: steps of lr") << 1.0 << 1e-8 << 20 << 1e-3;
    QTest::newRow("tiny gradient g = ε/4: steps of lr/5") << 2.5e-4 << 1e-3 << 20 << 0.1;
}

void AdamTest::constantGradientStepsByTheClosedForm() {
    QFETCH(double, g);
    QFETCH(double, epsilon);
    QFETCH(int, steps);
    QFETCH(double, lr);
    const double theta0 = 1.0;
    const double got = adamOnOne(theta0, lr, epsilon, steps, [&](double) { return g; });
    const double want = theta0 - steps * lr * g / (std::abs(g) + epsilon);
    QVERIFY2(std::abs(got - want) < kTolerance,
             qPrintable(QStringLiteral("θ = %1, expected %2 (difference %3)")
                            .arg(got, 0, 'g', 10)
                            .arg(want, 0, 'g', 10)
                            .arg(got - want, 0, 'g', 3)));
}

void AdamTest::quadraticFollowsTheDocumentedUpdate_data() {
    QTest::addColumn<double>("a"); // curvature
    QTest::addColumn<double>("epsilon");
    QTest::addColumn<int>("steps");
    QTest::newRow("one step, ε matters") << 0.01 << 1e-3 << 1;
    QTest::newRow("two steps, ε matters") << 0.01 << 1e-3 << 2;
    QTest::newRow("fifty steps, default ε") << 1.0 << 1e-8 << 50;
    QTest::newRow("fifty steps, small curvature, ε matters") << 0.003 << 1e-3 << 50;
}

void AdamTest::quadraticFollowsTheDocumentedUpdate() {
    QFETCH(double, a);
    QFETCH(double, epsilon);
    QFETCH(int, steps);
    const double c = 0.25, lr = 0.02, theta0 = 1.0;
    const auto gradientAt = [&](double theta) { return a * (theta - c); };
    // adam.h, literally, in double precision.
    double theta = theta0, m = 0, v = 0;
    for (int t = 1; t <= steps; ++t) {
        const double g = gradientAt(theta);
        m = 0.9 * m + 0.1 * g;
        v = 0.999 * v + 0.001 * g * g;
        const double mHat = m / (1 - std::pow(0.9, t)), vHat = v / (1 - std::pow(0.999, t));
        theta -= lr * mHat / (std::sqrt(vHat) + epsilon);
    }
    const double got = adamOnOne(theta0, lr, epsilon, steps, gradientAt);
    qInfo("θ after %d steps: %.9f, reference %.9f", steps, got, theta);
    QVERIFY(std::abs(got - theta) < kTolerance);
    QVERIFY(got < theta0); // it moved towards c
}

// Two tensors, the second stepped in two ranges (as threads do): each entry gets exactly the
// update it would get alone, and the untouched range keeps its moments at zero.
void AdamTest::tensorsAndRangesAreIndependent() {
    training::Adam adam({2, 4}, {0.9, 0.999, 1e-3});
    std::vector<float> p0{1, 1}, g0{1e-3f, 1e-3f}, p1{1, 1, 1, 1}, g1{1e-3f, 1e-3f, 1e-3f, 0};
    adam.beginStep();
    adam.update(0, p0, g0, 0.1, 0, 2);
    adam.update(1, p1, g1, 0.1, 0, 2);
    adam.update(1, p1, g1, 0.1, 2, 2);
    for (const float x : {p0[0], p0[1], p1[0], p1[1], p1[2]})
        QVERIFY(std::abs(x - 0.95) < kTolerance); // lr/2 each, like the closed form
    QCOMPARE(p1[3], 1.0f);                        // zero gradient: does not move
}

void AdamTest::stepScalesRepeatOverTheEntries_data() {
    QTest::addColumn<int>("first"); // where the range that is updated starts
    QTest::addColumn<int>("count");
    QTest::newRow("the whole tensor") << 0 << 7;
    QTest::newRow("a range starting inside the pattern") << 2 << 4;
    QTest::newRow("one entry at the end") << 6 << 1;
}

// A pattern (1, 0.1, 0.01) over a tensor of 7 entries: entry e steps by lr · r_(e mod 3) ·
// g/(|g|+ε) for a constant gradient, wherever the updated range starts (threads split tensors
// anywhere).
void AdamTest::stepScalesRepeatOverTheEntries() {
    QFETCH(int, first);
    QFETCH(int, count);
    const std::vector<float> pattern{1.0f, 0.1f, 0.01f};
    training::Adam adam({2, 7}, {0.9, 0.999, 0.0}, {{}, pattern});
    std::vector<float> plain{1, 1}, scaled(7, 1.0f);
    const std::vector<float> gPlain(2, 0.5f), gScaled(7, 0.5f);
    const double lr = 0.1;
    const int steps = 3;
    for (int t = 0; t < steps; ++t) {
        adam.beginStep();
        adam.update(0, plain, gPlain, lr, 0, 2);
        adam.update(1, scaled, gScaled, lr, std::size_t(first), std::size_t(count));
    }
    for (const float x : plain)
        QVERIFY(std::abs(x - (1 - steps * lr)) < kTolerance); // no pattern: plain steps
    for (int e = 0; e < 7; ++e) {
        const bool updated = e >= first && e < first + count;
        const double want = updated ? 1 - steps * lr * pattern[std::size_t(e % 3)] : 1.0;
        QVERIFY2(std::abs(scaled[std::size_t(e)] - want) < kTolerance,
                 qPrintable(QStringLiteral("entry %1: %2, expected %3")
                                .arg(e)
                                .arg(scaled[std::size_t(e)])
                                .arg(want)));
    }
}

QTEST_GUILESS_MAIN(AdamTest)
#include "tst_adam.moc"
