#pragma once
// TrainingJob: one training run on a thread of its own, so the page never blocks. The page starts
// it with a TrainingRequest and steers it through core's TrainControl (pause, resume, stop); the
// job hands back, by value in signals, a curve point per Trainer report, the live views at most
// every kViewSeconds, and the outcome. The model it keeps is measured on the test digits and
// saved in the user's models folder on the same thread, so the GUI thread only adds the saved file
// to the library.
//
// The race it avoids: a stop that arrives while the run is already measuring or saving must not
// lose the file, and a job destroyed mid-run must not leave its thread behind. stop() only sets
// flags the worker reads; the destructor stops without keeping and waits for the thread.
#include "ui/pages/training/training_run.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace pixelchain::training {
class TrainControl;
}

namespace pixelchain::ui {

class TrainingJob : public QObject {
    Q_OBJECT
public:
    /// The live views are refreshed at most this often (seconds of wall time).
    static constexpr double kViewSeconds = 3.0;

    explicit TrainingJob(QObject* parent = nullptr);
    ~TrainingJob() override;

    /// Starts a run; false (and nothing happens) while one is running.
    bool start(TrainingRequest request);
    void pause();
    void resume();
    /// Stops within a minibatch. keep: measure and save the best weights so far; else discard.
    void stop(bool keep);
    /// Blocks until the run's thread ended (a stop must have been asked for, or the run ends).
    void wait();

    bool running() const;
    bool paused() const;
    /// The priority of the training thread (and the threads it starts). NormalPriority by
    /// default: IdlePriority (SCHED_IDLE on Linux) lowered the GUI's p99 lateness from 14.9 to
    /// 9.2 ms in bench_training_page, but starves the run outright while any other program keeps
    /// the cores busy (a compile stalled a one-minute NADE on the 2-core machine), and a demo
    /// that stops is worse than a frame that is late. Applies from the next start().
    void setPriority(QThread::Priority priority) { priority_ = priority; }
    QThread::Priority priority() const { return priority_; }

Q_SIGNALS:
    void progressed(const pixelchain::ui::TrainingPoint& point);
    void viewsReady(const pixelchain::ui::LiveViews& views);
    void pausedChanged(bool paused);
    void finished(const pixelchain::ui::TrainingOutcome& outcome);

private:
    void onThreadFinished();
    /// On the worker: queue a point / the latest views for the GUI thread. At most one delivery
    /// is pending at any time, however fast the worker reports, so a tiny model cannot flood the
    /// event loop: the GUI takes every point queued since its last delivery in one go.
    void post(const TrainingPoint& point);
    void post(LiveViews views);
    /// On the GUI thread: emits what was queued.
    void deliver();
    /// The body of the worker thread.
    TrainingOutcome run(const TrainingRequest& request);

    QThread* thread_ = nullptr;
    std::shared_ptr<training::TrainControl> control_;
    std::atomic<bool> keep_{true};
    QThread::Priority priority_ = QThread::NormalPriority;
    TrainingOutcome outcome_;
    std::mutex queued_;
    std::vector<TrainingPoint> points_; ///< guarded by queued_
    std::optional<LiveViews> views_;    ///< guarded by queued_
    bool deliveryPending_ = false;      ///< guarded by queued_
};

} // namespace pixelchain::ui
