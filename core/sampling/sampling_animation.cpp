#include "core/sampling/sampling_animation.h"

#include "core/sampling/sampler.h"

#include <algorithm>
#include <stdexcept>

namespace pixelchain {
namespace {

void check(const SamplingAnimationOptions& options) {
    if (options.scale < 1 || options.scale > 32)
        throw std::invalid_argument("the animation scale must be 1 to 32");
    if (options.pixelsPerFrame < 1 || options.pixelsPerFrame > kPixels)
        throw std::invalid_argument("pixels per frame must be 1 to 784");
    if (options.frameDelay < 0 || options.frameDelay > 65535 || options.finalDelay < 0 ||
        options.finalDelay > 65535)
        throw std::invalid_argument("frame delays must be 0 to 65535 hundredths of a second");
}

std::vector<io::GifColor> palette() {
    // Indexed by AnimationColor. The orange is the Sampling page's highlight (Okabe–Ito).
    return {{0, 0, 0}, {255, 255, 255}, {128, 128, 128}, {230, 97, 0}};
}

void fillBlock(io::GifFrame& frame, int side, int scale, int pixel, AnimationColor color) {
    const int top = (pixel / kSide) * scale, left = (pixel % kSide) * scale;
    for (int y = top; y < top + scale; ++y) {
        const auto row = frame.indices.begin() + static_cast<std::ptrdiff_t>(y) * side;
        std::fill(row + left, row + left + scale, static_cast<std::uint8_t>(color));
    }
}

/// A ring max(1, scale/4) screen pixels wide along the inside of a pixel's block.
void outlineBlock(io::GifFrame& frame, int side, int scale, int pixel) {
    const int top = (pixel / kSide) * scale, left = (pixel % kSide) * scale;
    const int width = std::max(1, scale / 4);
    for (int y = 0; y < scale; ++y)
        for (int x = 0; x < scale; ++x)
            if (y < width || x < width || y >= scale - width || x >= scale - width)
                frame.indices[static_cast<std::size_t>((top + y) * side + left + x)] =
                    static_cast<std::uint8_t>(AnimationColor::Outline);
}

io::GifFrame frameOf(const Sampler& sampler, int scale, int delay) {
    const Ordering& ordering = sampler.model().ordering();
    const int side = kSide * scale;
    io::GifFrame frame;
    frame.delay = delay;
    frame.indices.resize(static_cast<std::size_t>(side) * static_cast<std::size_t>(side));
    const int decided = sampler.step();
    for (int pixel = 0; pixel < kPixels; ++pixel) {
        const AnimationColor color = ordering.position(pixel) >= decided ? AnimationColor::Pending
                                     : sampler.image().at(pixel)         ? AnimationColor::On
                                                                         : AnimationColor::Off;
        fillBlock(frame, side, scale, pixel, color);
    }
    // The Sampling page outlines the pixel decided last (the first one before any decision).
    if (!sampler.done())
        outlineBlock(frame, side, scale,
                     decided > 0 ? sampler.history().back().pixel : ordering.pixel(0));
    return frame;
}

} // namespace

io::GifAnimation samplingAnimation(std::shared_ptr<const DensityModel> model, std::uint64_t seed,
                                   double temperature, const SamplingAnimationOptions& options) {
    check(options);
    Sampler sampler(std::move(model), seed, temperature);
    if (options.label != -1)
        sampler.setLabel(options.label);
    io::GifAnimation animation;
    animation.width = animation.height = kSide * options.scale;
    animation.palette = palette();
    while (true) {
        animation.frames.push_back(frameOf(sampler, options.scale, options.frameDelay));
        if (sampler.done())
            break;
        sampler.seek(std::min(sampler.step() + options.pixelsPerFrame, kPixels));
    }
    animation.frames.back().delay = options.finalDelay;
    return animation;
}

} // namespace pixelchain
