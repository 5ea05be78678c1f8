#pragma once
// Adam (Kingma & Ba, 2015), the one optimizer of every gradient-trained family. It sees a model as
// a list of flat float tensors (GradientFamily::parameters()) and keeps two moments per entry.
// For each parameter θ with gradient g, at step t = 1, 2, …:
//
//   m ← β₁ m + (1 − β₁) g,        v ← β₂ v + (1 − β₂) g²
//   m̂ = m / (1 − β₁ᵗ),           v̂ = v / (1 − β₂ᵗ)
//   θ ← θ − lr · m̂ / (√v̂ + ε)
//
// The ε convention: ε is added to √v̂, the *bias-corrected* root, as in Algorithm 1 of the paper.
// So the smallest gradient scale Adam still follows is ε in the gradient's own units, at every
// step: for a constant gradient g, m̂ = g and v̂ = g² exactly, and every step is lr · g/(|g| + ε).
// The code folds both corrections into the step size and into ε, which is the same update:
//
//   θ ← θ − α_t · m / (√v + ε √(1 − β₂ᵗ)),     α_t = lr · √(1 − β₂ᵗ) / (1 − β₁ᵗ)
//
// (The other convention in use, ε added to the uncorrected √v, makes the early steps smaller for
// tiny gradients; PixelChain does not use it.) Entries whose gradient is always 0 keep m = v = 0
// and never move: the FVSBN's upper triangle stays 0.
//
// A tensor may carry step scales: a pattern r_0..r_(P−1) repeated over its entries, so that entry
// e takes steps of lr · r_(e mod P). Since Adam's step does not depend on the gradient's scale,
// this is what a parameter measured in other units would get: the rows of a column-major matrix
// whose outputs live on a finer scale (an RNADE's means, rnade_family.h) step more finely.
#include <cstddef>
#include <span>
#include <vector>

namespace pixelchain::training {

struct AdamSettings {
    double beta1 = 0.9;
    double beta2 = 0.999;
    double epsilon = 1e-8; ///< added to √v̂ (see above)
};

class Adam {
public:
    /// Moments for tensors of the given sizes (entries), all zero. `stepScales[k]`, when given
    /// and not empty, is tensor k's pattern of step scales (see above); missing means 1.
    explicit Adam(const std::vector<std::size_t>& tensorSizes, AdamSettings settings = {},
                  std::vector<std::vector<float>> stepScales = {});

    /// Advances the step count t; call once per minibatch before update().
    void beginStep();
    /// Applies step t with learning rate `lr` to entries [first, first + count) of tensor `k`;
    /// `param` and `grad` are the whole tensor. Threads may update disjoint ranges of one step.
    void update(std::size_t k, std::span<float> param, std::span<const float> grad, double lr,
                std::size_t first, std::size_t count);
    /// The same step with the gradient g = scale · (parts[0] + parts[1] + …), summed left to
    /// right, each part the whole tensor: the partial gradients of several threads are summed,
    /// scaled and stepped in one pass over the entries, with no gradient tensor written.
    void update(std::size_t k, std::span<float> param, std::span<const float* const> parts,
                float scale, double lr, std::size_t first, std::size_t count);

private:
    AdamSettings settings_;
    std::vector<std::vector<float>> m_, v_;
    std::vector<std::vector<float>> stepScales_;
    long step_ = 0;
};

} // namespace pixelchain::training
