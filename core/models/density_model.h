#pragma once
// DensityModel: an explicit model of binary 28×28 images, factorized by the chain rule over an
// Ordering σ:  log p(x) = Σ_j log p(x_σ(j) | x_σ(1..j−1)).
//
// Every model answers the three questions the pages ask: the exact log-probability of an image
// together with all its conditionals (one pass), a step-by-step conditional for sampling, and how
// many parameters it pays.
#include "core/image/binary_image.h"
#include "core/image/ordering.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace pixelchain {

/// What one pass over an image gives. Both vectors have 784 entries in RASTER order.
struct Evaluation {
    double logProb = 0;               ///< log p(x) in nats
    std::vector<float> conditionals;  ///< p(x_i = 1 | x_<i), "x_<i" meaning earlier in the ordering
    std::vector<float> surprise;      ///< −log p(x_i | x_<i) in nats; sums to −log p(x)

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

class DensityModel {
public:
    virtual ~DensityModel() = default;

    /// "nade", "independent", "markov", "fvsbn".
    virtual std::string kind() const = 0;
    /// A one-line human description, e.g. "NADE, 500 ReLU hidden units, raster order".
    virtual std::string describe() const = 0;
    virtual const Ordering& ordering() const = 0;
    /// Number of free parameters (matches the Counting page's formula for this model).
    virtual std::uint64_t parameterCount() const = 0;

    /// log p(x), all conditionals and the surprise of each pixel in one pass.
    virtual Evaluation evaluate(const BinaryImage& image) const = 0;
    /// A fresh stepper at the empty prefix.
    virtual std::unique_ptr<ConditionalStepper> stepper() const = 0;
};

/// log σ(t) and log(1 − σ(t)) = log σ(−t), without overflow or log(0).
double logSigmoid(double t);
/// σ(t) = 1 / (1 + e^−t), stable for large |t|.
double sigmoid(double t);

} // namespace pixelchain
