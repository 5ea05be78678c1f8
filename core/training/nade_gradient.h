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
// Each image costs O(HD) forward and backward; no [D, H] activations are stored. Each step of the
// walk is one pass over a and g (the fused step of nade_kernels.h): pixel j+1's backward, then
// a_j, then ℓ_j's dot product, for up to four images that share x_j at once. Sums over images
// (∂/∂V_j, ∂/∂W[:, j]) are therefore added in groups, not image by image: the result depends on
// the images of the slice, never on timing, and agrees with image-by-image sums to float rounding.
//
// A class-conditional NADE (class_nade.h) adds U[:, y] to a_1 and A[j, y] to ℓ_j, so for label y
//   ∂/∂U[:, y] = ∂/∂c   and   ∂/∂A[j, y] = ∂/∂b_j
// of that image. A term may weigh an image's NLL by ω (the gradient of a weighted sum of NLLs,
// as a hybrid generative–discriminative loss needs): every δ_j is then ω (p_j − x_j).
#include "core/models/class_nade.h"
#include "core/models/nade_batch.h"

#include <span>

namespace pixelchain::training {

/// Scratch space of one thread, reused across batches.
struct GradientWorkspace {
    Eigen::MatrixXf A; // [H, B] running pre-activations
    Eigen::MatrixXf G; // [H, B] Σ_{i>j} ∂NLL/∂a_i
};

/// One term of the loss: ω · NLL(x_row | label).
struct GradientTerm {
    std::size_t row = 0;
    int label = 0; ///< ignored without label weights
    float weight = 1;
};

/// The label's weights of a class-conditional NADE and where their gradient goes.
struct LabelWeights {
    const Eigen::MatrixXf& U; ///< [H, C]
    const Eigen::MatrixXf& A; ///< [D, C]
    Eigen::MatrixXf& gradU;
    Eigen::MatrixXf& gradA;
};

/// Adds Σ_terms ω ∂NLL(x_row | label)/∂θ to `grad` (same shapes as the weights), and to the label
/// gradients when `labels` is given; returns Σ_terms ω NLL (nats).
double accumulateGradient(const NadeWeights& weights, Activation activation, ImageRows rows,
                          std::span<const GradientTerm> terms, NadeWeights& grad,
                          GradientWorkspace& work, const LabelWeights* labels = nullptr);

/// The plain NADE: one term of weight 1 for each of rows [first, first + count).
double accumulateGradient(const NadeWeights& weights, Activation activation, ImageRows rows,
                          std::size_t first, std::size_t count, NadeWeights& grad,
                          GradientWorkspace& work);

} // namespace pixelchain::training
