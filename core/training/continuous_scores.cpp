#include "core/training/continuous_scores.h"

#include "core/mnist/dequantize.h"
#include "core/stats/percentiles.h"

namespace pixelchain::training {

double meanBitsPerDim(const std::vector<double>& logDensities) {
    double total = 0;
    for (const double v : logDensities)
        total += v;
    return bitsPerDimension(logDensities.empty() ? 0 : total / double(logDensities.size()));
}

ContinuousTestScores scoreContinuousTestSet(const ContinuousDensity& model,
                                            const mnist::Mnist& data, int threads,
                                            std::uint64_t seed) {
    ContinuousTestScores scores;
    const std::vector<float> drawn = dequantizedRows(data.test.pixels.data(), data.test.count,
                                                     model.ordering(), seed, 0, threads);
    scores.logDensities = model.logDensities({drawn.data(), data.test.count}, threads);
    scores.bitsPerDim = meanBitsPerDim(scores.logDensities);
    const std::vector<float> centres = dequantizedRows(
        data.test.pixels.data(), data.test.count, model.ordering(), kBinCentreSeed, 0, threads);
    scores.binCentreLogDensities = model.logDensities({centres.data(), data.test.count}, threads);
    scores.binCentreBitsPerDim = meanBitsPerDim(scores.binCentreLogDensities);
    scores.quantiles = stats::percentiles(scores.binCentreLogDensities);
    return scores;
}

} // namespace pixelchain::training
