#include "ui/adapters/sampling_controller.h"

#include "core/models/class_conditional.h"

#include <QTimer>
#include <algorithm>
#include <cmath>

namespace pixelchain::ui {
namespace {

using SamplingClock::tickInterval;

} // namespace

SamplingController::SamplingController(QObject* parent)
    : QObject(parent)
    , timer_(new QTimer(this)) {
    timer_->setTimerType(Qt::PreciseTimer);
    timer_->setInterval(tickInterval(speed_));
    connect(timer_, &QTimer::timeout, this, &SamplingController::tick);
}

SamplingController::~SamplingController() = default;

void SamplingController::setModel(std::shared_ptr<const DensityModel> model) {
    model_ = std::move(model);
    prefixCount_ = 0;
    if (label_ >= classes())
        label_ = -1;
    rebuild();
}

int SamplingController::classes() const {
    const ClassConditional* labelled = model_ ? model_->classConditional() : nullptr;
    return labelled ? labelled->classes() : 0;
}

void SamplingController::setLabel(int label) {
    label_ = label >= 0 && label < classes() ? label : -1;
    rebuild();
}

void SamplingController::setSeed(std::uint64_t seed) {
    seed_ = seed;
    rebuild();
}

void SamplingController::setTemperature(double temperature) {
    temperature_ = std::isfinite(temperature) ? std::max(0.0, temperature) : 1.0;
    rebuild();
}

void SamplingController::setPrefix(const BinaryImage& image, int count) {
    prefix_ = image;
    prefixCount_ = std::clamp(count, 0, kPixels);
    rebuild();
    if (sampler_) {
        sampler_->seek(prefixCount_);
        Q_EMIT changed();
    }
}

void SamplingController::clearPrefix() {
    if (prefixCount_ == 0)
        return;
    prefixCount_ = 0;
    rebuild();
}

void SamplingController::rebuild() {
    sampler_.reset();
    if (model_) {
        sampler_ = std::make_unique<Sampler>(model_, seed_, temperature_);
        if (label_ >= 0)
            sampler_->setLabel(label_);
        if (prefixCount_ > 0)
            sampler_->setPrefix(prefix_, prefixCount_);
    }
    pacer_.restart();
    Q_EMIT changed();
}

void SamplingController::setSpeed(SamplingSpeed speed) {
    speed_ = speed;
    timer_->setInterval(tickInterval(effectiveSpeed()));
    pacer_.restart();
}

void SamplingController::setReducedMotion(bool reduced) {
    reducedMotion_ = reduced;
    setSpeed(speed_);
    Q_EMIT reducedMotionChanged(reduced);
}

SamplingSpeed SamplingController::effectiveSpeed() const {
    return SamplingClock::effective(speed_, reducedMotion_);
}

void SamplingController::setPlaying(bool playing) {
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

void SamplingController::play() {
    if (!sampler_)
        return;
    // Playing a finished digit replays it from the first pixel the model decides.
    if (sampler_->done()) {
        sampler_->seek(prefixCount_);
        Q_EMIT changed();
    }
    setPlaying(true);
}

void SamplingController::pause() {
    setPlaying(false);
}

void SamplingController::togglePlay() {
    playing_ ? pause() : play();
}

int SamplingController::pixelsForThisTick() {
    return pacer_.pixelsForTick(effectiveSpeed(), sampler_->step());
}

void SamplingController::tick() {
    if (!sampler_ || sampler_->done()) {
        pause();
        return;
    }
    QElapsedTimer spent;
    spent.start();
    const int target = std::min(kPixels, sampler_->step() + pixelsForThisTick());
    sampler_->seek(target);
    Q_EMIT changed();
    lastTickMicros_ = spent.nsecsElapsed() / 1000;
    if (sampler_->done())
        pause();
}

void SamplingController::stepForward() {
    pause();
    if (sampler_ && !sampler_->done()) {
        sampler_->next();
        Q_EMIT changed();
    }
}

void SamplingController::stepBack() {
    pause();
    if (sampler_ && sampler_->step() > 0) {
        sampler_->back();
        Q_EMIT changed();
    }
}

void SamplingController::seek(int decided) {
    pause();
    if (!sampler_ || decided == sampler_->step())
        return;
    sampler_->seek(decided);
    Q_EMIT changed();
}

void SamplingController::finish() {
    pause();
    if (sampler_ && !sampler_->done()) {
        sampler_->finish();
        Q_EMIT changed();
    }
}

} // namespace pixelchain::ui
