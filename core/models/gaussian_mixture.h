#pragma once
// A one-dimensional Gaussian mixture, the conditional of every continuous model:
//
//   p(y) = Σ_k π_k N(y; μ_k, s_k²),    N(y; μ, s²) = exp(−(y − μ)² / (2 s²)) / (s √(2π))
//
// A network does not output π, μ, s directly but unconstrained numbers, K of each kind:
//
//   π = softmax(α),   μ = m,   s = exp(ζ)      (ζ clamped to [kMinLogScale, kMaxLogScale])
//
// and learns them by the gradient of −log p(y), computed here in log space with log-sum-exp:
// with responsibilities r_k = π_k N_k / Σ_l π_l N_l and z_k = (y − μ_k) / s_k,
//
//   ∂(−log p)/∂α_k = π_k − r_k,   ∂(−log p)/∂m_k = −r_k z_k / s_k,   ∂(−log p)/∂ζ_k = r_k (1 −
//   z_k²)
//
// A density is not a probability: where the mixture is narrow, p(y) exceeds 1 and log p(y) is
// positive. Only p(y) times a bin width is a probability.
#include <vector>

namespace pixelchain {

/// s = exp(ζ) stays within [e^−10, e^3] (4.5·10⁻⁵ to 20): a bin of the 8-bit data is 1/256 wide,
/// so a narrower component buys nothing, and the clamp keeps exp() finite for any weights.
inline constexpr double kMinLogScale = -10;
inline constexpr double kMaxLogScale = 3;
/// The most components a conditional may have (files, the command line and the models check it).
inline constexpr int kMaxComponents = 64;

struct GaussianMixture {
    std::vector<double> weights; ///< π_k, summing to 1
    std::vector<double> means;   ///< μ_k
    std::vector<double> scales;  ///< s_k > 0

    int components() const { return static_cast<int>(weights.size()); }
    /// π_k N(y; μ_k, s_k²): component k's share of the density at y.
    double componentDensity(int k, double y) const;
    double density(double y) const;
    double logDensity(double y) const;
    /// E[y] = Σ_k π_k μ_k.
    double mean() const;
    /// A draw from the mixture, tempered by τ > 0: π_k ∝ π_k^(1/τ), s_k → s_k √τ (p^(1/τ) for
    /// each component; τ = 1 is the model itself). u1 picks the component, u2 and u3 (uniform in
    /// [0, 1)) make the Gaussian deviate by Box–Muller.
    double sample(double u1, double u2, double u3, double temperature = 1) const;

    /// π, μ, s from a network's outputs α, m, ζ (K each).
    static GaussianMixture fromOutputs(const float* alpha, const float* mean, const float* logScale,
                                       int components);
};

/// E[y] = Σ_k π_k m_k of the mixture with outputs α, m (K each), π = softmax(α).
double mixtureMean(const float* alpha, const float* mean, int components);

/// log p(y) of the mixture with outputs α, m, ζ (K each), in log space; when `gradient` is given,
/// writes ∂(−log p)/∂(α, m, ζ) there (3K entries, in that order).
double mixtureLogDensity(const float* alpha, const float* mean, const float* logScale,
                         int components, double y, float* gradient = nullptr);

} // namespace pixelchain
