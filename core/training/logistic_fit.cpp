#include "core/training/logistic_fit.h"

#include "core/models/class_conditional.h"
#include "core/sampling/uniform.h"
#include "core/training/adam.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <stdexcept>

namespace pixelchain::training {
namespace {

/// Softmax of the scores in place; returns −log p(label).
double softmax(double* s, std::size_t C, std::size_t label) {
    const double top = *std::max_element(s, s + C);
    double total = 0;
    for (std::size_t y = 0; y < C; ++y)
        total += (s[y] = std::exp(s[y] - top));
    for (std::size_t y = 0; y < C; ++y)
        s[y] /= total;
    return -std::log(std::max(s[label], 1e-300));
}

} // namespace

LogisticRegression
fitLogisticRegression(const mnist::Mnist& data, const TrainSettings& s,
                      const std::function<void(const LogisticReport&)>& progress) {
    if (s.epochs < 1 || s.batch < 1 || !(s.lr > 0) || s.limit < 1 || s.limit > mnist::kTrainCount ||
        data.trainLabels.size() != data.train.count)
        throw std::invalid_argument("logistic regression settings out of range");
    constexpr std::size_t C = kDigitClasses;
    std::vector<float> W(C * kPixels, 0.0f), b(C, 0.0f), gW(W.size()), gb(C);
    Adam adam({W.size(), b.size()});
    const Ordering raster = Ordering::raster();
    const mnist::BinarySet validation =
        mnist::binarize(data.train, mnist::kTrainCount, mnist::kValidationCount, raster,
                        mnist::kEvaluationSeed, 0, s.threads);
    std::vector<float> bestW = W, bestB = b;
    double bestLoss = std::numeric_limits<double>::infinity();
    for (int epoch = 0; epoch < s.epochs; ++epoch) {
        const auto set = mnist::binarize(data.train, 0, s.limit, raster, s.seed,
                                         static_cast<std::uint64_t>(epoch) + 1, s.threads);
        std::vector<std::size_t> order(s.limit);
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::mt19937_64 engine(mix64(s.seed) + static_cast<std::uint64_t>(epoch));
        for (std::size_t i = order.size(); i > 1; --i)
            std::swap(order[i - 1], order[engine() % i]);
        const double lr = learningRate(s, epoch);
        LogisticReport report;
        report.epoch = epoch + 1;
        for (std::size_t start = 0; start < s.limit; start += static_cast<std::size_t>(s.batch)) {
            const std::size_t count = std::min<std::size_t>(s.batch, s.limit - start);
            std::fill(gW.begin(), gW.end(), 0.0f);
            std::fill(gb.begin(), gb.end(), 0.0f);
            for (std::size_t k = 0; k < count; ++k) {
                const std::size_t n = order[start + k];
                const std::uint8_t* x = set.row(n);
                double score[C];
                for (std::size_t y = 0; y < C; ++y) {
                    double sum = b[y];
                    for (int i = 0; i < kPixels; ++i)
                        if (x[i])
                            sum += W[y * kPixels + static_cast<std::size_t>(i)];
                    score[y] = sum;
                }
                report.trainCrossEntropy += softmax(score, C, data.trainLabels[n]);
                score[data.trainLabels[n]] -= 1; // now ∂/∂s
                for (std::size_t y = 0; y < C; ++y) {
                    const auto d = static_cast<float>(score[y] / static_cast<double>(count));
                    gb[y] += d;
                    for (int i = 0; i < kPixels; ++i)
                        if (x[i])
                            gW[y * kPixels + static_cast<std::size_t>(i)] += d;
                }
            }
            adam.beginStep();
            adam.update(0, W, gW, lr, 0, W.size());
            adam.update(1, b, gb, lr, 0, b.size());
        }
        report.trainCrossEntropy /= static_cast<double>(s.limit);
        const LogisticRegression current(W, b);
        const std::vector<double> scores =
            current.scores({validation.bits.data(), validation.count});
        std::size_t right = 0;
        for (std::size_t n = 0; n < validation.count; ++n) {
            std::vector<double> row(scores.begin() + static_cast<std::ptrdiff_t>(n * C),
                                    scores.begin() + static_cast<std::ptrdiff_t>((n + 1) * C));
            const std::size_t label = data.trainLabels[mnist::kTrainCount + n];
            right += static_cast<std::size_t>(std::max_element(row.begin(), row.end()) -
                                              row.begin()) == label;
            report.validationCrossEntropy += softmax(row.data(), C, label);
        }
        report.validationCrossEntropy /= static_cast<double>(validation.count);
        report.validationAccuracy = static_cast<double>(right) / validation.count;
        report.improved = report.validationCrossEntropy < bestLoss;
        if (report.improved) {
            bestLoss = report.validationCrossEntropy;
            bestW = W;
            bestB = b;
        }
        if (progress)
            progress(report);
    }
    return LogisticRegression(std::move(bestW), std::move(bestB));
}

} // namespace pixelchain::training
