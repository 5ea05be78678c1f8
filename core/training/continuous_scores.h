#pragma once
// Scores a greyscale model on the 10,000 MNIST test digits, in two preparations:
//  - dequantized once with the evaluation seed, y = (v + u)/256 with u uniform: the figure the
//    literature reports for dequantized MNIST (bits per dimension of the 8-bit data; an upper bound
//    on the discrete model's −log₂ P per pixel);
//  - at the bin centres, u = ½, as a drawing is scored: the reference distribution a drawing's
//    percentile is read from.
#include "core/mnist/binarize.h"
#include "core/models/continuous_density.h"

namespace pixelchain::training {

struct ContinuousTestScores {
    std::vector<double> logDensities;          ///< log p(y_n), one uniform draw of u (nats)
    double bitsPerDim = 0;                     ///< of those, the reported figure
    std::vector<double> binCentreLogDensities; ///< log p(y_n) at the bin centres (nats)
    double binCentreBitsPerDim = 0;
    std::vector<double> quantiles; ///< stats::percentiles of the bin-centre log densities
};

ContinuousTestScores scoreContinuousTestSet(const ContinuousDensity& model,
                                            const mnist::Mnist& data, int threads,
                                            std::uint64_t seed = mnist::kEvaluationSeed);

/// bitsPerDimension of the mean log density.
double meanBitsPerDim(const std::vector<double>& logDensities);

} // namespace pixelchain::training
