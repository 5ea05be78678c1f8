#pragma once
// CountingTask runs computeCounting() on a worker thread so the page never blocks (a count with
// n = 100000 and k = 2^32 takes a while). One run at a time: a query that arrives while a run is
// busy waits as the single pending query, replacing any older pending one, and a result that is
// already stale when it arrives is dropped. Results come back by value in `finished`.
#include "ui/pages/counting/counting_result.h"

#include <QFutureWatcher>
#include <QObject>
#include <optional>

namespace pixelchain::ui {

class CountingTask : public QObject {
    Q_OBJECT
public:
    explicit CountingTask(QObject* parent = nullptr);
    ~CountingTask() override;

    /// Counts `query` as soon as the worker is free.
    void request(const counting::CountQuery& query);

    /// True from the start of a run until its result (or a newer one) has been handed out.
    bool busy() const;

Q_SIGNALS:
    void started();
    void finished(const pixelchain::ui::CountingResult& result);

private:
    void start(const counting::CountQuery& query);
    void onRunFinished();

    QFutureWatcher<CountingResult> watcher_;
    std::optional<counting::CountQuery> pending_;
    bool running_ = false;
};

} // namespace pixelchain::ui
