#include "ui/adapters/grey_sampling_controller.h"

#include <QTimer>
#include <algorithm>
#include <cmath>
#include <limits>

namespace pixelchain::ui {

GreySamplingController::GreySamplingController(QObject* parent)
    : QObject(parent)
    , timer_(new QTimer(this)) {
    timer_->setTimerType(Qt::PreciseTimer);
    timer_->setInterval(SamplingClock::tickInterval(speed_));
    connect(timer_, &QTimer::timeout, this, &GreySamplingController::tick);
}

GreySamplingController::~GreySamplingController() = default;

void GreySamplingController::setModel(std::shared_ptr<const ContinuousDensity> model) {
    model_ = std::move(model);
    rebuild();
}

void GreySamplingController::setSeed(std::uint64_t seed) {
    seed_ = seed;
    rebuild();
}

void GreySamplingController::setTemperature(double temperature) {
    temperature_ = std::isfinite(temperature)
                       ? std::clamp(temperature, kMinimumTemperature, kMaximumTemperature)
                       : 1.0;
    rebuild();
}

void GreySamplingController::rebuild() {
    sampler_.reset();
    history_.clear();
    cumulative_.clear();
    if (model_)
        sampler_ = std::make_unique<GreySampler>(model_, seed_, temperature_);
    else
        pause();
    pacer_.restart();
    Q_EMIT changed();
}

void GreySamplingController::setSpeed(SamplingSpeed speed) {
    speed_ = speed;
    timer_->setInterval(SamplingClock::tickInterval(effectiveSpeed()));
    pacer_.restart();
}

void GreySamplingController::setReducedMotion(bool reduced) {
    reducedMotion_ = reduced;
    setSpeed(speed_);
}

SamplingSpeed GreySamplingController::effectiveSpeed() const {
    return SamplingClock::effective(speed_, reducedMotion_);
}

double GreySamplingController::logDensityOf(int j) const {
    const GreyStep& s = history_.at(static_cast<std::size_t>(j));
    return s.mixture.logDensity(s.drawn);
}

double GreySamplingController::logDensitySoFar() const {
    return cumulative_.empty() ? 0.0 : cumulative_.back();
}

double GreySamplingController::bitsPerDimSoFar() const {
    if (history_.empty())
        return std::numeric_limits<double>::quiet_NaN();
    // bitsPerDimension() averages over 784 pixels; scaling the sum to 784 averages over n.
    return bitsPerDimension(logDensitySoFar() * kPixels / double(history_.size()));
}

void GreySamplingController::drawTo(int target) {
    GreyStep s;
    while (sampler_->stepsDone() < target && sampler_->step(&s)) {
        const double logDensity = s.mixture.logDensity(s.drawn);
        cumulative_.push_back(logDensitySoFar() + logDensity);
        history_.push_back(std::move(s));
    }
}

void GreySamplingController::replayTo(int target) {
    sampler_->seekTo(target);
    history_.resize(static_cast<std::size_t>(target));
    cumulative_.resize(static_cast<std::size_t>(target));
}

void GreySamplingController::setPlaying(bool playing) {
    if (playing == playing_)
        return;
    playing_ = playing;
    if (playing) {
        pacer_.restart();
        timer_->start();
    } else {
        timer_->stop();
    }
    Q_EMIT playingChanged(playing);
}

void GreySamplingController::play() {
    if (!sampler_)
        return;
    // Playing a finished digit replays it from the first pixel.
    if (sampler_->done()) {
        replayTo(0);
        Q_EMIT changed();
    }
    setPlaying(true);
}

void GreySamplingController::pause() {
    setPlaying(false);
}

void GreySamplingController::togglePlay() {
    playing_ ? pause() : play();
}

int GreySamplingController::pixelsForThisTick() {
    return pacer_.pixelsForTick(effectiveSpeed(), sampler_->stepsDone());
}

void GreySamplingController::tick() {
    if (!sampler_ || sampler_->done()) {
        pause();
        return;
    }
    QElapsedTimer spent;
    spent.start();
    drawTo(std::min(kPixels, sampler_->stepsDone() + pixelsForThisTick()));
    Q_EMIT changed();
    lastTickMicros_ = spent.nsecsElapsed() / 1000;
    if (sampler_->done())
        pause();
}

void GreySamplingController::stepForward() {
    pause();
    if (sampler_ && !sampler_->done()) {
        drawTo(sampler_->stepsDone() + 1);
        Q_EMIT changed();
    }
}

void GreySamplingController::stepBack() {
    pause();
    if (sampler_ && sampler_->stepsDone() > 0) {
        replayTo(sampler_->stepsDone() - 1);
        Q_EMIT changed();
    }
}

void GreySamplingController::seek(int drawn) {
    pause();
    drawn = std::clamp(drawn, 0, kPixels);
    if (!sampler_ || drawn == sampler_->stepsDone())
        return;
    if (drawn > sampler_->stepsDone())
        drawTo(drawn);
    else
        replayTo(drawn);
    Q_EMIT changed();
}

void GreySamplingController::finish() {
    pause();
    if (sampler_ && !sampler_->done()) {
        drawTo(kPixels);
        Q_EMIT changed();
    }
}

} // namespace pixelchain::ui
