#include "ui/pages/density/model_scores.h"

#include "core/stats/percentiles.h"
#include "ui/adapters/model_library.h"

#include <cmath>

namespace pixelchain::ui {

QVector<ModelScore> scoreEveryModel(const ModelLibrary& library, const BinaryImage& image,
                                    const Evaluation& currentEvaluation) {
    QVector<ModelScore> scores;
    const ModelEntry* current = library.current();
    for (const ModelEntry& entry : library.entries()) {
        ModelScore score;
        score.id = entry.id;
        score.name = entry.shortName();
        score.title = entry.title;
        score.current = current && current->id == entry.id;
        const Evaluation evaluation =
            score.current ? currentEvaluation : entry.model->evaluate(image);
        score.logProb = evaluation.logProb;
        score.bitsPerPixel = evaluation.bitsPerPixel();
        score.percentile = std::round(stats::percentileOf(entry.testQuantiles, evaluation.logProb));
        score.aboveEveryTestDigit = evaluation.logProb > entry.largestTestLogProb();
        scores.append(score);
    }
    return scores;
}

} // namespace pixelchain::ui
