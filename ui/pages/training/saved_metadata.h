#pragma once
// SavedMetadata: what a model trained on the Training page records in its file, as
// `pixelchain-cli train` records it for the shipped models: the command that reproduces the run,
// the dataset, the validation NLL and epoch of the kept weights, the training time and the test
// figures (core's measureTestFigures). Also which digits it learned from, since the built-in
// subset and the full set differ.
#include "core/io/safetensors.h"
#include "core/training/test_figures.h"
#include "ui/pages/training/training_run.h"

namespace pixelchain::ui {

class SavedMetadata {
public:
    explicit SavedMetadata(const TrainingRequest& request);

    /// Records a report's validation NLL and epoch when it gave the weights kept so far.
    void record(const training::EpochReport& report);
    /// The whole metadata of the file saved as `id`.
    io::Metadata complete(const QString& id, double trainingSeconds,
                          const training::TestFigures& figures) const;

private:
    TrainingRequest request_;
    io::Metadata metadata_;
};

} // namespace pixelchain::ui
