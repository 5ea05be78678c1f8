#pragma once
// Multinomial logistic regression on the 784 binary pixels: the discriminative baseline of Bayes'
// rule. It models p(y | x) directly and nothing about x itself:
//
//   s_y = w_y · x + b_y,      p(y | x) = exp(s_y) / Σ_y' exp(s_y')      W: [C, 784], b: [C]
//
// (784 + 1) C parameters. It cannot sample a digit or say whether a drawing is a digit at all;
// the class-conditional models (class_conditional.h) can, and classify through p(x | y) p(y).
#include "core/image/binary_image.h"
#include "core/models/density_model.h"

#include <Eigen/Core>
#include <vector>

namespace pixelchain {

class LogisticRegression {
public:
    /// `weights` row-major [C, 784] (raster order), `bias` [C]; every value finite.
    /// Throws std::invalid_argument otherwise.
    LogisticRegression(std::vector<float> weights, std::vector<float> bias);

    int classes() const { return static_cast<int>(bias_.size()); }
    std::uint64_t parameterCount() const { return weights_.size() + bias_.size(); }
    std::string describe() const;

    /// p(y | x) for every label.
    std::vector<double> posterior(const BinaryImage& image) const;
    /// The scores s_y for rows of 784 bytes (raster order), row-major [rows, C].
    std::vector<double> scores(ImageRows rows) const;

    const std::vector<float>& weights() const { return weights_; }
    const std::vector<float>& bias() const { return bias_; }

private:
    std::vector<float> weights_;
    std::vector<float> bias_;
};

} // namespace pixelchain
