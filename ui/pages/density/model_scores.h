#pragma once
// ModelScore: the same drawing scored by every model the library holds, so that independent,
// Markov and NADE models can be compared side by side. The current model's evaluation is passed
// in and reused: each update runs exactly one pass per model.
#include "core/models/density_model.h"

#include <QString>
#include <QVector>

namespace pixelchain::ui {

class ModelLibrary;

struct ModelScore {
    QString id;
    QString name;            ///< short, for the list: "NADE, spiral"
    QString title;           ///< the whole description, for the tooltip
    double logProb = 0;      ///< log p(x), nats
    double bitsPerPixel = 0; ///< −log₂ p(x) / 784
    /// Among the real test digits, 0..100, rounded to a whole number once, here: the page shows
    /// and compares this same value. NaN when unknown.
    double percentile = 0;
    bool aboveEveryTestDigit = false; ///< log p above the most probable test digit's
    bool current = false;
};

/// Scores `image` under every model of `library`; `currentEvaluation` is the current model's.
QVector<ModelScore> scoreEveryModel(const ModelLibrary& library, const BinaryImage& image,
                                    const Evaluation& currentEvaluation);

} // namespace pixelchain::ui
