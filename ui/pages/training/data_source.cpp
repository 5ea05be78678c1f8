#include "ui/pages/training/data_source.h"

#include <QtConcurrent/QtConcurrentRun>

namespace pixelchain::ui {

DataSource::DataSource(QObject* parent)
    : QObject(parent) {
    connect(&watcher_, &QFutureWatcher<Loaded>::finished, this, &DataSource::onLoaded);
}

// A load cannot be interrupted: wait for it so it never outlives the page.
DataSource::~DataSource() {
    watcher_.waitForFinished();
}

void DataSource::load(const QString& folder) {
    ++generation_;
    if (watcher_.isRunning()) {
        pending_ = folder; // started as soon as the running load ends
        return;
    }
    start(folder);
}

void DataSource::start(const QString& folder) {
    loadingGeneration_ = generation_;
    watcher_.setFuture(QtConcurrent::run([folder] {
        Loaded loaded;
        try {
            loaded.data = loadTrainingData(folder, &loaded.problem);
        } catch (const std::exception& e) {
            loaded.problem = QString::fromLocal8Bit(e.what());
        }
        return loaded;
    }));
    Q_EMIT loadingStarted(); // loading() is true from here on
}

void DataSource::setData(TrainingData data) {
    ++generation_;
    pending_.reset();
    data_ = std::move(data);
    problem_.clear();
    Q_EMIT changed();
}

void DataSource::onLoaded() {
    if (pending_) {
        const QString next = *pending_;
        pending_.reset();
        start(next);
        return;
    }
    if (loadingGeneration_ != generation_)
        return; // a newer request (or data handed in) won
    Loaded loaded = watcher_.result();
    problem_ = loaded.problem;
    if (loaded.data.mnist)
        data_ = std::move(loaded.data);
    Q_EMIT changed();
}

} // namespace pixelchain::ui
