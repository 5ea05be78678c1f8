#pragma once
// SamplingAnimation: the frames of one sampling run, for an animated GIF on a slide.
//
// The run is the one Sampler(model, seed, temperature) makes, so the last frame is exactly
// Sampler::draw(model, seed, temperature): the digit the Sampling page and
// `pixelchain-cli sample --seed S` show for that seed. Frame f shows the canvas after
// min(f·k, 784) decided pixels (k = pixels per frame), from the empty canvas (f = 0) to the
// finished digit: ⌈784 / k⌉ + 1 frames, 29 for one row per frame.
//
// Each image pixel becomes a scale × scale block. Decided pixels are white ink on black (MNIST's
// convention), pixels still to come a mid grey, and the pixel decided last is outlined in orange,
// as on the Sampling page. The final frame has no outline and is held longer.
#include "core/io/gif_animation.h"
#include "core/models/density_model.h"

#include <cstdint>
#include <memory>

namespace pixelchain {

struct SamplingAnimationOptions {
    int scale = 8;              ///< screen pixels per image pixel, 1..32
    int pixelsPerFrame = kSide; ///< k, 1..784 decided pixels between frames (default: a row)
    int frameDelay = 8;         ///< 1/100 s per frame
    int finalDelay = 300;       ///< 1/100 s the finished digit stays before the loop restarts
    int label = -1;             ///< sample p(x | y = label) (Sampler::setLabel); −1: p(x)
};

/// Palette indices of the frames.
enum class AnimationColor : std::uint8_t { Off = 0, On = 1, Pending = 2, Outline = 3 };

/// The frames of the run; throws std::invalid_argument for options outside the ranges above,
/// or what the Sampler throws (a null model, a bad temperature).
io::GifAnimation samplingAnimation(std::shared_ptr<const DensityModel> model, std::uint64_t seed,
                                   double temperature = 1.0,
                                   const SamplingAnimationOptions& options = {});

} // namespace pixelchain
