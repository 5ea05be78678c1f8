#pragma once
// SampleBatchTask: draws a batch of whole samples off the UI thread (QtConcurrent::run), for the
// continuations, the gallery and the completions. Each sample is a core Sampler with its own seed,
// optionally continuing a given prefix and given a label (p(x | y) of a class-conditional model),
// so a result equals what stepping would give.
//
// Only the newest request matters: a request made while another runs waits for it and replaces
// any request still waiting; a result that is no longer the newest is discarded, never shown.
#include "core/sampling/sampler.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>
#include <optional>
#include <vector>

namespace pixelchain::ui {

struct SampleBatchRequest {
    std::shared_ptr<const DensityModel> model;
    BinaryImage prefix;
    int prefixCount = 0; ///< pixels of `prefix` given, in sampling order
    std::vector<std::uint64_t> seeds;
    double temperature = 1.0;
    int label = -1; ///< draw from p(x | y = label); −1 (or a model without labels): p(x)
};

struct SampleBatch {
    std::uint64_t request = 0;       ///< which request this answers
    std::vector<BinaryImage> images; ///< one per seed, in order
    std::vector<float> mean;         ///< 784 fractions of samples with each pixel on
};

class SampleBatchTask : public QObject {
    Q_OBJECT
public:
    explicit SampleBatchTask(QObject* parent = nullptr);
    ~SampleBatchTask() override;

    /// Queues a batch; returns its request number (they increase).
    std::uint64_t request(SampleBatchRequest request);
    bool busy() const { return watcher_.isRunning(); }
    /// The newest batch shown, if any.
    const std::optional<SampleBatch>& latest() const { return latest_; }

    /// The batch itself, on the calling thread (what the background run computes).
    static SampleBatch draw(const SampleBatchRequest& request);

Q_SIGNALS:
    void finished(const pixelchain::ui::SampleBatch& batch);

private:
    void start(SampleBatchRequest request, std::uint64_t number);
    void onFinished();

    QFutureWatcher<SampleBatch> watcher_;
    std::optional<SampleBatchRequest> pending_;
    std::uint64_t issued_ = 0;
    std::optional<SampleBatch> latest_;
};

} // namespace pixelchain::ui
