#pragma once
// The gradient of the negative log density of an RNADE (rnade.h), by a hand-written backward
// pass over a block of B images at once, one matrix product per pixel.
//
// Forward: A = c + W Y, the pre-activation after every pixel (Y [D, B]: column n is image n).
// Backward, j from D down to 1: recover a_j = a_(j+1) − W[:, j] y_j, then with h_j = act(a_j)
//   z_j = V_j h_j + b_j                 (3K outputs: α, m, ζ of the mixture, gaussian_mixture.h)
//   δ_j = ∂(−log p(y_j | y_<j)) / ∂z_j  (mixtureLogDensity)
//   ∂/∂b_j = δ_j,   ∂/∂V_j = δ_j h_jᵀ,   ∂/∂a_j = V_jᵀ δ_j ⊙ act'(a_j)
//   ∂/∂W[:, j] = y_j Σ_{i>j} ∂/∂a_i  (the running sum G),   ∂/∂c = Σ_j ∂/∂a_j
// No [D, H] activations are stored.
#include "core/models/rnade.h"

namespace pixelchain::training {

/// Scratch space of one thread, reused across batches.
struct RnadeWorkspace {
    Eigen::MatrixXf A, G, hidden, slope, z, delta; // [H, B] ×4, [3K, B] ×2
};

/// Adds ∂(Σ_n −log p(y_n))/∂θ over rows [first, first + count) to `grad` (same shapes as the
/// weights) and returns Σ_n −log p(y_n) (nats).
double accumulateRnadeGradient(const RnadeWeights& weights, Activation activation, GreyRows rows,
                               std::size_t first, std::size_t count, RnadeWeights& grad,
                               RnadeWorkspace& work);

} // namespace pixelchain::training
