#pragma once
// Exports that come from a model rather than from a view, for the File menu:
//   - the animated GIF of one sampling run (core's samplingAnimation: a frame per row of
//     pixels, the last frame the digit the Sampling page shows for that seed);
//   - the chain-rule factors of one image as CSV (core's conditionalsCsv: one row per pixel in
//     sampling order, with p(x = 1 | earlier), log p and the surprise in bits).
// Both write atomically and report a failure as a sentence the user can read.
#include "core/image/binary_image.h"
#include "core/models/density_model.h"

#include <QString>
#include <cstdint>

namespace pixelchain::ui {

/// Saves the animation of Sampler(model, seed, temperature) as a looping GIF at `path`.
/// `model` is only used during the call. False and a message in `error` on failure.
bool exportSamplingGif(const DensityModel& model, std::uint64_t seed, double temperature,
                       const QString& path, QString* error = nullptr);

/// Saves the per-pixel conditionals of `image` under `model` as CSV at `path`.
/// False and a message in `error` on failure.
bool exportConditionalsCsv(const DensityModel& model, const BinaryImage& image, const QString& path,
                           QString* error = nullptr);

} // namespace pixelchain::ui
