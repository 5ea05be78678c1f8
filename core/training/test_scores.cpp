#include "core/training/test_scores.h"

#include "core/models/nade_batch.h"

#include <algorithm>
#include <cmath>

namespace pixelchain::training {

mnist::BinarySet testSet(const mnist::Mnist& data, const Ordering& ordering, int threads,
                         std::uint64_t seed) {
    return mnist::binarize(data.test, 0, data.test.count, ordering, seed, 0, threads);
}

mnist::BinarySet thresholdedTestSet(const mnist::Mnist& data, const Ordering& ordering) {
    mnist::BinarySet set;
    set.count = data.test.count;
    set.bits.resize(set.count * kPixels);
    for (std::size_t n = 0; n < set.count; ++n)
        mnist::toRow(BinaryImage::fromGrey(data.test.image(n)), ordering,
                     set.bits.data() + n * kPixels);
    return set;
}

std::vector<double> logLikelihoodsOf(const DensityModel& model, const mnist::BinarySet& set,
                                     int threads) {
    return model.logProbs({set.bits.data(), set.count}, threads);
}

TestScores scoreTestSet(const DensityModel& model, const mnist::Mnist& data, int threads,
                        std::uint64_t seed) {
    TestScores scores;
    scores.logLikelihoods =
        logLikelihoodsOf(model, testSet(data, model.ordering(), threads, seed), threads);
    scores.nll = meanNll(scores.logLikelihoods);
    scores.bitsPerDim = scores.nll / (kPixels * std::log(2.0));
    scores.thresholdLogLikelihoods =
        logLikelihoodsOf(model, thresholdedTestSet(data, model.ordering()), threads);
    scores.quantiles = percentiles(scores.thresholdLogLikelihoods);
    return scores;
}

std::vector<double> percentiles(std::vector<double> values) {
    std::vector<double> result;
    if (values.empty())
        return result;
    std::sort(values.begin(), values.end());
    for (int q = 0; q <= 100; ++q) {
        const double position = q / 100.0 * static_cast<double>(values.size() - 1);
        const auto low = static_cast<std::size_t>(std::floor(position));
        const std::size_t high = std::min(low + 1, values.size() - 1);
        const double t = position - static_cast<double>(low);
        result.push_back(values[low] * (1 - t) + values[high] * t);
    }
    return result;
}

double percentileOf(const std::vector<double>& p, double value) {
    if (p.size() < 2 || std::isnan(value))
        return std::nan("");
    if (value <= p.front())
        return 0;
    if (value >= p.back())
        return 100;
    const auto upper = std::upper_bound(p.begin(), p.end(), value);
    const auto k = static_cast<std::size_t>(upper - p.begin());
    const double low = p[k - 1], high = p[k];
    const double t = high > low ? (value - low) / (high - low) : 0.5;
    return (static_cast<double>(k - 1) + t) * 100.0 / static_cast<double>(p.size() - 1);
}

} // namespace pixelchain::training
