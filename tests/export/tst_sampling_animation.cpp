// The sampling animation: with each shipped model, the GIF read back by giflib's decoder has one
// frame per k pixels plus the empty start, loops forever, holds the last frame longer, shows in
// every frame exactly the pixels the Sampler has decided by then, and ends on Sampler::draw.
#include "core/io/gif_animation.h"
#include "core/sampling/sampler.h"
#include "core/sampling/sampling_animation.h"
#include "gif_reader.h"
#include "shipped_models.h"

#include <QTest>
#include <cmath>
#include <limits>

using namespace pixelchain;

Q_DECLARE_METATYPE(pixelchain::SamplingAnimationOptions)

namespace {

constexpr auto kOff = static_cast<std::uint8_t>(AnimationColor::Off);
constexpr auto kOn = static_cast<std::uint8_t>(AnimationColor::On);
constexpr auto kPending = static_cast<std::uint8_t>(AnimationColor::Pending);
constexpr auto kOutline = static_cast<std::uint8_t>(AnimationColor::Outline);

/// Index of screen pixel (x, y) inside image pixel `pixel`'s block.
std::size_t at(int pixel, int scale, int dx, int dy) {
    const int side = kSide * scale;
    return static_cast<std::size_t>(((pixel / kSide) * scale + dy) * side +
                                    (pixel % kSide) * scale + dx);
}

/// The digit scaled up, white on black, nothing outlined: what the last frame must be.
std::vector<std::uint8_t> upscaled(const BinaryImage& image, int scale) {
    std::vector<std::uint8_t> indices(static_cast<std::size_t>(kPixels * scale * scale));
    for (int pixel = 0; pixel < kPixels; ++pixel)
        for (int dy = 0; dy < scale; ++dy)
            for (int dx = 0; dx < scale; ++dx)
                indices[at(pixel, scale, dx, dy)] = image.at(pixel) ? kOn : kOff;
    return indices;
}

} // namespace

class SamplingAnimationTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void framesFollowTheSampler_data();
    void framesFollowTheSampler();
    void defaultsGiveARowPerFrame();
    void sameSeedSameBytes();
    void refusesBadOptions_data();
    void refusesBadOptions();
};

void SamplingAnimationTest::framesFollowTheSampler_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<double>("temperature");
    QTest::addColumn<int>("perFrame");
    QTest::addColumn<int>("scale");
    QTest::newRow("NADE raster, a row per frame") << "nade-mnist" << quint64(1) << 1.0 << 28 << 8;
    QTest::newRow("NADE column, greedy") << "nade-column-mnist" << quint64(5) << 0.0 << 28 << 4;
    QTest::newRow("NADE spiral, 100 pixels a frame")
        << "nade-spiral-mnist" << quint64(7) << 1.0 << 100 << 3;
    QTest::newRow("NADE random order, 27 (not a divisor of 784)")
        << "nade-random-mnist" << quint64(11) << 1.0 << 27 << 2;
    QTest::newRow("Markov, a frame per pixel, scale 1")
        << "markov8-mnist" << quint64(3) << 1.0 << 1 << 1;
    QTest::newRow("FVSBN, all pixels in one frame")
        << "fvsbn-mnist" << quint64(9) << 1.0 << 784 << 5;
    QTest::newRow("independent, hot") << "independent-mnist" << quint64(2) << 3.0 << 56 << 8;
    QTest::newRow("largest seed, largest scale")
        << "nade-mnist" << std::numeric_limits<quint64>::max() << 0.5 << 392 << 32;
}

