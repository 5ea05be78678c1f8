#pragma once
// TrainingData: the digits the Training page trains on, so that training works out of the box.
//
// The full MNIST when a folder holds its four IDX files (data/mnist under the working folder, or
// a folder the user picks): 50,000 training digits and the 10,000 held-out ones. Otherwise the
// compact subset built into the app (resources/training): the first 20,000 training digits, the
// same 10,000 held-out ones (so validation figures compare with the shipped models'), and the
// first 1,000 test digits, with their labels. In the subset, the held-out digits follow the
// training ones (mnist::Mnist::validationFirst = 20,000).
#include "core/mnist/binarize.h"

#include <QString>
#include <memory>

namespace pixelchain::ui {

struct TrainingData {
    std::shared_ptr<const mnist::Mnist> mnist;
    bool fullSet = false; ///< the official files, not the built-in subset
    QString folder;       ///< where the full set was read; empty for the subset

    /// How many digits training can use: mnist->validationFirst.
    std::size_t trainingCount() const;
};

/// The built-in subset, from builtInSubsetFolder(). Throws std::runtime_error with a message a
/// user can read when it is missing or damaged.
TrainingData builtInTrainingData();
/// The subset's two files (mnist-subset-images.zz, mnist-subset-labels.zz) read from `folder`.
TrainingData readTrainingSubset(const QString& folder);
/// <exe dir>/../share/pixelchain/training, beside the installed models.
QString builtInSubsetFolder();

/// The full set from `folder` when it holds the four files, else the built-in subset. A folder
/// whose files are damaged falls back to the subset, and `problem` (when given) says why. Takes
/// about a second: call it off the GUI thread.
TrainingData loadTrainingData(const QString& folder, QString* problem = nullptr);

/// data/mnist under the working folder, where scripts/fetch-mnist puts the full set.
QString defaultMnistFolder();

} // namespace pixelchain::ui
