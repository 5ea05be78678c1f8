#pragma once
// Fits one Gaussian mixture per pixel to dequantized training digits by expectation–maximization:
// the independent mixture baseline, and where an RNADE's output biases start.
//
// For pixel i with values y_n = (v_n + u_n)/256 (one draw of u), K components start at
// μ_k = (k + ½)/K, s_k = 1/(2K), π_k = 1/K; each iteration sets the responsibilities
// r_nk ∝ π_k N(y_n; μ_k, s_k²) and then
//   π_k = Σ_n r_nk / N,   μ_k = Σ_n r_nk y_n / Σ_n r_nk,   s_k² = Σ_n r_nk (y_n − μ_k)² / Σ_n r_nk
// with s_k kept at or above kMinScale (a bin is 1/256 wide) and π_k at or above 1e-6, so that no
// component collapses or vanishes. Each iteration cannot lower the training log-likelihood
// (up to those floors).
#include "core/mnist/binarize.h"
#include "core/models/independent_mixture.h"

namespace pixelchain::training {

struct MixtureFitSettings {
    int components = 10;
    int iterations = 50;
    std::size_t limit = mnist::kTrainCount; ///< the first `limit` training digits
    std::uint64_t seed = 1;                 ///< the draw of u
    int threads = 2;
};

inline constexpr double kMinScale = 1e-4;

/// One fitted mixture per pixel, raster order. Throws std::invalid_argument for settings out of
/// range (components 1..64, iterations 1..10000, limit 1..50000).
std::vector<GaussianMixture> fitPixelMixtures(const mnist::Mnist& data,
                                              const MixtureFitSettings& settings);

IndependentMixture fitIndependentMixture(const mnist::Mnist& data,
                                         const MixtureFitSettings& settings);

} // namespace pixelchain::training
