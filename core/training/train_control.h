#pragma once
// How another thread steers a running Trainer: pause, resume and stop.
//
// The trainer calls proceed() before every minibatch. While the run is paused, proceed() blocks
// (the time it waits is not training time: a time budget and the schedule ignore it); it returns
// false once a stop was asked for, and the trainer then finishes as on a stop flag: it validates
// what it trained, reports it and returns the best weights. A stop also ends a pause.
#include <atomic>
#include <condition_variable>
#include <mutex>

namespace pixelchain::training {

class TrainControl {
public:
    /// `external`, when given, is a stop flag polled too (a signal handler's, for example).
    explicit TrainControl(const std::atomic<bool>* external = nullptr);

    void pause();
    void resume();
    void requestStop();

    bool paused() const;
    bool stopRequested() const;

    /// Blocks while paused; true to train on, false to stop. Adds the seconds it blocked to
    /// `pausedSeconds`.
    bool proceed(double& pausedSeconds);

private:
    const std::atomic<bool>* external_;
    mutable std::mutex mutex_;
    std::condition_variable changed_;
    bool paused_ = false;
    bool stop_ = false;
};

} // namespace pixelchain::training
