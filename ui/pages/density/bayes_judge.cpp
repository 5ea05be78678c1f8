#include "ui/pages/density/bayes_judge.h"

#include "core/stats/percentiles.h"
#include "ui/adapters/model_library.h"

#include <cmath>

namespace pixelchain::ui {

double BayesJudge::percentileOf(double logEvidence) const {
    if (testQuantiles.size() != stats::kPercentileCount)
        return std::nan("");
    return std::round(stats::percentileOf(testQuantiles, logEvidence));
}

QString fallbackJudgeId() {
    return QStringLiteral("class-nade-mnist");
}

std::optional<BayesJudge> chooseJudge(const ModelLibrary& library) {
    const ModelEntry* judge = library.current();
    if (!judge || !judge->model->classConditional()) {
        judge = nullptr;
        for (const ModelEntry& entry : library.entries())
            if (entry.id == fallbackJudgeId() && entry.model->classConditional())
                judge = &entry;
    }
    if (!judge)
        return std::nullopt;
    return BayesJudge{judge->id, judge->model, judge->testQuantiles, judge == library.current()};
}

} // namespace pixelchain::ui
