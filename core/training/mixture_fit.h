#pragma once
// Fits one Gaussian mixture per pixel to dequantized training digits by expectation–maximization:
// the independent mixture baseline, and where an RNADE's output biases start.
//
// For pixel i with values y_n = (v_n + u_n)/256 (one draw of u), K components start with π_k = 1/K.
// Most MNIST pixels are exactly black, so their y is uniform on the bin [0, 1/256), and one
// Gaussian fits a uniform poorly: at best it pays 0.178 nats per pixel more than the uniform's
// log 256. Three narrow Gaussians side by side (s = 0.1 bins, means at the sixths of the bin) pay
// about 0.079. So with K ≥ 4, components 1..3 start as those tiles and the other K − 3 at
// μ = 1/256 + (k + ½)(1 − 1/256)/(K − 3), s = 1/(2(K − 3)); with K ≤ 3 all K start spread over
// [0, 1] that way. Each iteration sets the responsibilities
// r_nk ∝ π_k N(y_n; μ_k, s_k²) and then
//   π_k = Σ_n r_nk / N,   μ_k = Σ_n r_nk y_n / Σ_n r_nk,   s_k² = Σ_n r_nk (y_n − μ_k)² / Σ_n r_nk
// with s_k kept at or above kMinScale (a bin is 1/256 wide) and π_k at or above kMinWeight. A
// component with less than one digit's worth of responsibility (Σ_n r_nk < 1) keeps its μ and s:
// at a pixel that is black in every training digit, the components meant for grey values would
// otherwise all collapse onto black, and a grey test digit there would score e^−100000. Kept
// broad at weight 10⁻⁴, they cost a grey value there about 7.5 nats instead.
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
inline constexpr double kMinWeight = 1e-4;
/// Components that start side by side across the black bin, and their scale in bins.
inline constexpr int kBlackTiles = 3;
inline constexpr double kTileScale = 0.1;

/// One fitted mixture per pixel, raster order. Throws std::invalid_argument for settings out of
/// range (components 1..64, iterations 1..10000, limit 1..50000).
std::vector<GaussianMixture> fitPixelMixtures(const mnist::Mnist& data,
                                              const MixtureFitSettings& settings);

IndependentMixture fitIndependentMixture(const mnist::Mnist& data,
                                         const MixtureFitSettings& settings);

} // namespace pixelchain::training
