#include "ui/pages/training/training_job.h"

#include "core/training/test_figures.h"
#include "core/training/train_control.h"
#include "ui/adapters/user_models.h"
#include "ui/pages/training/live_views.h"
#include "ui/pages/training/saved_metadata.h"

#include <algorithm>
#include <chrono>
#include <utility>

namespace pixelchain::ui {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

/// How much of the run is done: by the time budget when there is one, else by the images.
double fractionDone(const training::TrainSettings& s, const training::EpochReport& r) {
    const double done = s.seconds > 0 ? r.trainingSeconds / s.seconds
                                      : double(r.imagesSeen) / (double(s.epochs) * double(s.limit));
    return std::clamp(done, 0.0, 1.0);
}

/// The test digit whose log p the page follows: the first of the test set.
constexpr std::size_t kFollowedDigit = 0;

} // namespace

TrainingJob::TrainingJob(QObject* parent)
    : QObject(parent) {}

TrainingJob::~TrainingJob() {
    if (!thread_)
        return;
    stop(false);
    thread_->wait();
    delete thread_; // its queued finished signal dies with this object
}

bool TrainingJob::start(TrainingRequest request) {
    if (thread_ || !request.data)
        return false;
    control_ = std::make_shared<training::TrainControl>();
    keep_ = true;
    thread_ = QThread::create([this, request = std::move(request)] { outcome_ = run(request); });
    connect(thread_, &QThread::finished, this, &TrainingJob::onThreadFinished);
    thread_->start(priority_);
    return true;
}

void TrainingJob::pause() {
    if (!thread_ || control_->paused() || control_->stopRequested())
        return;
    control_->pause();
    Q_EMIT pausedChanged(true);
}

void TrainingJob::resume() {
    if (!thread_ || !control_->paused())
        return;
    control_->resume();
    Q_EMIT pausedChanged(false);
}

void TrainingJob::stop(bool keep) {
    if (!thread_)
        return;
    keep_ = keep;
    const bool wasPaused = control_->paused();
    control_->requestStop(); // also ends a pause
    if (wasPaused)
        Q_EMIT pausedChanged(false);
}

void TrainingJob::wait() {
    if (thread_)
        thread_->wait();
}

bool TrainingJob::running() const {
    return thread_ != nullptr;
}

bool TrainingJob::paused() const {
    return thread_ && control_->paused();
}

void TrainingJob::post(const TrainingPoint& point) {
    const std::lock_guard lock(queued_);
    points_.push_back(point);
    if (!std::exchange(deliveryPending_, true))
        QMetaObject::invokeMethod(this, &TrainingJob::deliver, Qt::QueuedConnection);
}

void TrainingJob::post(LiveViews views) {
    const std::lock_guard lock(queued_);
    views_ = std::move(views);
    if (!std::exchange(deliveryPending_, true))
        QMetaObject::invokeMethod(this, &TrainingJob::deliver, Qt::QueuedConnection);
}

void TrainingJob::deliver() {
    std::vector<TrainingPoint> points;
    std::optional<LiveViews> views;
    {
        const std::lock_guard lock(queued_);
        points.swap(points_);
        views.swap(views_);
        deliveryPending_ = false;
    }
    for (const TrainingPoint& point : points)
        Q_EMIT progressed(point);
    if (views)
        Q_EMIT viewsReady(*views);
}

void TrainingJob::onThreadFinished() {
    if (!thread_)
        return;
    deliver(); // what the run queued last comes before its outcome
    thread_->deleteLater();
    thread_ = nullptr;
    Q_EMIT finished(outcome_);
}

TrainingOutcome TrainingJob::run(const TrainingRequest& request) {
    TrainingOutcome outcome;
    outcome.grey = training::modelsGrey(request.family.kind);
    try {
        const mnist::Mnist& data = *request.data;
        const auto started = Clock::now();
        const LiveViewMaker views(data, kFollowedDigit);
        SavedMetadata saved(request);
        std::unique_ptr<Model> best;
        if (training::trainsByGradient(request.family.kind)) {
            const auto family = training::startingFamily(request.family, data, request.settings);
            training::Trainer trainer(data, request.settings);
            double lastViews = -kViewSeconds;
            best = trainer.run(
                *family,
                [&](const training::EpochReport& report, const Model&) {
                    const double wall = secondsSince(started);
                    post(TrainingPoint{report, wall, fractionDone(request.settings, report)});
                    saved.record(report);
                    if (wall - lastViews >= kViewSeconds || !report.interim) {
                        LiveViews live = views.make(*family->snapshot());
                        live.imagesSeen = report.imagesSeen;
                        live.wallSeconds = wall;
                        post(std::move(live));
                        lastViews = wall;
                    }
                },
                control_.get());
        } else {
            best = training::fitTable(request.family, data, request.settings);
            post(views.make(*best));
        }
        if (control_->stopRequested() && !keep_) {
            outcome.end = TrainingOutcome::End::Cancelled;
            return outcome;
        }
        const double seconds = secondsSince(started);
        const auto figures = training::measureTestFigures(*best, data, request.settings.threads);
        outcome.id = newUserModelId(QString::fromStdString(training::modelName(request.family))
                                        .section(QLatin1Char(':'), 0, 0));
        outcome.path =
            saveUserModel(outcome.id, *best, saved.complete(outcome.id, seconds, figures));
        outcome.message = QString::fromStdString(best->describe() + ": " + figures.summary);
        outcome.end = TrainingOutcome::End::Saved;
    } catch (const std::exception& e) {
        outcome.end = TrainingOutcome::End::Failed;
        outcome.message = QString::fromLocal8Bit(e.what());
    }
    return outcome;
}

} // namespace pixelchain::ui
