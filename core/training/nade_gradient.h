#pragma once
// The gradient of the negative log-likelihood of a NADE, by a hand-written backward pass.
//
// Forward (per image, pixel j in sampling order):  a_j = c + Σ_{i<j} W[:, i] x_i,
//   h_j = act(a_j), ℓ_j = V_j·h_j + b_j, p_j = σ(ℓ_j),  NLL = −Σ_j [x_j log p_j + (1−x_j)
//   log(1−p_j)].
// The forward pass only sums A = c + W x; the backward walk, j from D down to 1, recovers each
// a_j by subtracting W[:, j] x_j again and computes ℓ_j and p_j on the way:
//   ∂NLL/∂ℓ_j = p_j − x_j = δ_j
//   ∂/∂b_j = δ_j,   ∂/∂V_j = δ_j h_j,   ∂/∂a_j = δ_j V_j ⊙ act'(a_j)
//   ∂/∂W[:, j] = x_j Σ_{i>j} ∂/∂a_i   (the running sum g),   ∂/∂c = Σ_j ∂/∂a_j
// Each image costs O(HD) forward and backward; no [D, H] activations are stored.
#include "core/models/nade.h"
#include "core/models/nade_batch.h"

namespace pixelchain::training {

/// Scratch space of one thread, reused across batches.
struct GradientWorkspace {
    Eigen::MatrixXf A; // [H, B] running pre-activations
    Eigen::MatrixXf G; // [H, B] Σ_{i>j} ∂NLL/∂a_i
};

/// Adds ∂(Σ_n NLL_n)/∂θ over rows [first, first + count) to `grad` (same shapes as the model's
/// weights) and returns Σ_n NLL_n in nats.
double accumulateGradient(const NadeWeights& weights, Activation activation, ImageRows rows,
                          std::size_t first, std::size_t count, NadeWeights& grad,
                          GradientWorkspace& work);

} // namespace pixelchain::training
