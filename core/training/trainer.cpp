#include "core/training/trainer.h"

#include "core/mnist/dequantize.h"
#include "core/sampling/uniform.h"

#include <chrono>
#include <cmath>
#include <limits>
#include <numbers>
#include <omp.h>
#include <random>
#include <stdexcept>
#include <type_traits>

namespace pixelchain::training {
namespace {

using Clock = std::chrono::steady_clock;

std::vector<std::size_t> shuffled(std::size_t count, std::uint64_t seed) {
    std::vector<std::size_t> order(count);
    for (std::size_t i = 0; i < count; ++i)
        order[i] = i;
    std::mt19937_64 engine(seed);
    for (std::size_t i = count; i > 1; --i)
        std::swap(order[i - 1], order[engine() % i]);
    return order;
}

/// A stretch of one tensor that one thread sums, scales and steps.
struct Piece {
    std::size_t tensor, first, count;
};

std::vector<Piece> piecesOf(const std::vector<std::span<float>>& tensors) {
    constexpr std::size_t kPiece = std::size_t{1} << 14;
    std::vector<Piece> pieces;
    for (std::size_t k = 0; k < tensors.size(); ++k)
        for (std::size_t first = 0; first < tensors[k].size(); first += kPiece)
            pieces.push_back({k, first, std::min(kPiece, tensors[k].size() - first)});
    return pieces;
}

double seconds(Clock::time_point since) {
    return std::chrono::duration<double>(Clock::now() - since).count();
}

} // namespace

double learningRate(const TrainSettings& s, int epoch) {
    if (!s.cosineSchedule || s.epochs <= 1)
        return s.lr;
    const double progress = static_cast<double>(epoch) / (s.epochs - 1);
    const double low = s.lr * s.finalLrFraction;
    return low + 0.5 * (s.lr - low) * (1.0 + std::cos(std::numbers::pi * progress));
}

namespace {

/// trainMinibatch for either kind of rows.
template <typename Rows>
double stepMinibatch(GradientFamily& family, Adam& adam, Rows rows, double lr, int threads) {
    const std::size_t count = rows.count, slices = static_cast<std::size_t>(threads);
    std::vector<double> nll(slices);
#pragma omp parallel num_threads(threads)
    {
        const auto t = static_cast<std::size_t>(omp_get_thread_num());
        const std::size_t from = count * t / slices, to = count * (t + 1) / slices;
        for (const std::span<float> g : family.gradient(static_cast<int>(t)))
            std::fill(g.begin(), g.end(), 0.0f);
        nll[t] = family.accumulateGradient(static_cast<int>(t), rows, from, to - from);
    }
    adam.beginStep();
    const std::vector<std::span<float>> params = family.parameters();
    std::vector<std::vector<std::span<float>>> grads;
    for (int t = 0; t < threads; ++t)
        grads.push_back(family.gradient(t));
    const std::vector<Piece> pieces = piecesOf(params);
    const float scale = 1.0f / static_cast<float>(count);
    const auto pieceCount = static_cast<std::int64_t>(pieces.size());
#pragma omp parallel for schedule(static) num_threads(threads)
    for (std::int64_t w = 0; w < pieceCount; ++w) {
        const Piece& p = pieces[static_cast<std::size_t>(w)];
        std::vector<const float*> parts(slices);
        for (std::size_t t = 0; t < slices; ++t)
            parts[t] = grads[t][p.tensor].data();
        // The mean gradient is (1/count) Σ_t grads[t], summed inside Adam's one pass.
        adam.update(p.tensor, params[p.tensor], parts, scale, lr, p.first, p.count);
    }
    double total = 0;
    for (const double v : nll)
        total += v;
    return total;
}

} // namespace

double trainMinibatch(GradientFamily& family, Adam& adam, ImageRows rows, double lr, int threads) {
    return stepMinibatch(family, adam, rows, lr, threads);
}

double trainMinibatch(GradientFamily& family, Adam& adam, GreyRows rows, double lr, int threads) {
    return stepMinibatch(family, adam, rows, lr, threads);
}

Trainer::Trainer(const mnist::Mnist& data, TrainSettings settings)
    : data_(data)
    , settings_(settings) {
    const auto& s = settings_;
    if (s.epochs < 1 || s.batch < 1 || s.batch > 100000 || !(s.lr > 0) || s.limit < 1 ||
        s.limit > mnist::kTrainCount || s.threads < 1 || s.threads > 256)
        throw std::invalid_argument("training settings out of range");
}

double Trainer::trainEpoch(GradientFamily& family, Adam& adam, int epoch,
                           const std::atomic<bool>* stop, std::size_t& seen) {
    const auto& s = settings_;
    const auto round = static_cast<std::uint64_t>(epoch) + 1;
    const auto order = shuffled(s.limit, mix64(s.seed) + static_cast<std::uint64_t>(epoch));
    const double lr = learningRate(s, epoch);
    // Every minibatch: copy the rows of order[start, start + count) (784 entries each) and step.
    const auto eachMinibatch = [&](const auto* rows, auto step) {
        std::vector<std::remove_const_t<std::remove_pointer_t<decltype(rows)>>> batch(
            std::size_t(s.batch) * kPixels);
        double total = 0;
        for (std::size_t start = 0; start < s.limit && !(stop && stop->load());
             start += std::size_t(s.batch)) {
            const std::size_t count = std::min(std::size_t(s.batch), s.limit - start);
            for (std::size_t k = 0; k < count; ++k)
                std::copy_n(rows + order[start + k] * kPixels, kPixels, batch.data() + k * kPixels);
            total += step(batch.data(), start, count);
            seen += count;
        }
        return total;
    };
    if (family.preparation() == Preparation::Dequantized) {
        const std::vector<float> rows = dequantizedRows(
            data_.train.pixels.data(), s.limit, family.ordering(), s.seed, round, s.threads);
        return eachMinibatch(rows.data(), [&](const float* batch, std::size_t, std::size_t count) {
            return trainMinibatch(family, adam, GreyRows{batch, count}, lr, s.threads);
        });
    }
    const auto set =
        mnist::binarize(data_.train, 0, s.limit, family.ordering(), s.seed, round, s.threads);
    const std::uint8_t* labels = data_.trainLabels.empty() ? nullptr : data_.trainLabels.data();
    std::vector<std::uint8_t> batchLabels(std::size_t(s.batch));
    return eachMinibatch(set.bits.data(), [&](const std::uint8_t* batch, std::size_t start,
                                              std::size_t count) {
        for (std::size_t k = 0; k < count && labels; ++k)
            batchLabels[k] = labels[order[start + k]];
        return trainMinibatch(family, adam, {batch, count, labels ? batchLabels.data() : nullptr},
                              lr, s.threads);
    });
}

std::unique_ptr<Model> Trainer::run(GradientFamily& family, const Progress& progress,
                                    const std::atomic<bool>* stop) {
    const auto& s = settings_;
    const bool grey = family.preparation() == Preparation::Dequantized;
    mnist::BinarySet validation;
    std::vector<float> greyValidation;
    if (grey)
        greyValidation =
            dequantizedRows(data_.train.image(mnist::kTrainCount), mnist::kValidationCount,
                            family.ordering(), kBinCentreSeed, 0, s.threads);
    else
        validation = mnist::binarize(data_.train, mnist::kTrainCount, mnist::kValidationCount,
                                     family.ordering(), mnist::kEvaluationSeed, 0, s.threads);
    const ImageRows validationRows{
        validation.bits.data(), validation.count,
        data_.trainLabels.empty() ? nullptr : data_.trainLabels.data() + mnist::kTrainCount};
    const GreyRows greyValidationRows{greyValidation.data(), greyValidation.size() / kPixels};
    std::vector<std::size_t> sizes;
    for (const std::span<float> tensor : family.parameters())
        sizes.push_back(tensor.size());
    Adam adam(sizes, {}, family.stepScales());
    family.prepareGradients(s.threads);
    std::unique_ptr<Model> best = family.snapshot();
    double bestLoss = std::numeric_limits<double>::infinity();
    double bestNll = bestLoss;
    const auto started = Clock::now();
    for (int epoch = 0; epoch < s.epochs; ++epoch) {
        if (stop && stop->load())
            break;
        const auto epochStart = Clock::now();
        std::size_t seen = 0;
        const double total = trainEpoch(family, adam, epoch, stop, seen);
        EpochReport report;
        report.epoch = epoch + 1;
        report.epochs = s.epochs;
        report.imagesPerSecond = static_cast<double>(seen) / std::max(seconds(epochStart), 1e-9);
        report.trainNll = seen ? total / static_cast<double>(seen) : 0;
        const ValidationScores scores = grey ? family.validate(greyValidationRows, s.threads)
                                             : family.validate(validationRows, s.threads);
        report.validationNll = scores.nll;
        report.validationLoss = scores.loss;
        report.validationAccuracy = scores.accuracy;
        report.improved = scores.loss < bestLoss;
        if (report.improved) {
            bestLoss = scores.loss;
            bestNll = scores.nll;
            best = family.snapshot();
        }
        report.bestValidationLoss = bestLoss;
        report.bestValidationNll = bestNll;
        report.secondsLeft = seconds(started) / (epoch + 1) * (s.epochs - epoch - 1);
        if (progress)
            progress(report, *best);
    }
    return best;
}

} // namespace pixelchain::training
