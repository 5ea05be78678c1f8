#include "core/training/trainer.h"

#include "core/models/nade_batch.h"
#include "core/training/adam.h"
#include "core/training/nade_gradient.h"
#include "core/sampling/uniform.h"

#include <omp.h>

#include <chrono>
#include <cmath>
#include <numbers>
#include <random>
#include <stdexcept>

namespace pixelchain::training {
namespace {

using Clock = std::chrono::steady_clock;

double uniform(std::mt19937_64& engine) { return static_cast<double>(engine() >> 11) * 0x1.0p-53; }

std::vector<std::size_t> shuffled(std::size_t count, std::uint64_t seed) {
    std::vector<std::size_t> order(count);
    for (std::size_t i = 0; i < count; ++i)
        order[i] = i;
    std::mt19937_64 engine(seed);
    for (std::size_t i = count; i > 1; --i)
        std::swap(order[i - 1], order[engine() % i]);
    return order;
}

double learningRate(const TrainSettings& s, int epoch) {
    if (!s.cosineSchedule || s.epochs <= 1)
        return s.lr;
    const double progress = static_cast<double>(epoch) / (s.epochs - 1);
    const double low = s.lr * s.finalLrFraction;
    return low + 0.5 * (s.lr - low) * (1.0 + std::cos(std::numbers::pi * progress));
}

} // namespace

Trainer::Trainer(const mnist::Mnist& data, TrainSettings settings)
    : data_(data)
    , settings_(std::move(settings)) {
    const auto& s = settings_;
    if (s.hidden < 1 || s.hidden > 100000 || s.epochs < 1 || s.batch < 1 || s.batch > 100000 ||
        !(s.lr > 0) || s.limit < 1 || s.limit > mnist::kTrainCount || s.threads < 1)
        throw std::invalid_argument("training settings out of range");
    validation_ = mnist::binarize(data_.train, mnist::kTrainCount, mnist::kValidationCount,
                                  s.ordering, mnist::kEvaluationSeed, 0, s.threads);
}

NadeWeights Trainer::initialWeights() const {
    NadeWeights w(settings_.hidden, kPixels);
    std::mt19937_64 engine(settings_.seed);
    const double scaleW = 1.0 / std::sqrt(static_cast<double>(kPixels));
    const double scaleV = 1.0 / std::sqrt(static_cast<double>(settings_.hidden));
    for (Eigen::Index k = 0; k < w.W.size(); ++k)
        w.W.data()[k] = static_cast<float>((2 * uniform(engine) - 1) * scaleW);
    for (Eigen::Index k = 0; k < w.Vt.size(); ++k)
        w.Vt.data()[k] = static_cast<float>((2 * uniform(engine) - 1) * scaleV);
    for (int j = 0; j < kPixels; ++j) {
        double mean = 0;
        const int pixel = settings_.ordering.pixel(j);
        for (std::size_t n = 0; n < settings_.limit; ++n)
            mean += data_.train.image(n)[pixel] / 255.0;
        mean = std::clamp(mean / static_cast<double>(settings_.limit), 1e-3, 1 - 1e-3);
        w.b(j) = static_cast<float>(std::log(mean / (1 - mean)));
    }
    return w;
}

double Trainer::trainEpoch(int epoch, double lr, NadeWeights& weights, Adam& adam,
                           const std::atomic<bool>* stop, std::size_t& seen) {
    const auto& s = settings_;
    const auto set = mnist::binarize(data_.train, 0, s.limit, s.ordering, s.seed,
                                     static_cast<std::uint64_t>(epoch) + 1, s.threads);
    const auto order = shuffled(s.limit, mix64(s.seed) + static_cast<std::uint64_t>(epoch));
    std::vector<std::uint8_t> batchRows(static_cast<std::size_t>(s.batch) * kPixels);
    std::vector<NadeWeights> grads(static_cast<std::size_t>(s.threads), NadeWeights(s.hidden, kPixels));
    std::vector<GradientWorkspace> work(static_cast<std::size_t>(s.threads));
    std::vector<double> nll(static_cast<std::size_t>(s.threads));
    double total = 0;
    for (std::size_t start = 0; start < s.limit; start += static_cast<std::size_t>(s.batch)) {
        if (stop && stop->load())
            break;
        const std::size_t count = std::min<std::size_t>(static_cast<std::size_t>(s.batch), s.limit - start);
        for (std::size_t k = 0; k < count; ++k)
            std::copy_n(set.row(order[start + k]), kPixels, batchRows.data() + k * kPixels);
        const ImageRows rows{batchRows.data(), count};
#pragma omp parallel num_threads(s.threads)
        {
            const auto t = static_cast<std::size_t>(omp_get_thread_num());
            const std::size_t from = count * t / grads.size(), to = count * (t + 1) / grads.size();
            NadeWeights& g = grads[t];
            g.W.setZero(); g.Vt.setZero(); g.b.setZero(); g.c.setZero();
            nll[t] = accumulateGradient(weights, s.activation, rows, from, to - from, g, work[t]);
        }
        adam.beginStep();
        const float scale = 1.0f / static_cast<float>(count);
        const int chunks = 16;
#pragma omp parallel for schedule(static) num_threads(s.threads)
        for (int chunk = 0; chunk < chunks; ++chunk) {
            const int from = kPixels * chunk / chunks, to = kPixels * (chunk + 1) / chunks;
            NadeWeights& g = grads[0];
            for (std::size_t t = 1; t < grads.size(); ++t) {
                g.W.middleCols(from, to - from) += grads[t].W.middleCols(from, to - from);
                g.Vt.middleCols(from, to - from) += grads[t].Vt.middleCols(from, to - from);
            }
            g.W.middleCols(from, to - from) *= scale;
            g.Vt.middleCols(from, to - from) *= scale;
            if (chunk == 0) {
                for (std::size_t t = 1; t < grads.size(); ++t) {
                    g.b += grads[t].b;
                    g.c += grads[t].c;
                }
                g.b *= scale;
                g.c *= scale;
            }
            adam.update(weights, g, lr, from, to);
        }
        for (double v : nll)
            total += v;
        seen += count;
    }
    return total;
}

Nade Trainer::run(const Progress& progress, const std::atomic<bool>* stop) {
    const auto& s = settings_;
    NadeWeights weights = initialWeights();
    Adam adam(s.hidden, kPixels);
    Nade best(weights, s.ordering, s.activation);
    double bestNll = std::numeric_limits<double>::infinity();
    const auto started = Clock::now();
    const ImageRows validationRows{validation_.bits.data(), validation_.count};
    for (int epoch = 0; epoch < s.epochs; ++epoch) {
        if (stop && stop->load())
            break;
        const auto epochStart = Clock::now();
        std::size_t seen = 0;
        const double total = trainEpoch(epoch, learningRate(s, epoch), weights, adam, stop, seen);
        const double seconds = std::chrono::duration<double>(Clock::now() - epochStart).count();
        Nade current(weights, s.ordering, s.activation);
        EpochReport report;
        report.epoch = epoch + 1;
        report.epochs = s.epochs;
        report.imagesPerSecond = static_cast<double>(seen) / std::max(seconds, 1e-9);
        report.trainNll = seen ? total / static_cast<double>(seen) : 0;
        report.validationNll = meanNll(logLikelihoods(current, validationRows, s.threads));
        report.improved = report.validationNll < bestNll;
        if (report.improved) {
            bestNll = report.validationNll;
            best = std::move(current);
        }
        report.bestValidationNll = bestNll;
        const double elapsed = std::chrono::duration<double>(Clock::now() - started).count();
        report.secondsLeft = elapsed / (epoch + 1) * (s.epochs - epoch - 1);
        if (progress)
            progress(report, best);
    }
    return best;
}

} // namespace pixelchain::training
