#include "core/training/test_scores.h"

#include "core/models/nade_batch.h"
#include "core/stats/percentiles.h"

#include <cmath>
#include <nlohmann/json.hpp>

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
    scores.quantiles = stats::percentiles(scores.thresholdLogLikelihoods);
    return scores;
}

TestClassification classifyTestSet(const ClassConditional& model, const Ordering& ordering,
                                   const mnist::Mnist& data, int threads, std::uint64_t seed) {
    const mnist::BinarySet set = testSet(data, ordering, threads, seed);
    const std::vector<double> given =
        model.logLikelihoodsGiven({set.bits.data(), set.count}, threads);
    const auto C = static_cast<std::size_t>(model.classes());
    TestClassification result;
    for (std::size_t n = 0; n < set.count; ++n) {
        const ClassScores s = bayesRule({given.begin() + static_cast<std::ptrdiff_t>(n * C),
                                         given.begin() + static_cast<std::ptrdiff_t>((n + 1) * C)},
                                        model.logPrior());
        result.confusion.add(data.testLabels[n], s.label);
    }
    result.accuracy = result.confusion.accuracy();
    return result;
}

std::string confusionJson(const ConfusionMatrix& confusion) {
    return nlohmann::json(confusion.counts).dump();
}

} // namespace pixelchain::training
