#pragma once
// Scores a model on the 10,000 MNIST test digits, in two preparations:
//  - binarized stochastically once with the fixed evaluation seed: the same binary test set for
//    every model, the one the NLL is reported on (as the literature does with its own fixed draw);
//  - thresholded at 50 % grey (on when grey ≥ 128), as the canvas prepares a drawing and the
//    gallery its digits: the reference distribution a drawing's percentile is read from. A drawing
//    has no noisy edge pixels, so it must be ranked among digits that have none either.
#include "core/mnist/binarize.h"
#include "core/models/class_conditional.h"
#include "core/models/density_model.h"

#include <vector>

namespace pixelchain::training {

/// How the digits behind a model file's `test_ll_quantiles` were prepared (metadata
/// `test_ll_preparation`): thresholded at 128 of 255, as the canvas prepares a drawing.
inline constexpr const char* kThresholdPreparation = "threshold-128";

struct TestScores {
    std::vector<double> logLikelihoods;          ///< log p(x_n), stochastic binarization (nats)
    double nll = 0;                              ///< mean −log p of those (nats)
    double bitsPerDim = 0;                       ///< nll / (784 ln 2)
    std::vector<double> thresholdLogLikelihoods; ///< log p(x_n), thresholded digits (nats)
    std::vector<double> quantiles;               ///< stats::percentiles of the thresholded
};

/// The stochastically binarized test set laid out in `ordering`.
mnist::BinarySet testSet(const mnist::Mnist& data, const Ordering& ordering, int threads,
                         std::uint64_t seed = mnist::kEvaluationSeed);

/// The test set thresholded as the canvas does (BinaryImage::fromGrey), laid out in `ordering`.
mnist::BinarySet thresholdedTestSet(const mnist::Mnist& data, const Ordering& ordering);

/// log p of every row of `set` (rows in the model's ordering), batched for a NADE.
std::vector<double> logLikelihoodsOf(const DensityModel& model, const mnist::BinarySet& set,
                                     int threads);

/// log p of every test digit under `model` (batched for a NADE), with summary figures.
TestScores scoreTestSet(const DensityModel& model, const mnist::Mnist& data, int threads,
                        std::uint64_t seed = mnist::kEvaluationSeed);

/// How a class-conditional model classifies the test digits by Bayes' rule (argmax p(y | x)), on
/// the same stochastically binarized test set as the NLL.
struct TestClassification {
    ConfusionMatrix confusion;
    double accuracy = 0;
};

/// Classifies the 10,000 test digits with `model` (rows in `ordering`).
TestClassification classifyTestSet(const ClassConditional& model, const Ordering& ordering,
                                   const mnist::Mnist& data, int threads,
                                   std::uint64_t seed = mnist::kEvaluationSeed);

/// The confusion matrix as JSON rows [[…], …] (row: true label, column: predicted), as model
/// files record it in `test_confusion`.
std::string confusionJson(const ConfusionMatrix& confusion);

} // namespace pixelchain::training
