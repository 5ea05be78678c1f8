#pragma once
// The independent Gaussian mixture: every pixel its own mixture of K Gaussians, whatever the
// others are. The continuous twin of the independent Bernoulli model, and RNADE's baseline:
//
//   p(y) = Π_i Σ_k π_ik N(y_i; μ_ik, s_ik²)
//
// Parameters: π, μ, s per pixel and component, 3KD in all (K − 1 free weights per pixel would be
// 3K − 1; we count what the file stores, as the Counting page does for a softmax).
#include "core/models/continuous_density.h"

namespace pixelchain {

class IndependentMixture : public ContinuousDensity {
public:
    /// One mixture per pixel, raster order. Throws std::invalid_argument unless there are 784,
    /// all with the same K (1..64), weights positive and summing to 1 (±1e-3), scales positive.
    explicit IndependentMixture(std::vector<GaussianMixture> pixels);

    ModelFamily family() const override { return ModelFamily::IndependentMixture; }
    std::string describe() const override;
    const Ordering& ordering() const override { return ordering_; }
    std::uint64_t parameterCount() const override;
    int components() const override { return pixels_.front().components(); }
    int contextSize() const override { return 0; }
    ContinuousEvaluation evaluate(const GreyImage& image) const override;
    std::unique_ptr<MixtureStepper> stepper() const override;
    /// pi, mu, sigma F32 [784, K] (raster order); metadata `components`.
    ModelTensors tensors() const override;

    const GaussianMixture& pixel(int index) const { return pixels_[std::size_t(index)]; }

    /// From the tensors of a file; throws std::invalid_argument when they are damaged.
    static std::unique_ptr<IndependentMixture> fromTensors(const ModelTensors& tensors, int K);

private:
    std::vector<GaussianMixture> pixels_;
    Ordering ordering_ = Ordering::raster();
};

} // namespace pixelchain
