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
    double percentile = 0;   ///< among the real test digits, 0..100; NaN when unknown
    bool current = false;
};

/// Scores `image` under every model of `library`; `currentEvaluation` is the current model's.
QVector<ModelScore> scoreEveryModel(const ModelLibrary& library, const BinaryImage& image,
                                    const Evaluation& currentEvaluation);

} // namespace pixelchain::ui
