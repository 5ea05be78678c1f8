#pragma once
// ContinuousDensity: an explicit model of greyscale 28×28 images, the continuous twin of
// DensityModel. Each pixel is a real number y in [0, 1] (the 8-bit value dequantized,
// grey_image.h), and the chain rule over an Ordering σ gives a density, not a probability:
//
//   log p(y) = Σ_j log p(y_σ(j) | y_σ(1..j−1)),   each conditional a Gaussian mixture
//
// A density can exceed 1, so log p(y) can be positive. Bits per dimension of the 8-bit data,
// −log p(y) / (784 ln 2) + 8, make it comparable with the literature and between models.
#include "core/image/grey_image.h"
#include "core/models/gaussian_mixture.h"
#include "core/models/model.h"

#include <memory>
#include <vector>

namespace pixelchain {

/// Images as rows of 784 dequantized values y, each laid out in the model's sampling order.
struct GreyRows {
    const float* data = nullptr;
    std::size_t count = 0;
    const float* row(std::size_t n) const { return data + n * kPixels; }
};

/// What one pass over a greyscale image gives. The vectors have 784 entries in RASTER order.
struct ContinuousEvaluation {
    double logDensity = 0;            ///< log p(y) in nats (may be positive)
    std::vector<float> logDensities;  ///< log p(y_i | y_<i) per pixel; they sum to log p(y)
    std::vector<float> expectedValue; ///< E[y_i | y_<i]: what the model expected there

    /// bitsPerDimension(logDensity).
    double bitsPerDim() const;
};

/// Walks the ordering one pixel at a time: gives the mixture of the next pixel given the prefix,
/// then takes the value chosen for it.
class MixtureStepper {
public:
    virtual ~MixtureStepper() = default;
    virtual void reset() = 0;
    /// p(y_σ(j) | y_σ(1..j−1)) for the current j < 784.
    virtual GaussianMixture next() const = 0;
    /// Fixes y_σ(j) and moves to j + 1.
    virtual void push(double y) = 0;
    virtual int step() const = 0;
};

class ContinuousDensity : public Model {
public:
    const ContinuousDensity* continuous() const override { return this; }

    /// K, the components of every conditional.
    virtual int components() const = 0;
    /// log p(y), every conditional's log density and expected value, with y at the bin centres.
    virtual ContinuousEvaluation evaluate(const GreyImage& image) const = 0;
    /// A fresh stepper at the empty prefix.
    virtual std::unique_ptr<MixtureStepper> stepper() const = 0;
    /// log p(y_n) for every row, with up to `threads` threads; the default walks a stepper.
    virtual std::vector<double> logDensities(GreyRows rows, int threads) const;
};

} // namespace pixelchain
