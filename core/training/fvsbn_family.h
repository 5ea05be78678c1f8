#pragma once
// The FVSBN as a GradientFamily: its two tensors W and b for the Trainer, its gradient written out
// by hand (fvsbn_gradient.h), rows in raster order (the FVSBN's only ordering).
//
// Initial weights: W = 0 and b_i = logit of the mean grey value of pixel i (meanLogits): the
// independent model, so the first step already scores about 206 nats and every step can only add
// what the earlier pixels tell. Entries of W on and above the diagonal get a zero gradient, so
// Adam never moves them (adam.h) and W stays strictly lower triangular.
#include "core/training/fvsbn_gradient.h"
#include "core/training/gradient_family.h"

namespace pixelchain::training {

/// W = 0, b = `bias` (meanLogits in raster order).
FvsbnWeights initialFvsbnWeights(const Eigen::VectorXf& bias);

class FvsbnFamily : public GradientFamily {
public:
    explicit FvsbnFamily(FvsbnWeights initial);

    const Ordering& ordering() const override { return ordering_; }
    /// W (784 × 784, column-major) and b: in that order.
    std::vector<std::span<float>> parameters() override;
    void prepareGradients(int threads) override;
    std::vector<std::span<float>> gradient(int thread) override;
    double accumulateGradient(int thread, ImageRows rows, std::size_t first,
                              std::size_t count) override;
    double validationNll(ImageRows rows, int threads) const override;
    std::unique_ptr<Model> snapshot() const override;

    const FvsbnWeights& weights() const { return weights_; }

private:
    FvsbnWeights weights_;
    Ordering ordering_ = Ordering::raster();
    std::vector<FvsbnWeights> gradients_; // one per thread
    std::vector<FvsbnWeights> slices_;    // one per thread: the gradient of its slice alone
};

} // namespace pixelchain::training
