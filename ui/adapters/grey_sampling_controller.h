#pragma once
// GreySamplingController: the clock of the Sampling page's greyscale mode, the twin of
// SamplingController. It owns one core GreySampler and a QTimer and moves the grey digit forward
// at a chosen speed without blocking the UI: each tick draws as many pixels as the elapsed time
// asks for (one draw of the RNADE costs a 3K × H product, far below a frame), "a row at a time"
// draws 28 per tick and "instant" the whole digit in one tick.
//
// Every draw comes from the sampler, a pure function of (seed, step): stepping back replays the
// digit up to the pixel before (GreySampler::seekTo), and the same seed and temperature always
// give the same digit. Beside the sampler it keeps each drawn step (the pixel, its untempered
// mixture, the y drawn) and the running sum of their log densities, so the page can show the
// current pixel's mixture and "log p so far" without computing anything itself.
// After any change of state it emits changed() once, so a page redraws at most once per tick.
#include "core/sampling/grey_sampler.h"
#include "ui/adapters/sampling_speed.h"

#include <QElapsedTimer>
#include <QObject>
#include <memory>
#include <vector>

class QTimer;

namespace pixelchain::ui {

class GreySamplingController : public QObject {
    Q_OBJECT
public:
    /// The lowest temperature offered: a GreySampler needs τ > 0 (at τ → 0 every component
    /// shrinks to its mean; there is no greedy grey value to fall back on).
    static constexpr double kMinimumTemperature = 0.05;
    static constexpr double kMaximumTemperature = 10;

    explicit GreySamplingController(QObject* parent = nullptr);
    ~GreySamplingController() override;

    /// Starts a fresh digit of `model` (nullptr: nothing to sample) with the current seed and
    /// temperature.
    void setModel(std::shared_ptr<const ContinuousDensity> model);
    /// A new seed or temperature restarts the digit at pixel 0.
    void setSeed(std::uint64_t seed);
    /// Clamped to [kMinimumTemperature, kMaximumTemperature]; NaN means 1.
    void setTemperature(double temperature);
    void setSpeed(SamplingSpeed speed);
    void setReducedMotion(bool reduced);

    void play();
    void pause();
    void togglePlay();
    void stepForward();
    void stepBack();
    void seek(int drawn);
    void finish();

    bool hasSample() const { return sampler_ != nullptr; }
    const GreySampler& sampler() const { return *sampler_; }
    std::shared_ptr<const ContinuousDensity> model() const { return model_; }
    /// Pixels drawn so far (0..784).
    int step() const { return sampler_ ? sampler_->stepsDone() : 0; }
    bool isPlaying() const { return playing_; }
    std::uint64_t seed() const { return seed_; }
    double temperature() const { return temperature_; }
    SamplingSpeed speed() const { return speed_; }
    bool reducedMotion() const { return reducedMotion_; }
    SamplingSpeed effectiveSpeed() const;

    /// The steps drawn so far, in sampling order (history()[j] is step j).
    const std::vector<GreyStep>& history() const { return history_; }
    /// log p(y_σ(j) | y_σ(<j)) of step j's draw under the untempered mixture, in nats.
    double logDensityOf(int j) const;
    /// Σ of logDensityOf(j) over the steps drawn so far: log p of the digit so far (0 at start).
    double logDensitySoFar() const;
    /// Bits per dimension of the pixels drawn so far, −logDensitySoFar() / (n ln 2) + 8 for n
    /// pixels (bitsPerDimension() rescaled from 784 to n); NaN before the first draw.
    double bitsPerDimSoFar() const;
    /// Wall-clock time of the last timer tick, drawing and the slots of changed(), in µs.
    qint64 lastTickMicroseconds() const { return lastTickMicros_; }

Q_SIGNALS:
    /// The digit changed (pixels drawn or undone, or a restart).
    void changed();
    void playingChanged(bool playing);

private:
    void rebuild();
    void tick();
    int pixelsForThisTick();
    void setPlaying(bool playing);
    /// Draws forward to `target` steps, recording each step.
    void drawTo(int target);
    /// Back to `target` steps: the sampler replays, the record is cut.
    void replayTo(int target);

    std::shared_ptr<const ContinuousDensity> model_;
    std::unique_ptr<GreySampler> sampler_;
    std::vector<GreyStep> history_;
    std::vector<double> cumulative_; ///< cumulative_[j] = Σ log p of steps 0..j
    std::uint64_t seed_ = 1;
    double temperature_ = 1.0;
    SamplingSpeed speed_ = SamplingSpeed::SixtyPerSecond;
    QTimer* timer_ = nullptr;
    PixelPacer pacer_;
    bool playing_ = false;
    bool reducedMotion_ = false;
    qint64 lastTickMicros_ = 0;
};

} // namespace pixelchain::ui
