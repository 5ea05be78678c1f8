#include "ui/pages/counting/counting_task.h"

#include <QtConcurrent/QtConcurrentRun>

namespace pixelchain::ui {

CountingTask::CountingTask(QObject* parent)
    : QObject(parent) {
    connect(&watcher_, &QFutureWatcher<CountingResult>::finished, this,
            &CountingTask::onRunFinished);
}

// A run cannot be interrupted inside core; wait for it so it never outlives the page.
CountingTask::~CountingTask() {
    watcher_.waitForFinished();
}

// `running_` stays set until the finished signal is handled: the future itself reports "not
// running" a moment earlier, and starting then would let the older pending query win.
void CountingTask::request(const counting::CountQuery& query) {
    if (running_) {
        pending_ = query;
        return;
    }
    start(query);
}

bool CountingTask::busy() const {
    return running_;
}

void CountingTask::start(const counting::CountQuery& query) {
    running_ = true;
    Q_EMIT started();
    watcher_.setFuture(QtConcurrent::run(computeCounting, query));
}

void CountingTask::onRunFinished() {
    if (pending_) {
        const counting::CountQuery next = *pending_;
        pending_.reset();
        start(next);
        return;
    }
    running_ = false;
    Q_EMIT finished(watcher_.result());
}

} // namespace pixelchain::ui
