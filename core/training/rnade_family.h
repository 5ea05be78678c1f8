#pragma once
// The RNADE as a GradientFamily of greyscale digits (Preparation::Dequantized): its tensors W, V,
// b, c for the Trainer, its gradient from rnade_gradient.h, its validation −log p(y) from the
// batched pass at the bin centres.
//
// Initial weights, as for NADE with a data-aware output layer:
//   W[h, j] ~ U(−1/√D, 1/√D),  V = 0,  c = 0,
//   b_j = (log π, μ, log s) of pixel σ(j)'s independent mixture (mixture_fit.h)
// so before any step each conditional is exactly that pixel's own mixture: the baseline. V starts
// at 0, not small and random as NADE's, because a mixture's narrow components (s ≈ 1/256 for the
// many pixels that are exactly black) turn any random shift of μ into a huge −log p; the first
// steps move V by the gradient δ h_jᵀ, which is not 0, and W follows once V is not.
//
// The means' rows of V and b (Vm, bm) take Adam steps `meanStepScale` times as large as the rest
// (adam.h). Adam moves every entry by about lr per step whatever its gradient, and the narrow
// components across the black bin are 0.1 bin = 0.0004 wide: at lr = 10⁻³ one step of bm alone
// shifts such a mean by 2.5 widths, and V's 400 entries of a row shift it more, so the fitted
// tiles are lost in the first steps and the model pays for black pixels ever after. Smaller mean
// steps keep them, while log s and the mixing logits still move at lr.
#include "core/training/gradient_family.h"
#include "core/training/rnade_gradient.h"

#include <cstdint>

namespace pixelchain::training {

/// The initial weights above from `seed`, starting at the mixtures `start` (raster order).
/// Throws std::invalid_argument for `hidden` outside 1..100000 or mixtures of another K.
RnadeWeights initialRnadeWeights(int hidden, const std::vector<GaussianMixture>& start,
                                 const Ordering& ordering, std::uint64_t seed);

class RnadeFamily : public GradientFamily {
public:
    RnadeFamily(RnadeWeights initial, Ordering ordering, Activation activation,
                float meanStepScale = kMeanStepScale);

    /// The default meanStepScale.
    static constexpr float kMeanStepScale = 2e-4f;

    Preparation preparation() const override { return Preparation::Dequantized; }
    const Ordering& ordering() const override { return ordering_; }
    /// W, V, b, c: in that order.
    std::vector<std::span<float>> parameters() override;
    /// meanStepScale on the rows μ_1..μ_K of V and b, 1 elsewhere.
    std::vector<std::vector<float>> stepScales() const override;
    void prepareGradients(int threads) override;
    std::vector<std::span<float>> gradient(int thread) override;
    double accumulateGradient(int thread, GreyRows rows, std::size_t first,
                              std::size_t count) override;
    ValidationScores validate(GreyRows rows, int threads) const override;
    /// Binary rows are not this family's: both throw std::logic_error.
    double accumulateGradient(int thread, ImageRows rows, std::size_t first,
                              std::size_t count) override;
    double validationNll(ImageRows rows, int threads) const override;
    std::unique_ptr<Model> snapshot() const override;

    const RnadeWeights& weights() const { return weights_; }

private:
    RnadeWeights weights_;
    Ordering ordering_;
    Activation activation_;
    float meanStepScale_;
    std::vector<RnadeWeights> gradients_;
    std::vector<RnadeWorkspace> work_;
};

} // namespace pixelchain::training
