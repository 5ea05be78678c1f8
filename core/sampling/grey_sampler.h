#pragma once
// GreySampler: draws a greyscale digit from a ContinuousDensity one pixel at a time, in the
// model's ordering. At step j it asks the model for p(y_σ(j) | y_σ(<j)), a Gaussian mixture,
// draws y from it (tempered by τ, gaussian_mixture.h), and feeds the model that y.
//
// Every draw is a pure function of (seed, step): the three uniforms of step j are
// uniformAt(seed, j, 0..2), so the same seed replays the same digit, and seekTo(j) replays the
// first j steps. A drawn y outside [0, 1) is shown clamped (quantize); the model is fed the y it
// drew, as the chain rule asks.
#include "core/models/continuous_density.h"

#include <memory>

namespace pixelchain {

struct GreyStep {
    int step = 0;            ///< j, 0-based
    int pixel = 0;           ///< σ(j), raster index
    GaussianMixture mixture; ///< p(y_σ(j) | the prefix), untempered
    double drawn = 0;        ///< the y drawn (tempered)
    int value = 0;           ///< quantize(drawn): the 8-bit grey shown
};

class GreySampler {
public:
    /// Throws std::invalid_argument for a temperature outside (0, 10].
    GreySampler(std::shared_ptr<const ContinuousDensity> model, std::uint64_t seed,
                double temperature = 1);

    /// Draws the next pixel; false when all 784 are drawn.
    bool step(GreyStep* out = nullptr);
    /// Replays from the start to `step` pixels drawn (0..784).
    void seekTo(int step);
    int stepsDone() const { return steps_; }
    bool done() const { return steps_ == kPixels; }

    /// The digit so far (pixels not yet drawn are 0).
    const GreyImage& image() const { return image_; }
    /// E[y_i | the prefix] of every pixel drawn so far, raster order (NaN where not drawn).
    const std::vector<float>& expected() const { return expected_; }
    /// The mixture of the next pixel (valid while !done()).
    GaussianMixture nextMixture() const;
    std::uint64_t seed() const { return seed_; }
    double temperature() const { return temperature_; }
    const ContinuousDensity& model() const { return *model_; }

private:
    std::shared_ptr<const ContinuousDensity> model_;
    std::uint64_t seed_;
    double temperature_;
    std::unique_ptr<MixtureStepper> stepper_;
    GreyImage image_;
    std::vector<float> expected_;
    int steps_ = 0;
};

/// The whole digit of `seed`: GreySampler run to the end.
GreyImage drawGreyDigit(std::shared_ptr<const ContinuousDensity> model, std::uint64_t seed,
                        double temperature = 1);

} // namespace pixelchain
