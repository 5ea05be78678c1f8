#pragma once
// Scores a model on the 10,000 MNIST test digits, binarized once with the fixed evaluation seed
// (the same binary test set for every model, so their NLLs compare).
#include "core/mnist/binarize.h"
#include "core/models/density_model.h"

#include <vector>

namespace pixelchain::training {

struct TestScores {
    std::vector<double> logLikelihoods;  ///< log p(x_n) in nats, test-file order
    double nll = 0;                      ///< mean −log p (nats)
    double bitsPerDim = 0;               ///< nll / (784 ln 2)
    std::vector<double> quantiles;       ///< 101 percentiles 0..100 of logLikelihoods
};

/// The binarized test set laid out in `ordering`.
mnist::BinarySet testSet(const mnist::Mnist& data, const Ordering& ordering, int threads,
                         std::uint64_t seed = mnist::kEvaluationSeed);

/// log p of every test digit under `model` (batched for a NADE), with summary figures.
TestScores scoreTestSet(const DensityModel& model, const mnist::Mnist& data, int threads,
                        std::uint64_t seed = mnist::kEvaluationSeed);

/// Percentiles 0, 1, …, 100 of `values` (linear interpolation between order statistics).
std::vector<double> percentiles(std::vector<double> values);

/// Where `value` falls among the distribution whose percentiles are given: 0..100.
double percentileOf(const std::vector<double>& percentiles, double value);

} // namespace pixelchain::training
