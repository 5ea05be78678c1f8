#pragma once
// DataSource: the digits the page trains on, loaded off the GUI thread (reading and checking the
// full set takes about a second). Latest request wins: a folder picked while another is still
// loading replaces it, and data handed in directly (setData) drops any load in flight.
#include "ui/adapters/training_data.h"

#include <QFutureWatcher>
#include <QObject>
#include <optional>

namespace pixelchain::ui {

class DataSource : public QObject {
    Q_OBJECT
public:
    explicit DataSource(QObject* parent = nullptr);
    ~DataSource() override;

    /// Loads the full set from `folder`, or the built-in subset when it is not there.
    void load(const QString& folder);
    /// Uses `data` at once.
    void setData(TrainingData data);

    bool ready() const { return data_.mnist != nullptr; }
    bool loading() const { return watcher_.isRunning(); }
    const TrainingData& data() const { return data_; }
    /// Why the folder last asked for was not used (empty when it was, or none was asked for).
    const QString& problem() const { return problem_; }

Q_SIGNALS:
    void loadingStarted();
    void changed();

private:
    struct Loaded {
        TrainingData data;
        QString problem;
    };
    void start(const QString& folder);
    void onLoaded();

    QFutureWatcher<Loaded> watcher_;
    TrainingData data_;
    QString problem_;
    std::optional<QString> pending_;
    int generation_ = 0; ///< of the latest request; an older load's result is dropped
    int loadingGeneration_ = 0;
};

} // namespace pixelchain::ui
