#pragma once
// NADE, the neural autoregressive density estimator (Larochelle & Murray, 2011), for binary
// 28×28 images visited in an Ordering σ. With D = 784 pixels and H hidden units:
//
//   a_1 = c,   a_(j+1) = a_j + W[:, j] x_σ(j)          running pre-activation     a_j: [H]
//   h_j = act(a_j)                                      act = sigmoid or ReLU      h_j: [H]
//   p(x_σ(j) = 1 | x_σ(<j)) = σ(V_j · h_j + b_j)
//   log p(x) = Σ_j log p(x_σ(j) | x_σ(<j))             exact, all D terms in O(HD)
//
// Parameters: W [H, D] (column j: input weights of the j-th pixel in sampling order),
// V [D, H] (row j: output weights of the j-th pixel), b [D], c [H]: 2HD + H + D in all.
#include "core/models/density_model.h"

#include <Eigen/Core>

namespace pixelchain {

const char* activationName(Activation a);
/// "sigmoid" or "relu"; throws std::invalid_argument otherwise.
Activation parseActivation(const std::string& name);

/// The tensors of a NADE, laid out for its inner loops (columns are contiguous).
struct NadeWeights {
    Eigen::MatrixXf W;  // [H, D] column-major: W.col(j) is pixel j's input weights
    Eigen::MatrixXf Vt; // [H, D] column-major: Vt.col(j) is V_j, pixel j's output weights
    Eigen::VectorXf b;  // [D]
    Eigen::VectorXf c;  // [H]

    NadeWeights() = default;
    NadeWeights(int hidden, int pixels); // all zero
    int hidden() const { return static_cast<int>(c.size()); }
    int pixels() const { return static_cast<int>(b.size()); }
    /// 2HD + H + D: one term per tensor.
    std::uint64_t parameterCount() const;
};

class Nade : public DensityModel {
public:
    Nade(NadeWeights weights, Ordering ordering, Activation activation);

    ModelFamily family() const override { return ModelFamily::Nade; }
    std::string describe() const override;
    const Ordering& ordering() const override { return ordering_; }
    std::uint64_t parameterCount() const override { return weights_.parameterCount(); }
    Evaluation evaluate(const BinaryImage& image) const override;
    std::unique_ptr<ConditionalStepper> stepper() const override;
    int contextSize() const override { return kAllEarlier; }
    /// H units, W as stored (column j: the j-th pixel in sampling order).
    HiddenLayerView hiddenLayer() const override;
    /// The batch pass of nade_batch.h: pixel outside, a block of images inside.
    std::vector<double> logProbs(ImageRows rows, int threads) const override;
    /// W F32 [H, D], V F32 [D, H], b F32 [D], c F32 [H], ordering I32 [D]; metadata
    /// `activation` and `hidden`.
    ModelTensors tensors() const override;

    /// log p(x) only (same pass, no per-pixel output).
    double logProb(const BinaryImage& image) const;

    const NadeWeights& weights() const { return weights_; }
    Activation activation() const { return activation_; }
    int hidden() const { return weights_.hidden(); }

private:
    NadeWeights weights_;
    Ordering ordering_;
    Activation activation_;
};

/// V_j · act(a) + b_j for the pre-activation a ([H], contiguous): the logit of pixel j.
float nadeLogit(const NadeWeights& w, Activation act, int j, const float* a);
/// a += W[:, j]: pixel j is on, so its input weights join the running pre-activation a ([H]).
void addInputWeights(const NadeWeights& w, int j, float* a);

} // namespace pixelchain
