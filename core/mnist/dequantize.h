#pragma once
// Greyscale MNIST digits as a continuous model reads them: each 8-bit value v dequantized to
// y = (v + u)/256 (grey_image.h), laid out in the model's ordering. u is drawn from a counter-based
// stream (sampling/uniform.h), so the draw does not depend on the number of threads.
#include "core/image/grey_image.h"
#include "core/image/ordering.h"

#include <cstdint>
#include <vector>

namespace pixelchain {

/// The rows of `count` 8-bit images (784 bytes each, raster order) dequantized and laid out in
/// `ordering`: u is drawn from (seed, round) per image and pixel, or is the bin centre when
/// `seed` is kBinCentreSeed.
inline constexpr std::uint64_t kBinCentreSeed = ~std::uint64_t{0};
std::vector<float> dequantizedRows(const std::uint8_t* grey, std::size_t count,
                                   const Ordering& ordering, std::uint64_t seed,
                                   std::uint64_t round, int threads);

} // namespace pixelchain
