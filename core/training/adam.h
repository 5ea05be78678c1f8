#pragma once
// Adam (Kingma & Ba, 2015) for the NADE tensors. For each parameter θ with gradient g, step t:
//   m ← β₁ m + (1 − β₁) g,   v ← β₂ v + (1 − β₂) g²,
//   θ ← θ − lr · m̂ / (√v̂ + ε),   m̂ = m / (1 − β₁ᵗ),  v̂ = v / (1 − β₂ᵗ).
#include "core/models/nade.h"

namespace pixelchain::training {

struct AdamSettings {
    double beta1 = 0.9;
    double beta2 = 0.999;
    double epsilon = 1e-8;
};

class Adam {
public:
    Adam(int hidden, int pixels, AdamSettings settings = {});

    /// Advances the step count; call once per minibatch before update().
    void beginStep();
    /// Applies one step with learning rate `lr` to the columns [from, to) of W and V and, when
    /// `from == 0`, to b and c. Threads may update disjoint column ranges of the same step.
    void update(NadeWeights& weights, const NadeWeights& gradient, double lr, int from, int to);

private:
    AdamSettings settings_;
    NadeWeights m_, v_;
    long step_ = 0;
};

} // namespace pixelchain::training
