#pragma once
// The NADE as a GradientFamily: its four tensors W, V, b, c for the Trainer, its gradient from the
// hand-written backward pass (nade_gradient.h), its validation NLL by the batched forward pass.
//
// Initial weights (Larochelle & Murray, 2011, with a data-aware output bias):
//   W[h, j] ~ U(−1/√D, 1/√D),  V[j, h] ~ U(−1/√H, 1/√H)   (drawn in that order, column-major)
//   c = 0,   b_j = logit of the mean grey value of pixel j   (meanLogits)
// so before any step each p(x_j = 1 | x_<j) is near the pixel's mean: the independent model.
#include "core/training/gradient_family.h"
#include "core/training/nade_gradient.h"

#include <cstdint>

namespace pixelchain::training {

/// The initial weights above from `seed`; `bias` is b (meanLogits in the model's ordering).
/// Throws std::invalid_argument for `hidden` outside 1..100000.
NadeWeights initialNadeWeights(int hidden, const Eigen::VectorXf& bias, std::uint64_t seed);

class NadeFamily : public GradientFamily {
public:
    NadeFamily(NadeWeights initial, Ordering ordering, Activation activation);

    const Ordering& ordering() const override { return ordering_; }
    /// W, V (stored transposed, Vt), b, c: in that order.
    std::vector<std::span<float>> parameters() override;
    void prepareGradients(int threads) override;
    std::vector<std::span<float>> gradient(int thread) override;
    double accumulateGradient(int thread, ImageRows rows, std::size_t first,
                              std::size_t count) override;
    double validationNll(ImageRows rows, int threads) const override;
    std::unique_ptr<Model> snapshot() const override;

    const NadeWeights& weights() const { return weights_; }

private:
    NadeWeights weights_;
    Ordering ordering_;
    Activation activation_;
    std::vector<NadeWeights> gradients_;  // one per thread
    std::vector<GradientWorkspace> work_; // one per thread
};

} // namespace pixelchain::training
