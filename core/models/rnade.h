#pragma once
// RNADE, the real-valued NADE (Uria, Murray & Larochelle, 2013), for greyscale 28×28 images
// visited in an Ordering σ. NADE's hidden layer, with a Gaussian mixture of K components as each
// conditional instead of NADE's sigmoid. With D = 784 pixels and H hidden units:
//
//   a_1 = c,   a_(j+1) = a_j + W[:, j] y_σ(j),   h_j = act(a_j)
//   π_j = softmax(Va_j h_j + ba_j)    μ_j = Vm_j h_j + bm_j    s_j = exp(Vs_j h_j + bs_j)
//   p(y_σ(j) | y_σ(<j)) = Σ_k π_jk N(y_σ(j); μ_jk, s_jk²)
//
// Parameters: W [H, D], c [H]; per pixel j the three output matrices Va_j, Vm_j, Vs_j [K, H] and
// biases ba_j, bm_j, bs_j [K]: (3K + 1)HD + H + 3KD in all. One image costs O(KHD).
#include "core/models/continuous_density.h"
#include "core/models/nade.h"

#include <Eigen/Core>

namespace pixelchain {

/// The tensors of an RNADE, laid out so that pixel j's outputs are one matrix product.
struct RnadeWeights {
    Eigen::MatrixXf W; // [H, D] column-major: W.col(j) is pixel j's input weights
    Eigen::VectorXf c; // [H]
    /// [3K, H·D]: pixel j's block V.middleCols(j·H, H) has rows α_1..α_K (Va_j), then μ (Vm_j),
    /// then ζ = log s (Vs_j).
    Eigen::MatrixXf V;
    Eigen::MatrixXf b; // [3K, D]: column j is (ba_j, bm_j, bs_j)

    RnadeWeights() = default;
    RnadeWeights(int hidden, int components, int pixels); // all zero
    int hidden() const { return static_cast<int>(c.size()); }
    int pixels() const { return static_cast<int>(W.cols()); }
    int components() const { return static_cast<int>(b.rows() / 3); }
    /// Pixel j's output block [3K, H].
    auto outputs(int j) const { return V.middleCols(Eigen::Index(j) * hidden(), hidden()); }
    auto outputs(int j) { return V.middleCols(Eigen::Index(j) * hidden(), hidden()); }
    /// (3K + 1)HD + H + 3KD.
    std::uint64_t parameterCount() const;
};

class Rnade : public ContinuousDensity {
public:
    /// Throws std::invalid_argument when the shapes disagree or K is outside 1..64.
    Rnade(RnadeWeights weights, Ordering ordering, Activation activation);

    ModelFamily family() const override { return ModelFamily::Rnade; }
    std::string describe() const override;
    const Ordering& ordering() const override { return ordering_; }
    std::uint64_t parameterCount() const override { return weights_.parameterCount(); }
    int components() const override { return weights_.components(); }
    int contextSize() const override { return kPixels - 1; }
    /// H units, W as stored (column j: the j-th pixel in sampling order).
    HiddenLayerView hiddenLayer() const override {
        return {hidden(), activation_, weights_.W.data()};
    }
    /// Uses two threads: V is read from memory once per image, and two cores read it faster.
    ContinuousEvaluation evaluate(const GreyImage& image) const override;
    std::unique_ptr<MixtureStepper> stepper() const override;
    /// Blocks of images through one matrix product per pixel.
    std::vector<double> logDensities(GreyRows rows, int threads) const override;
    /// W F32 [H, D], c F32 [H], ordering I32 [D], Va, Vm, Vs F32 [D, K, H], ba, bm, bs F32 [D, K];
    /// metadata `components`, `activation`, `hidden`.
    ModelTensors tensors() const override;

    const RnadeWeights& weights() const { return weights_; }
    Activation activation() const { return activation_; }
    int hidden() const { return weights_.hidden(); }

private:
    RnadeWeights weights_;
    Ordering ordering_;
    Activation activation_;
};

/// log p(y) of one image under RNADE weights of any size D = weights.pixels() (y: D values in
/// sampling order), walking the conditionals one by one: the definition the batched passes and the
/// gradient are tested against.
double rnadeLogDensity(const RnadeWeights& weights, Activation activation, const float* y);

/// act(a) elementwise.
Eigen::MatrixXf activate(const Eigen::MatrixXf& a, Activation activation);
/// act'(a) elementwise.
Eigen::MatrixXf activationSlope(const Eigen::MatrixXf& a, Activation activation);
/// The weights from the tensors of a file (tensors() of an RNADE, by name); throws
/// std::invalid_argument when one is missing or misshapen.
RnadeWeights rnadeWeightsOf(const ModelTensors& tensors, int hidden, int components);

} // namespace pixelchain
