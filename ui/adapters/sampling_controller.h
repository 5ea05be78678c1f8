#pragma once
// SamplingController: the Sampling page's clock. It owns one core Sampler and a QTimer, and moves
// the sample forward at a chosen speed without ever blocking the UI: each tick decides as many
// pixels as the elapsed time asks for (one pixel costs O(H), far below a frame), "row at a time"
// decides one row of the ordering per tick, and "instant" finishes the digit in one tick.
//
// Every decision comes from the sampler, so stepping back, seeking and changing speed never change
// the digit: the same seed and temperature give the same pixels, as in the command-line tool.
// With a class-conditional model it can also "draw me a 7": setLabel(7) samples p(x | y = 7).
// After any change of state it emits changed() once, so a page redraws at most once per tick.
#include "core/sampling/sampler.h"
#include "ui/adapters/sampling_speed.h"

#include <QElapsedTimer>
#include <QObject>
#include <memory>
#include <optional>

class QTimer;

namespace pixelchain::ui {

class SamplingController : public QObject {
    Q_OBJECT
public:
    explicit SamplingController(QObject* parent = nullptr);
    ~SamplingController() override;

    /// Starts a fresh sample of `model` (nullptr: nothing to sample) with the current seed and
    /// temperature; any completion prefix is dropped, and so is the label when `model` does not
    /// know it.
    void setModel(std::shared_ptr<const DensityModel> model);
    /// A new seed or temperature restarts the sample at pixel 0 and keeps the completion prefix.
    void setSeed(std::uint64_t seed);
    void setTemperature(double temperature);
    /// Completion: the first `count` pixels in sampling order come from `image`; the sample is
    /// then positioned right after them, so the model continues from there.
    void setPrefix(const BinaryImage& image, int count);
    void clearPrefix();
    /// "Draw me a 7": samples p(x | y = label) of a class-conditional model, or p(x) for −1.
    /// Restarts the sample at pixel 0 and keeps the completion prefix. A label the model does not
    /// know (or any label, for a model without labels) samples p(x).
    void setLabel(int label);
    void setSpeed(SamplingSpeed speed);

    void play();
    void pause();
    void togglePlay();
    void stepForward();
    void stepBack();
    void seek(int decided);
    void finish();

    bool hasSample() const { return sampler_ != nullptr; }
    const Sampler& sampler() const { return *sampler_; }
    int step() const { return sampler_ ? sampler_->step() : 0; }
    bool isPlaying() const { return playing_; }
    std::uint64_t seed() const { return seed_; }
    double temperature() const { return temperature_; }
    SamplingSpeed speed() const { return speed_; }
    /// Reduced motion: no more than four redraws a second. Speeds faster than that advance a row
    /// per tick instead (same pixels, fewer flashes); Instant stays instant.
    void setReducedMotion(bool reduced);
    bool reducedMotion() const { return reducedMotion_; }
    /// The speed the timer runs at: speed(), or RowAtATime under reduced motion.
    SamplingSpeed effectiveSpeed() const;
    /// Number of given pixels in completion mode (0 otherwise).
    int prefixCount() const { return prefixCount_; }
    std::shared_ptr<const DensityModel> model() const { return model_; }
    /// The label the sample is drawn given (−1: p(x), no label).
    int label() const { return label_; }
    /// How many labels the model knows: 0 for a model of p(x) alone.
    int classes() const;
    /// Wall-clock time of the last timer tick, sampling and the slots of changed(), in µs.
    qint64 lastTickMicroseconds() const { return lastTickMicros_; }

Q_SIGNALS:
    /// The sample changed (pixels decided or undone, or a restart).
    void changed();
    void playingChanged(bool playing);
    /// setReducedMotion() was called (the greyscale mode's clock follows it).
    void reducedMotionChanged(bool reduced);

private:
    void rebuild();
    void tick();
    int pixelsForThisTick();
    void setPlaying(bool playing);

    std::shared_ptr<const DensityModel> model_;
    std::unique_ptr<Sampler> sampler_;
    std::uint64_t seed_ = 1;
    double temperature_ = 1.0;
    BinaryImage prefix_;
    int prefixCount_ = 0;
    int label_ = -1;
    SamplingSpeed speed_ = SamplingSpeed::SixteenPerSecond;
    QTimer* timer_ = nullptr;
    PixelPacer pacer_;
    bool playing_ = false;
    bool reducedMotion_ = false;
    qint64 lastTickMicros_ = 0;
};

} // namespace pixelchain::ui
