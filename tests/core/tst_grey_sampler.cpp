// Drawing greyscale digits (grey_sampler.h) and fitting the per-pixel mixtures (mixture_fit.h):
// a seed replays its digit, the draws follow the model's conditionals, and EM fits.
#include "core/models/independent_mixture.h"
#include "core/sampling/grey_sampler.h"
#include "core/sampling/uniform.h"
#include "core/training/mixture_fit.h"
#include "rnade_fixture.h"

#include <QTest>
#include <cmath>

using namespace pixelchain;
using namespace pixelchain::testing;

class TestGreySampler : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void seedReplaysTheDigit_data();
    void seedReplaysTheDigit();
    void drawsFollowTheMixture();
    void refusesAbsurdTemperatures();
    void emFitsAKnownMixture();
};

void TestGreySampler::seedReplaysTheDigit_data() {
    QTest::addColumn<double>("temperature");
    QTest::newRow("τ = 1") << 1.0;
    QTest::newRow("τ = 0.5") << 0.5;
}

// The same seed gives the same digit, stepped or drawn at once; seekTo replays the prefix; another
// seed gives another digit; each step's pixel follows the model's ordering.
void TestGreySampler::seedReplaysTheDigit() {
    QFETCH(double, temperature);
    const auto model = std::make_shared<Rnade>(randomRnadeWeights(4, 3, kPixels, 81),
                                               Ordering::spiral(), Activation::Relu);
    GreySampler sampler(model, 42, temperature);
    GreyStep step;
    for (int j = 0; j < 300; ++j) {
        QVERIFY(sampler.step(&step));
        QCOMPARE(step.pixel, model->ordering().pixel(j));
        QCOMPARE(sampler.image().at(step.pixel), step.value);
    }
    const GreyImage at300 = sampler.image();
    while (sampler.step()) {
    }
    QVERIFY(sampler.done());
    QCOMPARE(sampler.image(), drawGreyDigit(model, 42, temperature));
    sampler.seekTo(300);
    QCOMPARE(sampler.image(), at300);
    QVERIFY(!(drawGreyDigit(model, 43, temperature) == sampler.image()));
}

// 20,000 draws from one fixed mixture: the share landing below each of three cut points matches
// the mixture's own CDF within 0.015 (about 4.5 standard errors).
void TestGreySampler::drawsFollowTheMixture() {
    const GaussianMixture m{{0.6, 0.3, 0.1}, {0.002, 0.5, 0.95}, {0.001, 0.1, 0.02}};
    const auto cdf = [&](double y) {
        double total = 0;
        for (int k = 0; k < 3; ++k)
            total += m.weights[std::size_t(k)] * 0.5 *
                     std::erfc(-(y - m.means[std::size_t(k)]) /
                               (m.scales[std::size_t(k)] * std::sqrt(2.0)));
        return total;
    };
    constexpr int kDraws = 20000;
    for (const double cut : {0.004, 0.45, 0.9}) {
        int below = 0;
        for (int n = 0; n < kDraws; ++n) {
            const double u = (n + 0.5) / kDraws;
            if (m.sample(u, std::fmod(u * 7919.123, 1.0), std::fmod(u * 104729.77, 1.0)) < cut)
                ++below;
        }
        QVERIFY2(std::abs(double(below) / kDraws - cdf(cut)) < 0.015,
                 qPrintable(QStringLiteral("below %1: %2 against %3")
                                .arg(cut)
                                .arg(double(below) / kDraws)
                                .arg(cdf(cut))));
    }
}

void TestGreySampler::refusesAbsurdTemperatures() {
    const auto model = std::make_shared<Rnade>(randomRnadeWeights(2, 2, kPixels, 82),
                                               Ordering::raster(), Activation::Relu);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, GreySampler(model, 1, 0.0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, GreySampler(model, 1, -1.0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, GreySampler(model, 1, std::nan("")));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, GreySampler(model, 1).seekTo(785));
}

// EM on digits whose every pixel is black (v = 0) in 3 of 4 digits and 200 in the others finds
// both: a quarter of the weight near 200/256, the rest in the black bin; and its log-likelihood
// of the dequantized values it was fitted to (u from the fit's seed) beats its first iteration's.
void TestGreySampler::emFitsAKnownMixture() {
    mnist::Mnist data;
    constexpr std::size_t kDigits = 400;
    data.train = {kDigits, kSide, kSide, std::vector<std::uint8_t>(kDigits * kPixels, 0)};
    for (std::size_t n = 0; n < kDigits; n += 4)
        std::fill_n(data.train.pixels.begin() + std::ptrdiff_t(n * kPixels), kPixels, 200);
    training::MixtureFitSettings settings;
    settings.components = 5;
    settings.limit = kDigits;
    settings.iterations = 1;
    const auto start = training::fitPixelMixtures(data, settings);
    settings.iterations = 40;
    const auto fitted = training::fitPixelMixtures(data, settings);
    for (const int pixel : {0, 400, 783}) {
        const GaussianMixture& m = fitted[std::size_t(pixel)];
        double nearGrey = 0, inBlackBin = 0;
        for (int k = 0; k < m.components(); ++k) {
            if (std::abs(m.means[std::size_t(k)] - 200.5 / 256) < 0.01)
                nearGrey += m.weights[std::size_t(k)];
            if (m.means[std::size_t(k)] < 1.0 / 256)
                inBlackBin += m.weights[std::size_t(k)];
        }
        QVERIFY2(std::abs(nearGrey - 0.25) < 0.01, qPrintable(QString::number(nearGrey)));
        QVERIFY2(std::abs(inBlackBin - 0.75) < 0.01, qPrintable(QString::number(inBlackBin)));
    }
    for (const int pixel : {0, 400}) {
        double first = 0, last = 0;
        for (std::size_t n = 0; n < kDigits; ++n) {
            const double y = dequantize(data.train.image(n)[pixel],
                                        uniformAt(settings.seed, 1, n * kPixels + pixel));
            first += start[std::size_t(pixel)].logDensity(y);
            last += fitted[std::size_t(pixel)].logDensity(y);
        }
        QVERIFY2(last > first,
                 qPrintable(QStringLiteral("%1 after 40, %2 after 1").arg(last).arg(first)));
    }
}

QTEST_GUILESS_MAIN(TestGreySampler)
#include "tst_grey_sampler.moc"
