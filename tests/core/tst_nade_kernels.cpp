// Every NADE kernel level this CPU runs (x86-64-v2, v3, v4, or the native build's one) against a
// plain double-precision reading of what the kernel computes, on vector lengths that leave every
// kind of remainder after the widest vector (1 … 16 floats), and the level the dispatcher picks.
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
