#pragma once
// BlankCanvas: is the all-off image more probable than every real test digit? The answer depends
// on the model (a raster NADE predicts the empty border rows so well that the blank image beats
// every test digit; other orderings need not), so the app computes it per model instead of
// claiming it. "Every test digit" is the largest test log-likelihood: the last of the
// stats::kPercentileCount percentiles the model file carries.
#include <QString>
#include <QVector>

namespace pixelchain::ui {

class ModelLibrary;

struct BlankCanvasScore {
    QString id;
    QString name;                  ///< short, e.g. "NADE, column"
    double blankLogProb = 0;       ///< log p(blank image), nats
    double largestTestLogProb = 0; ///< the most probable test digit's log p, nats
    /// blank log p > every test digit's log p
    bool aboveEveryTestDigit() const { return blankLogProb > largestTestLogProb; }
};

/// One row per model of `library` that carries its test percentiles, in the library's order.
QVector<BlankCanvasScore> scoreBlankCanvas(const ModelLibrary& library);

} // namespace pixelchain::ui
