#include "core/training/train_control.h"

#include <chrono>

namespace pixelchain::training {

TrainControl::TrainControl(const std::atomic<bool>* external)
    : external_(external) {}

void TrainControl::pause() {
    const std::lock_guard lock(mutex_);
    paused_ = true;
}

void TrainControl::resume() {
    {
        const std::lock_guard lock(mutex_);
        paused_ = false;
    }
    changed_.notify_all();
}

void TrainControl::requestStop() {
    {
        const std::lock_guard lock(mutex_);
        stop_ = true;
    }
    changed_.notify_all();
}

bool TrainControl::paused() const {
    const std::lock_guard lock(mutex_);
    return paused_;
}

bool TrainControl::stopRequested() const {
    const std::lock_guard lock(mutex_);
    return stop_ || (external_ && external_->load());
}

bool TrainControl::proceed(double& pausedSeconds) {
    std::unique_lock lock(mutex_);
    const auto stopped = [&] { return stop_ || (external_ && external_->load()); };
    if (paused_ && !stopped()) {
        const auto since = std::chrono::steady_clock::now();
        // The external flag cannot notify: wake up now and then to look at it.
        while (paused_ && !stopped())
            changed_.wait_for(lock, std::chrono::milliseconds(100));
        pausedSeconds +=
            std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
    }
    return !stopped();
}

} // namespace pixelchain::training
