#pragma once
// Sampler: autoregressive sampling one pixel at a time, that can step back and seek.
//
// Pixel j of the ordering is decided from u_j = uniformAt(seed, kSamplingStream, j) and the model's
// conditional p_j = p(x_σ(j) = 1 | x_σ(<j)):  at temperature T > 0,  x_σ(j) = [u_j < σ(ℓ_j / T)]
// with ℓ_j the logit of p_j (T = 1 is exact sampling from the model); at T = 0 (greedy),
// x_σ(j) = [p_j > 1/2]. The u_j depend only on the seed, so back() and seek(k) replay the same
// decisions exactly, and the same seed gives the same digit in the GUI and the CLI.
// With a prefix (completion), the first k pixels are copied from a given image instead.
#include "core/models/density_model.h"

#include <memory>
#include <vector>

namespace pixelchain {

inline constexpr std::uint64_t kSamplingStream = 0x5A4D504C45ull;

/// One decision, as the Sampling page shows it.
struct SampleStep {
    int step = 0;           ///< j, 0-based position in the ordering
    int pixel = 0;          ///< raster index σ(j)
    double probability = 0; ///< p(x = 1 | prefix) under the model (T = 1)
    double tempered = 0;    ///< σ(ℓ / T), the probability actually used (0 or 1 when greedy)
    double uniform = 0;     ///< u_j
    bool value = false;     ///< the outcome
    bool given = false;     ///< copied from the completion prefix, not drawn
    double logProb = 0;     ///< log p(x_σ(j) = value | prefix) under the model (T = 1)
};

class Sampler {
public:
    /// `temperature` ≥ 0 (0 = greedy); throws std::invalid_argument for a negative or NaN value.
    Sampler(std::shared_ptr<const DensityModel> model, std::uint64_t seed,
            double temperature = 1.0);

    /// Completion: the first `count` pixels in sampling order are taken from `image`. Restarts.
    void setPrefix(const BinaryImage& image, int count);
    /// "Draw me a 7": samples p(x | y = label) of a class-conditional model instead of p(x), or
    /// p(x) again for −1. Restarts. Throws std::invalid_argument when the model has no labels,
    /// std::out_of_range for a label it does not know.
    void setLabel(int label);
    /// The label given to setLabel, −1 when sampling p(x).
    int label() const { return label_; }

    /// Decides the next pixel and returns the decision; throws std::out_of_range when done.
    const SampleStep& next();
    /// Undoes the last decision (no-op at 0); the state equals that after step() − 1 steps.
    void back();
    /// Replays to exactly `k` decided pixels (0 ≤ k ≤ 784, clamped).
    void seek(int k);
    /// Decides every remaining pixel.
    void finish();

    int step() const { return static_cast<int>(history_.size()); }
    bool done() const { return step() == kPixels; }
    /// Decided pixels on, others off.
    const BinaryImage& image() const { return image_; }
    /// Decisions so far, in sampling order.
    const std::vector<SampleStep>& history() const { return history_; }
    /// log p(x_σ(<j)) under the model: Σ of the decided steps' logProb.
    double logProb() const { return logProb_; }
    /// p(x_σ(j) = 1 | prefix) for the next pixel (T = 1); NaN when done.
    double nextProbability() const;

    std::uint64_t seed() const { return seed_; }
    double temperature() const { return temperature_; }
    const DensityModel& model() const { return *model_; }

    /// A whole sample in one call: equal to next() until done.
    static BinaryImage draw(std::shared_ptr<const DensityModel> model, std::uint64_t seed,
                            double temperature = 1.0, int label = -1);

private:
    std::shared_ptr<const DensityModel> model_;
    std::unique_ptr<ConditionalStepper> stepper_;
    std::uint64_t seed_;
    double temperature_;
    BinaryImage prefix_;
    int prefixCount_ = 0;
    int label_ = -1;
    BinaryImage image_;
    std::vector<SampleStep> history_;
    double logProb_ = 0;
};

} // namespace pixelchain