void SamplingAnimationTest::framesFollowTheSampler() {
    QFETCH(QString, model);
    QFETCH(quint64, seed);
    QFETCH(double, temperature);
    QFETCH(int, perFrame);
    QFETCH(int, scale);
    const auto nade = test::shippedModel(model);
    const SamplingAnimationOptions options{scale, perFrame, 6, 250};
    const test::DecodedGif gif =
        test::decodeGif(io::encodeGif(samplingAnimation(nade, seed, temperature, options)));
    QVERIFY2(gif.ok, gif.error.c_str());

    const int frames = static_cast<int>(std::ceil(double(kPixels) / perFrame)) + 1;
    QCOMPARE(int(gif.frames.size()), frames);
    QCOMPARE(gif.width, kSide * scale);
    QCOMPARE(gif.height, kSide * scale);
    QCOMPARE(gif.loopCount, 0);
    for (int f = 0; f < frames; ++f)
        QCOMPARE(gif.delays[std::size_t(f)], f + 1 < frames ? 6 : 250);

    // Frame f shows the state after min(f·k, 784) decisions, the last decided pixel outlined.
    const Ordering& ordering = nade->ordering();
    Sampler sampler(nade, seed, temperature);
    for (int f = 0; f < frames; ++f) {
        sampler.seek(f * perFrame);
        const auto& frame = gif.frames[std::size_t(f)];
        const int decided = sampler.step();
        const int outlined = sampler.done() ? -1
                             : decided > 0  ? sampler.history().back().pixel
                                            : ordering.pixel(0);
        for (int pixel = 0; pixel < kPixels; ++pixel) {
            const std::uint8_t expected = ordering.position(pixel) >= decided ? kPending
                                          : sampler.image().at(pixel)         ? kOn
                                                                              : kOff;
            const std::uint8_t corner = frame[at(pixel, scale, 0, 0)];
            const std::uint8_t centre = frame[at(pixel, scale, scale / 2, scale / 2)];
            if (pixel == outlined) {
                QCOMPARE(corner, kOutline);
                QVERIFY(centre == expected || scale <= 2);
            } else {
                QVERIFY2(corner == expected && centre == expected,
                         qPrintable(QStringLiteral("frame %1, pixel %2").arg(f).arg(pixel)));
            }
        }
    }
    // The last frame is the digit the Sampling page and the CLI make for this seed.
    QVERIFY(gif.frames.back() == upscaled(Sampler::draw(nade, seed, temperature), scale));
}

void SamplingAnimationTest::defaultsGiveARowPerFrame() {
    const auto nade = test::shippedModel(QStringLiteral("nade-mnist"));
    const SamplingAnimationOptions defaults;
    const io::GifAnimation animation = samplingAnimation(nade, 1);
    QCOMPARE(int(animation.frames.size()), kPixels / kSide + 1); // 29: empty start and 28 rows
    QCOMPARE(animation.width, kSide * defaults.scale);
    QCOMPARE(animation.frames.front().delay, defaults.frameDelay);
    QCOMPARE(animation.frames.back().delay, defaults.finalDelay);
    QVERIFY(defaults.finalDelay > defaults.frameDelay);
}

void SamplingAnimationTest::sameSeedSameBytes() {
    const auto nade = test::shippedModel(QStringLiteral("nade-spiral-mnist"));
    QCOMPARE(io::encodeGif(samplingAnimation(nade, 42)),
             io::encodeGif(samplingAnimation(nade, 42)));
    QVERIFY(io::encodeGif(samplingAnimation(nade, 42)) !=
            io::encodeGif(samplingAnimation(nade, 43)));
}

void SamplingAnimationTest::refusesBadOptions_data() {
    QTest::addColumn<bool>("withModel");
    QTest::addColumn<double>("temperature");
    QTest::addColumn<SamplingAnimationOptions>("options");
    const SamplingAnimationOptions ok;
    auto with = [&ok](auto change) {
        SamplingAnimationOptions o = ok;
        change(o);
        return o;
    };
    QTest::newRow("scale 0") << true << 1.0 << with([](auto& o) { o.scale = 0; });
    QTest::newRow("scale 33") << true << 1.0 << with([](auto& o) { o.scale = 33; });
    QTest::newRow("no pixels per frame")
        << true << 1.0 << with([](auto& o) { o.pixelsPerFrame = 0; });
    QTest::newRow("785 pixels per frame")
        << true << 1.0 << with([](auto& o) { o.pixelsPerFrame = 785; });
    QTest::newRow("negative delay") << true << 1.0 << with([](auto& o) { o.frameDelay = -1; });
    QTest::newRow("final delay beyond 16 bits")
        << true << 1.0 << with([](auto& o) { o.finalDelay = 65536; });
    QTest::newRow("negative temperature") << true << -0.5 << ok;
    QTest::newRow("NaN temperature") << true << std::nan("") << ok;
    QTest::newRow("no model") << false << 1.0 << ok;
}

void SamplingAnimationTest::refusesBadOptions() {
    QFETCH(bool, withModel);
    QFETCH(double, temperature);
    QFETCH(SamplingAnimationOptions, options);
    const auto model = withModel ? test::shippedModel(QStringLiteral("independent-mnist"))
                                 : std::shared_ptr<const DensityModel>();
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             samplingAnimation(model, 1, temperature, options));
}

QTEST_GUILESS_MAIN(SamplingAnimationTest)
#include "tst_sampling_animation.moc"
