#pragma once
// BayesFormula: Bayes' rule and the panel's two questions written out with the live numbers.
//
//   p(3 | x) = p(x | 3) p(3) / p(x)
//   p(3 | x) = exp(−95.2) · 0.101 / exp(−97.1) = 0.870
//
// A likelihood p(x | y) of a 784-pixel image is around exp(−100) and may be far smaller (a scribble
// reaches exp(−2000), below the smallest double), so likelihoods and the evidence are always
// written as exp(log) with the logarithm in nats, exactly what core computes. Probabilities of a
// label are written with three decimals, or as exp(log) where three decimals would show 0.000.
// Every number is read from a ClassScores; nothing here computes a probability.
#include "core/models/class_conditional.h"

#include <QCoreApplication>
#include <QString>
#include <utility>

namespace pixelchain::ui {

class BayesFormula {
    Q_DECLARE_TR_FUNCTIONS(BayesFormula)
public:
    /// "exp(−95.2)": e to `logValue`, one decimal (written at full size: a superscript would be
    /// too small to read from the back row, and the exponent is the number that matters).
    static QString exponential(double logValue);
    /// A probability whose log is `logP`: "0.870", or "exp(−12.3)" below 0.0005.
    static QString probability(double logP);
    /// p(y | x) as core computed it ("0.870"), or below 0.0005 as e to log p(x | y) + log p(y) −
    /// log p(x), which stays readable where p(y | x) itself underflows to 0.
    static QString posterior(const ClassScores& scores, int label);
    /// The most and the second most probable labels (ties to the lower label).
    static std::pair<int, int> topTwo(const ClassScores& scores);
    /// Bayes' rule for `label` with its numbers: "p(3 | x) = exp(−95.2) · 0.101 / exp(−97.1) =
    /// 0.870" (rich text, one line; the panel writes the rule itself once above).
    static QString rule(const ClassScores& scores, int label);
    /// "Is this a 3? p(3 | x) = 0.870" for the most probable label (rich text).
    static QString labelAnswer(const ClassScores& scores);
    /// "Is this a digit at all? log p(x) = −97.1 nats, percentile 12 …" (rich text); a NaN
    /// percentile says there is nothing to compare with.
    static QString evidenceAnswer(const ClassScores& scores, double percentile);
    /// The disagreement: "Clearly a 3, but an unusual digit: p(3 | x) > 0.9, yet p(x) is among
    /// the lowest 5% …" with the two thresholds that define it (the live numbers are above it).
    static QString disagreement(int label, double confident, double improbable);
};

} // namespace pixelchain::ui
