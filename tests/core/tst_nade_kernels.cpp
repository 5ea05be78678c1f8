// Every NADE kernel level this CPU runs (x86-64-v2, v3, v4, or the native build's one) against a
// plain double-precision reading of what the kernel computes, on vector lengths that leave every
// kind of remainder after the widest vector (1 … 16 floats), the fused training step for every
// column count and both values of x_j, and the level the dispatcher picks.
#include "core/kernels/nade_kernels.h"

#include <QTest>
#include <cmath>
#include <random>
#include <vector>

using namespace pixelchain;

namespace {

struct Vectors {
    std::vector<float> v, a, w, g, gradV;
};

Vectors randomVectors(int n, unsigned seed) {
    std::mt19937 engine(seed);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    Vectors x;
    for (auto* t : {&x.v, &x.a, &x.w, &x.g, &x.gradV}) {
        t->resize(static_cast<std::size_t>(n));
        for (float& e : *t)
            e = normal(engine);
    }
    return x;
}

double logistic(double x) {
    return 1 / (1 + std::exp(-x));
}

/// |got − want| ≤ tolerance · (1 + Σ|terms|): float sums in any order stay within this.
void expectClose(double got, double want, double scale, const char* what) {
    const double tolerance = 1e-5 * (1 + scale);
    if (std::abs(got - want) > tolerance)
        QFAIL(qPrintable(QStringLiteral("%1: %2, want %3 (tolerance %4)")
                             .arg(what)
                             .arg(got, 0, 'g', 9)
                             .arg(want, 0, 'g', 9)
                             .arg(tolerance)));
}

} // namespace

class NadeKernelsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyLevelMatchesTheDefinition_data();
    void everyLevelMatchesTheDefinition();
    void fusedStepMatchesTheDefinition_data();
    void fusedStepMatchesTheDefinition();
    void dispatcherPicksTheHighestRunnableLevel();
};

void NadeKernelsTest::everyLevelMatchesTheDefinition_data() {
    QTest::addColumn<int>("level");
    QTest::addColumn<int>("n");
    const auto levels = kernels::runnableKernels();
    for (int k = 0; k < static_cast<int>(levels.size()); ++k)
        for (int n : {1, 3, 8, 15, 16, 17, 33, 500, 1000})
            QTest::addRow("%s, n = %d", levels[static_cast<std::size_t>(k)]->level, n) << k << n;
}

void NadeKernelsTest::everyLevelMatchesTheDefinition() {
    QFETCH(int, level);
    QFETCH(int, n);
    const kernels::NadeKernels& k = *kernels::runnableKernels()[static_cast<std::size_t>(level)];
    const Vectors x = randomVectors(n, static_cast<unsigned>(n * 7 + level));
    const auto size = static_cast<std::size_t>(n);

    double relu = 0, sigmoid = 0, scale = 0;
    for (std::size_t h = 0; h < size; ++h) {
        relu += x.v[h] * std::max<double>(x.a[h], 0);
        sigmoid += x.v[h] * logistic(x.a[h]);
        scale += std::abs(x.v[h] * x.a[h]) + std::abs(x.v[h]);
    }
    expectClose(k.reluDot(x.v.data(), x.a.data(), n), relu, scale, "reluDot");
    expectClose(k.sigmoidDot(x.v.data(), x.a.data(), n), sigmoid, scale, "sigmoidDot");

    std::vector<float> sum = x.a, difference = x.a;
    k.add(sum.data(), x.w.data(), n);
    k.subtract(difference.data(), x.w.data(), n);
    for (std::size_t h = 0; h < size; ++h) {
        QCOMPARE(sum[h], x.a[h] + x.w[h]);
        QCOMPARE(difference[h], x.a[h] - x.w[h]);
    }

    const float delta = 0.37f;
    for (const bool isRelu : {true, false}) {
        std::vector<float> g = x.g, gradV = x.gradV;
        (isRelu ? k.reluBackward : k.sigmoidBackward)(x.v.data(), x.a.data(), delta, g.data(),
                                                      gradV.data(), n);
        for (std::size_t h = 0; h < size; ++h) {
            const double s = logistic(x.a[h]);
            const double act = isRelu ? std::max<double>(x.a[h], 0) : s;
            const double slope = isRelu ? (x.a[h] > 0 ? 1.0 : 0.0) : s * (1 - s);
            expectClose(gradV[h], x.gradV[h] + delta * act, std::abs(x.a[h]), "gradV");
            expectClose(g[h], x.g[h] + delta * x.v[h] * slope, std::abs(x.v[h]), "g");
        }
    }
}

