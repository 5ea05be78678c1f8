#pragma once
// DensityModel: an explicit model of binary 28×28 images, factorized by the chain rule over an
// Ordering σ:  log p(x) = Σ_j log p(x_σ(j) | x_σ(1..j−1)).
//
// Every model answers the questions the pages ask: the exact log-probability of an image together
// with all its conditionals (one pass), a step-by-step conditional for sampling, how many
// parameters it pays, how much of the prefix each conditional sees, and what its file holds.
// What differs between families is asked through these virtuals, never by casting to a family:
// a new family adds a ModelFamily enumerator and implements them.
#include "core/image/binary_image.h"
#include "core/models/model.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace pixelchain {

class ClassConditional;

/// Images as rows of 784 bytes (0/1), each laid out in the model's sampling order, and their
/// labels (0..9, one byte per row) when a class-conditional model needs them.
struct ImageRows {
    const std::uint8_t* data = nullptr;
    std::size_t count = 0;
    const std::uint8_t* labels = nullptr; ///< `count` labels, or nullptr when unlabelled
    const std::uint8_t* row(std::size_t n) const { return data + n * kPixels; }
};

/// What one pass over an image gives. Both vectors have 784 entries in RASTER order.
struct Evaluation {
    double logProb = 0;              ///< log p(x) in nats
    std::vector<float> conditionals; ///< p(x_i = 1 | x_<i), "x_<i" meaning earlier in the ordering
    std::vector<float> surprise;     ///< −log p(x_i | x_<i) in nats; sums to −log p(x)

    /// −log p(x) / (784 ln 2): bits per pixel.
    double bitsPerPixel() const;
};

/// Walks the ordering one pixel at a time: reports the logit of p(x_σ(j) = 1 | the prefix),
/// then takes the value chosen for that pixel. A NADE keeps its running pre-activation here.
class ConditionalStepper {
public:
    virtual ~ConditionalStepper() = default;
    /// Back to the empty prefix (j = 0).
    virtual void reset() = 0;
    /// logit of p(x_σ(j) = 1 | x_σ(1..j−1)) for the current j; j < 784.
    virtual double nextLogit() const = 0;
    /// Fixes x_σ(j) and moves to j + 1.
    virtual void push(bool value) = 0;
    /// How many pixels are fixed so far.
    virtual int step() const = 0;
};

class DensityModel : public Model {
public:
    const DensityModel* binary() const override { return this; }

    /// log p(x), all conditionals and the surprise of each pixel in one pass.
    virtual Evaluation evaluate(const BinaryImage& image) const = 0;
    /// A fresh stepper at the empty prefix.
    virtual std::unique_ptr<ConditionalStepper> stepper() const = 0;

    /// How many pixels just before the j-th one (in the ordering) its conditional sees: the
    /// context of pixel j is the c_j = min(j − 1, contextSize()) pixels before it. 0 for
    /// independent pixels, m for a Markov chain of order m, kAllEarlier for the full chain rule.
    virtual int contextSize() const = 0;
    static constexpr int kAllEarlier = kPixels - 1;

    /// log p(x_n) in nats for every row, with up to `threads` threads (result independent of
    /// it). The default evaluates one image after the other; a family with a faster batch
    /// pass overrides it, and must agree with evaluate() to rounding.
    virtual std::vector<double> logProbs(ImageRows rows, int threads) const;

    /// Bayes' rule over the labels for a class-conditional model; nullptr for the others.
    virtual const ClassConditional* classConditional() const { return nullptr; }
};

/// log σ(t) and log(1 − σ(t)) = log σ(−t), without overflow or log(0).
double logSigmoid(double t);
/// σ(t) = 1 / (1 + e^−t), stable for large |t|.
double sigmoid(double t);

} // namespace pixelchain
