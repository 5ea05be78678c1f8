#pragma once
// GradientFamily: what a model family trained by its gradient hands to the one Trainer.
//
// A family owns its parameters θ and knows its loss; the Trainer owns everything else (epochs,
// minibatches, the learning-rate schedule, Adam, validation, keep-the-best, cancellation). The
// Trainer sees θ as a list of flat float tensors, the same list for the parameters and for each
// gradient buffer, so one Adam and one summation serve every family:
//
//   parameters()       θ as flat tensors, in a fixed order (views into the family's own storage)
//   gradient(t)        thread t's gradient buffer: the same tensors, the same order and sizes
//   accumulateGradient adds ∂(Σ_n NLL_n)/∂θ over a slice of a minibatch to gradient(t) and
//                      returns Σ_n NLL_n in nats; NLL_n = −log p(x_n)
//   validationNll      (1/N) Σ_n NLL_n over the validation rows, with the current θ
//   validate           that NLL, the loss keep-the-best compares (the NLL itself unless the family
//                      says otherwise) and, for a classifier, its accuracy
//   snapshot           the model with the current θ: what "keep the best" keeps
//
// Rows are laid out in ordering() (the j-th entry is the j-th pixel that ordering samples). A
// family of binary images (preparation() Binarized, the default) reads 784 bytes (0/1) per row, as
// mnist::binarize writes them, redrawn every epoch; a family of greyscale images (Dequantized)
// reads 784 floats y = (v + u)/256 per row, with u redrawn every epoch (dequantizedRows), and
// implements the GreyRows overloads instead.
#include "core/mnist/binarize.h"
#include "core/models/continuous_density.h"
#include "core/models/density_model.h"
#include "core/models/nade_batch.h"

#include <Eigen/Core>
#include <limits>
#include <memory>
#include <span>
#include <vector>

namespace pixelchain::training {

/// One validation pass.
struct ValidationScores {
    double nll = 0;                                             ///< mean −log p(x), nats
    double loss = 0;                                            ///< what keep-the-best minimizes
    double accuracy = std::numeric_limits<double>::quiet_NaN(); ///< of a classifier; NaN otherwise
};

/// How the Trainer prepares the training digits for a family.
enum class Preparation {
    Binarized,   ///< 0/1 pixels, a fresh stochastic binarization every epoch
    Dequantized, ///< y = (v + u)/256, a fresh u every epoch; validation at the bin centres
};

class GradientFamily {
public:
    virtual ~GradientFamily() = default;

    virtual Preparation preparation() const { return Preparation::Binarized; }

    /// The layout of the training and validation rows this family reads.
    virtual const Ordering& ordering() const = 0;
    /// θ as flat tensors; Adam updates them in place.
    virtual std::vector<std::span<float>> parameters() = 0;
    /// Adam's step scales per tensor of parameters() (adam.h); empty (the default) means 1.
    virtual std::vector<std::vector<float>> stepScales() const { return {}; }
    /// Makes `threads` gradient buffers shaped like parameters().
    virtual void prepareGradients(int threads) = 0;
    /// Buffer `thread` (0 ≤ thread < the count given to prepareGradients), as flat tensors.
    virtual std::vector<std::span<float>> gradient(int thread) = 0;
    /// Adds the gradient of Σ_n NLL_n over rows [first, first + count) to gradient(thread) and
    /// returns Σ_n NLL_n (nats). Runs concurrently for different threads, with θ fixed.
    virtual double accumulateGradient(int thread, ImageRows rows, std::size_t first,
                                      std::size_t count) = 0;
    /// Mean NLL (nats) of `rows` under the current θ, computed with `threads` threads.
    virtual double validationNll(ImageRows rows, int threads) const = 0;
    /// validationNll as both nll and loss; a family with another selection loss overrides it.
    virtual ValidationScores validate(ImageRows rows, int threads) const;
    /// The same two for a Dequantized family (−log p(y) in nats, which may be negative); the
    /// defaults throw std::logic_error.
    virtual double accumulateGradient(int thread, GreyRows rows, std::size_t first,
                                      std::size_t count);
    virtual ValidationScores validate(GreyRows rows, int threads) const;
    /// The model with the current θ.
    virtual std::unique_ptr<Model> snapshot() const = 0;
};

/// logit(mean grey value / 255) of each pixel over the first `limit` training images, clamped to
/// [0.001, 0.999] first, listed in `ordering`: the independent model's biases, where both the NADE
/// and the FVSBN start their output layer.
Eigen::VectorXf meanLogits(const mnist::Mnist& data, std::size_t limit, const Ordering& ordering);

} // namespace pixelchain::training
