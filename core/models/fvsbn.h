#pragma once
// The fully visible sigmoid belief network (FVSBN): a logistic regression per pixel on all the
// pixels before it in raster order,
//
//   p(x_i = 1 | x_<i) = σ(b_i + Σ_{j<i} w_ij x_j)                 b: [784],  W: [784, 784]
//
// W is strictly lower triangular (w_ij = 0 for j ≥ i). Free parameters: one bias and i − 1
// weights for pixel i, Σ_i i = n(n + 1)/2 = 307,720 for n = 784.
//
// As in NADE, the pre-activations a_i = b_i + Σ_{j<i} w_ij x_j grow by one column of W per pixel
// that is on, so one pass over an image gives all 784 conditionals.
#include "core/models/density_model.h"

#include <Eigen/Core>

namespace pixelchain {

struct FvsbnWeights {
    Eigen::VectorXf b; // [D]
    Eigen::MatrixXf W; // [D, D] column-major, W(i, j) = w_ij, zero on and above the diagonal

    /// All zero: every pixel a fair coin.
    FvsbnWeights();
    /// D + D(D − 1)/2: the bias and the strictly lower triangle.
    static std::uint64_t parameterCount();
    /// True when every entry on or above the diagonal of W is zero.
    bool isStrictlyLower() const;
};

class Fvsbn : public DensityModel {
public:
    /// Throws std::invalid_argument for wrong shapes or weights on or above the diagonal.
    explicit Fvsbn(FvsbnWeights weights);

    ModelFamily family() const override { return ModelFamily::Fvsbn; }
    std::string describe() const override;
    const Ordering& ordering() const override { return ordering_; }
    std::uint64_t parameterCount() const override { return FvsbnWeights::parameterCount(); }
    Evaluation evaluate(const BinaryImage& image) const override;
    std::unique_ptr<ConditionalStepper> stepper() const override;
    int contextSize() const override { return kAllEarlier; }
    /// b F32 [784], W F32 [784, 784] (row i, column j: w_ij).
    ModelTensors tensors() const override;

    const FvsbnWeights& weights() const { return weights_; }

private:
    FvsbnWeights weights_;
    Ordering ordering_ = Ordering::raster();
};

} // namespace pixelchain
