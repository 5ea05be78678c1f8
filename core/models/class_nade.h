#pragma once
// The class-conditional NADE: a NADE (nade.h) over 28×28 binary digits that also knows the label
// y ∈ {0..C−1}. The label enters the first pre-activation and every output logit:
//
//   a_1 = c + U[:, y],   a_(j+1) = a_j + W[:, j] x_σ(j),   h_j = act(a_j)
//   p(x_σ(j) = 1 | x_σ(<j), y) = σ(V_j · h_j + b_j + A[j, y])
//
// so p(x | y) is exactly the NADE with hidden bias c + U[:, y] and output bias b + A[:, y], and
// the ten of them share W and V. With the prior p(y) (the training labels' frequencies) Bayes'
// rule (class_conditional.h) turns the ten densities into p(x) = Σ_y p(x|y) p(y) and a classifier
// p(y | x). The running sum c + Σ_{i<j} W[:, i] x_i is the same for every label, which the batched
// pass uses: one image and its ten labels form a block of ten columns that share W[:, j] and V_j.
//
// Parameters: the NADE's 2HD + H + D, plus U (HC), A (DC) and the prior's C − 1 free values.
#include "core/models/class_conditional.h"
#include "core/models/nade.h"

namespace pixelchain {

struct ClassNadeWeights {
    NadeWeights nade;  ///< W, V, b, c as in the NADE
    Eigen::MatrixXf U; ///< [H, C] column-major: U.col(y) joins a_1 for label y
    Eigen::MatrixXf A; ///< [D, C] column-major: A(j, y) joins the j-th pixel's logit for label y

    ClassNadeWeights() = default;
    ClassNadeWeights(int hidden, int classes); // all zero
    int classes() const { return static_cast<int>(U.cols()); }
};

class ClassNade : public DensityModel, public ClassConditional {
public:
    /// `logPrior`: log p(y) for the C labels, normalized; throws std::invalid_argument for shapes
    /// that disagree or a prior that is not a distribution.
    ClassNade(ClassNadeWeights weights, std::vector<double> logPrior, Ordering ordering,
              Activation activation);

    ModelFamily family() const override { return ModelFamily::ClassNade; }
    std::string describe() const override;
    const Ordering& ordering() const override { return ordering_; }
    std::uint64_t parameterCount() const override;
    /// p(x) = Σ_y p(x|y) p(y), its conditionals mixing the labels: the ten labels' logits from
    /// one batched pass, then mixtureFromLogits.
    Evaluation evaluate(const BinaryImage& image) const override;
    std::unique_ptr<ConditionalStepper> stepper() const override;
    int contextSize() const override { return kAllEarlier; }
    HiddenLayerView hiddenLayer() const override;
    /// log p(x_n) by the batched ten-label pass.
    std::vector<double> logProbs(ImageRows rows, int threads) const override;
    const ClassConditional* classConditional() const override { return this; }
    /// The NADE's tensors, then U F32 [H, C], A F32 [D, C], log_prior F32 [C]; metadata
    /// `activation`, `hidden`, `classes`.
    ModelTensors tensors() const override;

    int classes() const override { return weights_.classes(); }
    const std::vector<double>& logPrior() const override { return logPrior_; }
    std::vector<double> logLikelihoodsGiven(const BinaryImage& image) const override;
    Evaluation evaluateGiven(const BinaryImage& image, int label) const override;
    std::unique_ptr<ConditionalStepper> stepperGiven(int label) const override;
    std::vector<double> logLikelihoodsGiven(ImageRows rows, int threads) const override;

    const ClassNadeWeights& weights() const { return weights_; }
    Activation activation() const { return activation_; }
    int hidden() const { return weights_.nade.hidden(); }

    /// logit of p(x_σ(j) = 1 | prefix, y) for the running pre-activation a (which already holds
    /// U[:, y]).
    float logit(int j, int label, const float* a) const;

private:
    ClassNadeWeights weights_;
    std::vector<double> logPrior_;
    Ordering ordering_;
    Activation activation_;
};

/// logit of p(x_σ(j) = 1 | prefix, y): V_j · act(a) + b_j + A[j, y], for the running
/// pre-activation a ([H], already holding U[:, y]).
float classNadeLogit(const ClassNadeWeights& w, Activation act, int j, int label, const float* a);

/// log p(x_n | y) for rows [first, first + count) and every label y, into out[(n − first)·C + y].
/// Each (image, label) pair is one column of a block, and all share W[:, j] and V_j at pixel j.
/// With `logits`, also writes each logit of image k, pixel j, label y to
/// logits[(k·D + j)·C + y].
void classNadeLogLikelihoods(const ClassNadeWeights& w, Activation act, ImageRows rows,
                             std::size_t first, std::size_t count, double* out,
                             float* logits = nullptr);

} // namespace pixelchain
