#include "ui/pages/sampling/sample_batch_task.h"

#include "core/models/class_conditional.h"

#include <QtConcurrent/QtConcurrentRun>

namespace pixelchain::ui {

SampleBatchTask::SampleBatchTask(QObject* parent)
    : QObject(parent) {
    connect(&watcher_, &QFutureWatcher<SampleBatch>::finished, this, &SampleBatchTask::onFinished);
}

SampleBatchTask::~SampleBatchTask() {
    // The run holds only its own copy of the request; waiting keeps the future from outliving us.
    watcher_.waitForFinished();
}

SampleBatch SampleBatchTask::draw(const SampleBatchRequest& request) {
    SampleBatch batch;
    batch.mean.assign(kPixels, 0.0f);
    if (!request.model)
        return batch;
    const ClassConditional* labelled = request.model->classConditional();
    const bool given = labelled && request.label >= 0 && request.label < labelled->classes();
    for (const std::uint64_t seed : request.seeds) {
        Sampler sampler(request.model, seed, request.temperature);
        if (given)
            sampler.setLabel(request.label);
        if (request.prefixCount > 0)
            sampler.setPrefix(request.prefix, request.prefixCount);
        sampler.finish();
        batch.images.push_back(sampler.image());
    }
    if (!batch.images.empty()) {
        const float share = 1.0f / static_cast<float>(batch.images.size());
        for (const BinaryImage& image : batch.images)
            for (int pixel = 0; pixel < kPixels; ++pixel)
                batch.mean[static_cast<std::size_t>(pixel)] += image.at(pixel) ? share : 0.0f;
    }
    return batch;
}

std::uint64_t SampleBatchTask::request(SampleBatchRequest request) {
    const std::uint64_t number = ++issued_;
    if (watcher_.isRunning()) {
        pending_ = std::move(request);
    } else {
        // A request still waiting is older than this one. (It can be left when the run it waited
        // for ended but its finished() has not reached this thread yet.) It must never run.
        pending_.reset();
        start(std::move(request), number);
    }
    return number;
}

void SampleBatchTask::start(SampleBatchRequest request, std::uint64_t number) {
    watcher_.setFuture(QtConcurrent::run([request = std::move(request), number] {
        SampleBatch batch = draw(request);
        batch.request = number;
        return batch;
    }));
}

void SampleBatchTask::onFinished() {
    // The finished() of a run replaced by a newer one may still arrive: the newer one reports.
    if (!watcher_.isFinished())
        return;
    if (pending_) {
        // A newer request arrived while this one ran: its result is stale, so drop it.
        SampleBatchRequest next = std::move(*pending_);
        pending_.reset();
        start(std::move(next), issued_);
        return;
    }
    SampleBatch batch = watcher_.result();
    if (batch.request != issued_)
        return;
    latest_ = std::move(batch);
    Q_EMIT finished(*latest_);
}

} // namespace pixelchain::ui
