#pragma once
// BayesJudge: the class-conditional model that answers "which digit is it?" on the Density page.
// The current model judges when it has labels (DensityModel::classConditional() is non-null);
// otherwise the shipped class NADE does, so a student scoring with a plain NADE still sees Bayes'
// rule. Its test-set percentiles place log p(x) = Σ_y p(x | y) p(y) among the real test digits.
#include "core/models/class_conditional.h"

#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace pixelchain::ui {

class ModelLibrary;

struct BayesJudge {
    QString id;                                ///< the library's id, e.g. "class-nade-mnist"
    std::shared_ptr<const DensityModel> model; ///< classConditional() is non-null
    std::vector<double> testQuantiles;         ///< percentiles 0..100 of test log p(x), or empty
    bool isCurrent = false;                    ///< the current model judges itself

    const ClassConditional& classifier() const { return *model->classConditional(); }
    /// Where log p(x) falls among the real test digits, rounded to a whole percent once (the
    /// number shown is the number compared); NaN without test-set percentiles.
    double percentileOf(double logEvidence) const;
};

/// The id of the shipped model that judges when the current one has no labels.
QString fallbackJudgeId();

/// The current model if it is class-conditional, else the library's fallbackJudgeId() model;
/// nothing when neither exists.
std::optional<BayesJudge> chooseJudge(const ModelLibrary& library);

} // namespace pixelchain::ui
