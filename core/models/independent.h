#pragma once
// The independent-pixel model: every pixel is its own Bernoulli variable and ignores the others,
//
//   p(x) = Π_i θ_i^x_i (1 − θ_i)^(1 − x_i),      θ_i = p(x_i = 1),   θ: [784], raster order
//
// so log p(x) = Σ_i log p(x_i) and each "conditional" p(x_i | x_<i) is just θ_i. It pays
// n (k − 1) = 784 parameters, the lecture's independence assumption; its samples are noise.
#include "core/models/density_model.h"

#include <vector>

namespace pixelchain {

class Independent : public DensityModel {
public:
    /// `probabilities`: θ_i for the 784 pixels in raster order, each strictly inside (0, 1);
    /// throws std::invalid_argument otherwise.
    explicit Independent(std::vector<float> probabilities);

    ModelFamily family() const override { return ModelFamily::Independent; }
    std::string describe() const override;
    const Ordering& ordering() const override { return ordering_; }
    std::uint64_t parameterCount() const override { return probabilities_.size(); }
    Evaluation evaluate(const BinaryImage& image) const override;
    std::unique_ptr<ConditionalStepper> stepper() const override;
    int contextSize() const override { return 0; }
    /// p F32 [784].
    ModelTensors tensors() const override;

    const std::vector<float>& probabilities() const { return probabilities_; }
    /// log(θ_i / (1 − θ_i)).
    double logit(int pixel) const;

private:
    std::vector<float> probabilities_;
    Ordering ordering_ = Ordering::raster();
};

} // namespace pixelchain
