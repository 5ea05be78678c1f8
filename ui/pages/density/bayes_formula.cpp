#include "ui/pages/density/bayes_formula.h"

#include <QLocale>
#include <cmath>

namespace pixelchain::ui {
namespace {

// Below this a probability shown with three decimals would read 0.000.
constexpr double kSmallestDecimal = 0.0005;

QString digit(int label) {
    return QLocale().toString(label);
}

} // namespace

QString BayesFormula::exponential(double logValue) {
    return QStringLiteral("exp(%1)").arg(QLocale().toString(logValue, 'f', 1));
}

QString BayesFormula::probability(double logP) {
    const double p = std::exp(logP);
    return p < kSmallestDecimal ? exponential(logP) : QLocale().toString(p, 'f', 3);
}

QString BayesFormula::posterior(const ClassScores& scores, int label) {
    const auto y = std::size_t(label);
    if (scores.posterior[y] >= kSmallestDecimal)
        return QLocale().toString(scores.posterior[y], 'f', 3);
    return exponential(scores.logLikelihoodGiven[y] + scores.logPrior[y] - scores.logEvidence);
}

std::pair<int, int> BayesFormula::topTwo(const ClassScores& scores) {
    const int first = scores.label;
    int second = first == 0 ? 1 : 0;
    for (int y = 0; y < int(scores.posterior.size()); ++y)
        if (y != first && scores.posterior[std::size_t(y)] > scores.posterior[std::size_t(second)])
            second = y;
    return {first, second};
}

QString BayesFormula::rule(const ClassScores& scores, int label) {
    const auto y = std::size_t(label);
    return tr("p(%1 | x) = %2 · %3 / %4 = <b>%5</b>")
        .arg(digit(label), exponential(scores.logLikelihoodGiven[y]),
             probability(scores.logPrior[y]), exponential(scores.logEvidence),
             posterior(scores, label));
}

QString BayesFormula::labelAnswer(const ClassScores& scores) {
    return tr("Is this a %1? p(%1 | x) = %2")
        .arg(digit(scores.label), posterior(scores, scores.label));
}

QString BayesFormula::evidenceAnswer(const ClassScores& scores, double percentile) {
    const QString logEvidence = QLocale().toString(scores.logEvidence, 'f', 1);
    if (std::isnan(percentile))
        return tr("Is this a digit at all? log p(x) = %1 nats (this model carries no test-set "
                  "scores to compare with)")
            .arg(logEvidence);
    return tr("Is this a digit at all? log p(x) = %1 nats, percentile %2 among real test digits")
        .arg(logEvidence, QLocale().toString(percentile, 'f', 0));
}

QString BayesFormula::disagreement(int label, double confident, double improbable) {
    return tr("⚠ Clearly a %1, but an unusual digit: p(%1 | x) > %2, yet p(x) is among the "
              "lowest %3% of real test digits.")
        .arg(digit(label), QLocale().toString(confident, 'f', 1),
             QLocale().toString(improbable, 'f', 0));
}

} // namespace pixelchain::ui
