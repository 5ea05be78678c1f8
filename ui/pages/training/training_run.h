#pragma once
// What a training run on the Training page is asked for and what it hands back, by value, from the
// worker thread to the page: one curve point per report, the live views every few seconds, and the
// outcome at the end.
#include "core/mnist/binarize.h"
#include "core/training/family_choice.h"
#include "core/training/trainer.h"
#include "ui/adapters/hidden_unit_tiles.h"

#include <QImage>
#include <QMetaType>
#include <QString>
#include <memory>
#include <vector>

namespace pixelchain::ui {

struct TrainingRequest {
    training::FamilyChoice family;
    training::TrainSettings settings;
    std::shared_ptr<const mnist::Mnist> data;
    bool fullSet = false; ///< the official files, not the built-in subset
};

/// One point of the live curve: a report of the Trainer and the wall time it came at.
struct TrainingPoint {
    training::EpochReport report;
    double wallSeconds = 0; ///< since the start, pauses included
    double fraction = 0;    ///< of the run done, 0..1 (by the budget or the epochs)
};

/// What the current weights do, computed on the worker from a snapshot.
struct LiveViews {
    std::vector<QImage> samples; ///< 16 digits drawn with seeds 1..16 (28×28)
    QImage digit;                ///< the test digit scored (28×28)
    double digitLogProb = 0;     ///< its log p (nats), or log density for a greyscale model
    HiddenUnitTiles tiles;       ///< the strongest hidden units (empty without a hidden layer)
    std::size_t imagesSeen = 0;
    double wallSeconds = 0;
};

/// How a run ended.
struct TrainingOutcome {
    enum class End { Saved, Cancelled, Failed };
    End end = End::Failed;
    QString path;      ///< the saved file (Saved)
    QString id;        ///< its model id (Saved)
    QString message;   ///< what the user reads: the test figures, or why it failed
    bool grey = false; ///< a model of greyscale digits (GreyModelLibrary)
};

} // namespace pixelchain::ui

Q_DECLARE_METATYPE(pixelchain::ui::TrainingPoint)
Q_DECLARE_METATYPE(pixelchain::ui::LiveViews)
Q_DECLARE_METATYPE(pixelchain::ui::TrainingOutcome)