void NadeKernelsTest::fusedStepMatchesTheDefinition_data() {
    QTest::addColumn<int>("level");
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("on");
    QTest::addColumn<bool>("relu");
    const auto levels = kernels::runnableKernels();
    for (int k = 0; k < static_cast<int>(levels.size()); ++k)
        for (int n : {1, 17, 500})
            for (int count = 1; count <= kernels::kStepColumns; ++count)
                for (const bool on : {false, true})
                    for (const bool relu : {true, false})
                        QTest::addRow("%s, n = %d, %d column(s), %s, %s",
                                      levels[static_cast<std::size_t>(k)]->level, n, count,
                                      on ? "on" : "off", relu ? "relu" : "sigmoid")
                            << k << n << count << on << relu;
}

void NadeKernelsTest::fusedStepMatchesTheDefinition() {
    QFETCH(int, level);
    QFETCH(int, n);
    QFETCH(int, count);
    QFETCH(bool, on);
    QFETCH(bool, relu);
    const kernels::NadeKernels& k = *kernels::runnableKernels()[static_cast<std::size_t>(level)];
    const auto size = static_cast<std::size_t>(n);
    const Vectors weights = randomVectors(n, static_cast<unsigned>(n * 11 + count)); // v, w, …
    const Vectors next = randomVectors(n, static_cast<unsigned>(n * 13 + count));    // vNext, …
    std::vector<Vectors> images; // a and g of each column
    for (int c = 0; c < count; ++c)
        images.push_back(randomVectors(n, static_cast<unsigned>(n * 17 + c)));
    std::vector<Vectors> out = images;
    std::vector<float> gradVNext = next.gradV, gradW = weights.gradV;
    kernels::StepColumn columns[kernels::kStepColumns];
    for (int c = 0; c < count; ++c)
        columns[c] = {out[std::size_t(c)].a.data(), out[std::size_t(c)].g.data(), 0.2f + 0.1f * c};
    const kernels::StepPixels pixels{next.v.data(), gradVNext.data(), weights.v.data(),
                                     weights.w.data(), gradW.data()};
    float dots[kernels::kStepColumns];
    (relu ? k.reluStep : k.sigmoidStep)(pixels, columns, count, on, dots, n);

    const auto act = [&](double x) { return relu ? std::max(x, 0.0) : logistic(x); };
    const auto slope = [&](double x) {
        return relu ? (x > 0 ? 1.0 : 0.0) : logistic(x) * (1 - logistic(x));
    };
    for (std::size_t h = 0; h < size; ++h) {
        double wantGradV = next.gradV[h], wantGradW = weights.gradV[h], scale = 0;
        for (int c = 0; c < count; ++c) {
            const Vectors& in = images[std::size_t(c)];
            const double delta = columns[c].delta, x = in.a[h];
            wantGradV += delta * act(x);
            const double g = in.g[h] + delta * next.v[h] * slope(x);
            expectClose(out[std::size_t(c)].g[h], g, std::abs(in.g[h]) + 1, "g");
            expectClose(out[std::size_t(c)].a[h], on ? x - weights.w[h] : x, std::abs(x), "a");
            wantGradW += on ? g : 0;
            scale += std::abs(x) + std::abs(g) + 1;
        }
        expectClose(gradVNext[h], wantGradV, scale, "gradVNext");
        expectClose(gradW[h], wantGradW, scale, "gradW");
    }
    for (int c = 0; c < count; ++c) {
        double dot = 0, scale = 0;
        for (std::size_t h = 0; h < size; ++h) {
            const double x = images[std::size_t(c)].a[h] - (on ? weights.w[h] : 0.0f);
            dot += weights.v[h] * act(x);
            scale += std::abs(weights.v[h] * x) + std::abs(weights.v[h]);
        }
        expectClose(dots[c], dot, scale, "dot");
    }
}

void NadeKernelsTest::dispatcherPicksTheHighestRunnableLevel() {
    const auto levels = kernels::runnableKernels();
    QVERIFY(!levels.empty());
    const char* forced = std::getenv("PIXELCHAIN_KERNELS");
    if (forced == nullptr)
        QCOMPARE(kernels::nadeKernels().level, levels.back()->level);
    else
        QCOMPARE(QByteArray(kernels::nadeKernels().level), QByteArray(forced));
    // A portable build always carries the baseline, first; a native build has its one level.
    if (QByteArray(levels.front()->level) != "native")
        QCOMPARE(QByteArray(levels.front()->level), QByteArray("x86-64-v2"));
}

QTEST_GUILESS_MAIN(NadeKernelsTest)
#include "tst_nade_kernels.moc"
