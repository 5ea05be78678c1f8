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

/// The cosine from s.lr down to s.lr · s.finalLrFraction at progress p in [0, 1].
double cosineBetween(const TrainSettings& s, double p) {
    const double low = s.lr * s.finalLrFraction;
    return low + 0.5 * (s.lr - low) * (1.0 + std::cos(std::numbers::pi * p));
}

} // namespace

double learningRate(const TrainSettings& s, int epoch) {
    if (!s.cosineSchedule || s.epochs <= 1)
        return s.lr;
    return cosineBetween(s, static_cast<double>(epoch) / (s.epochs - 1));
}

double learningRate(const TrainSettings& s, int epoch, std::int64_t step, double progress) {
    double lr = learningRate(s, epoch);
    if (s.stepSchedule)
        lr = s.cosineSchedule ? cosineBetween(s, std::clamp(progress, 0.0, 1.0)) : s.lr;
    if (s.warmupSteps > 0 && step < s.warmupSteps)
        lr = std::min(lr, s.lr * static_cast<double>(step + 1) / s.warmupSteps);
    return lr;
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
        float* sum = grads[0][p.tensor].data() + p.first;
        for (std::size_t t = 1; t < slices; ++t) {
            const float* g = grads[t][p.tensor].data() + p.first;
            for (std::size_t i = 0; i < p.count; ++i)
                sum[i] += g[i];
        }
        for (std::size_t i = 0; i < p.count; ++i)
            sum[i] *= scale;
        adam.update(p.tensor, params[p.tensor], grads[0][p.tensor], lr, p.first, p.count);
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
        s.limit > data.validationFirst || s.threads < 1 || s.threads > 256 || !(s.seconds >= 0) ||
        s.warmupSteps < 0 || s.interimValidation > mnist::kValidationCount ||
        data.train.count < data.validationFirst + mnist::kValidationCount)
        throw std::invalid_argument("training settings out of range");
}

struct Trainer::Run {
    Run(GradientFamily& f, const Progress& p, TrainControl& c, Adam a, ImageRows v, GreyRows g)
        : family(f)
        , progress(p)
        , control(c)
        , adam(std::move(a))
        , validation(v)
        , greyValidation(g) {}

    GradientFamily& family;
    const Progress& progress;
    TrainControl& control;
    Adam adam;
    ImageRows validation;
    GreyRows greyValidation;
    std::size_t seen = 0;       ///< images stepped on since the start
    std::int64_t steps = 0;     ///< minibatches since the start
    double trainingSeconds = 0; ///< in minibatches since the start
    double lr = 0;              ///< of the last minibatch
    bool outOfTime = false;
    // The interim report's running sums.
    double sinceReportNll = 0;
    std::size_t sinceReport = 0;
    // The epoch's, for its report.
    double epochNll = 0;
    std::size_t epochSeen = 0;
    double epochSeconds = 0;
    std::unique_ptr<Model> best;
    double bestLoss = std::numeric_limits<double>::infinity();
    double bestNll = std::numeric_limits<double>::infinity();

    bool grey() const { return family.preparation() == Preparation::Dequantized; }
    ValidationScores validate(std::size_t count, int threads) const {
        if (grey())
            return family.validate(GreyRows{greyValidation.data, count}, threads);
        return family.validate(ImageRows{validation.data, count, validation.labels}, threads);
    }
};

bool Trainer::trainEpoch(Run& run, int epoch) {
    const auto& s = settings_;
    const auto round = static_cast<std::uint64_t>(epoch) + 1;
    const auto order = shuffled(s.limit, mix64(s.seed) + static_cast<std::uint64_t>(epoch));
    const double budget = s.seconds > 0 ? s.seconds : 0;
    const double planned = static_cast<double>(s.epochs) * static_cast<double>(s.limit);
    // Every minibatch: ask the control and the clock, copy the rows of order[start, start +
    // count) (784 entries each), step, and report when an interim report is due.
    const auto eachMinibatch = [&](const auto* rows, auto step) {
        std::vector<std::remove_const_t<std::remove_pointer_t<decltype(rows)>>> batch(
            std::size_t(s.batch) * kPixels);
        for (std::size_t start = 0; start < s.limit; start += std::size_t(s.batch)) {
            double paused = 0;
            if (!run.control.proceed(paused))
                return false;
            if (budget > 0 && run.trainingSeconds >= budget) {
                run.outOfTime = true;
                return false;
            }
            const double progress =
                budget > 0 ? run.trainingSeconds / budget : static_cast<double>(run.seen) / planned;
            run.lr = learningRate(s, epoch, run.steps, progress);
            const auto stepStart = Clock::now();
            const std::size_t count = std::min(std::size_t(s.batch), s.limit - start);
            for (std::size_t k = 0; k < count; ++k)
                std::copy_n(rows + order[start + k] * kPixels, kPixels, batch.data() + k * kPixels);
            const double nll = step(batch.data(), start, count);
            const double spent = seconds(stepStart);
            run.trainingSeconds += spent;
            run.epochSeconds += spent;
            run.seen += count;
            run.epochSeen += count;
            run.epochNll += nll;
            run.sinceReport += count;
            run.sinceReportNll += nll;
            ++run.steps;
            if (s.reportEvery > 0 && run.sinceReport >= s.reportEvery && run.progress)
                reportInterim(run, epoch);
        }
        return true;
    };
    if (run.family.preparation() == Preparation::Dequantized) {
        const std::vector<float> rows = dequantizedRows(
            data_.train.pixels.data(), s.limit, run.family.ordering(), s.seed, round, s.threads);
        return eachMinibatch(rows.data(), [&](const float* batch, std::size_t, std::size_t count) {
            return trainMinibatch(run.family, run.adam, GreyRows{batch, count}, run.lr, s.threads);
        });
    }
    const auto set =
        mnist::binarize(data_.train, 0, s.limit, run.family.ordering(), s.seed, round, s.threads);
    const std::uint8_t* labels = data_.trainLabels.empty() ? nullptr : data_.trainLabels.data();
    std::vector<std::uint8_t> batchLabels(std::size_t(s.batch));
    return eachMinibatch(
        set.bits.data(), [&](const std::uint8_t* batch, std::size_t start, std::size_t count) {
            for (std::size_t k = 0; k < count && labels; ++k)
                batchLabels[k] = labels[order[start + k]];
            return trainMinibatch(run.family, run.adam,
                                  {batch, count, labels ? batchLabels.data() : nullptr}, run.lr,
                                  s.threads);
        });
}

void Trainer::reportInterim(Run& run, int epoch) {
    const auto& s = settings_;
    EpochReport report;
    report.epoch = epoch + 1;
    report.epochs = s.epochs;
    report.interim = true;
    report.imagesPerSecond = static_cast<double>(run.epochSeen) / std::max(run.epochSeconds, 1e-9);
    report.trainNll = run.sinceReportNll / static_cast<double>(run.sinceReport);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const ValidationScores scores = s.interimValidation > 0
                                        ? run.validate(s.interimValidation, s.threads)
                                        : ValidationScores{nan, nan, nan};
    report.validationNll = scores.nll;
    report.validationLoss = scores.loss;
    report.validationAccuracy = scores.accuracy;
    fillCommon(run, report);
    run.sinceReport = 0;
    run.sinceReportNll = 0;
    run.progress(report, *run.best);
}

void Trainer::fillCommon(const Run& run, EpochReport& report) const {
    const auto& s = settings_;
    report.bestValidationLoss = run.bestLoss;
    report.bestValidationNll = run.bestNll;
    report.imagesSeen = run.seen;
    report.trainingSeconds = run.trainingSeconds;
    report.learningRate = run.lr;
    const double perImage = run.trainingSeconds / std::max<double>(double(run.seen), 1);
    const double imagesLeft = std::max(
        0.0, static_cast<double>(s.epochs) * static_cast<double>(s.limit) - double(run.seen));
    report.secondsLeft = perImage * imagesLeft;
    if (s.seconds > 0)
        report.secondsLeft =
            std::min(report.secondsLeft, std::max(0.0, s.seconds - run.trainingSeconds));
}

std::unique_ptr<Model> Trainer::run(GradientFamily& family, const Progress& progress,
                                    const std::atomic<bool>* stop) {
    TrainControl control(stop);
    return run(family, progress, &control);
}

std::unique_ptr<Model> Trainer::run(GradientFamily& family, const Progress& progress,
                                    TrainControl* control) {
    const auto& s = settings_;
    TrainControl unsteered;
    TrainControl& steer = control ? *control : unsteered;
    const bool grey = family.preparation() == Preparation::Dequantized;
    mnist::BinarySet validation;
    std::vector<float> greyValidation;
    if (grey)
        greyValidation =
            dequantizedRows(data_.train.image(data_.validationFirst), mnist::kValidationCount,
                            family.ordering(), kBinCentreSeed, 0, s.threads);
    else
        validation = mnist::binarizeHeldOut(data_, family.ordering(), s.threads);
    std::vector<std::size_t> sizes;
    for (const std::span<float> tensor : family.parameters())
        sizes.push_back(tensor.size());
    Run run(family, progress, steer, Adam(sizes, {}, family.stepScales()),
            ImageRows{validation.bits.data(), validation.count,
                      data_.trainLabels.empty() ? nullptr
                                                : data_.trainLabels.data() + data_.validationFirst},
            GreyRows{greyValidation.data(), greyValidation.size() / kPixels});
    family.prepareGradients(s.threads);
    run.best = family.snapshot();
    for (int epoch = 0; epoch < s.epochs; ++epoch) {
        if (steer.stopRequested() || run.outOfTime)
            break;
        run.epochNll = 0;
        run.epochSeen = 0;
        run.epochSeconds = 0;
        trainEpoch(run, epoch);
        if (run.epochSeen == 0) // stopped or out of time before its first minibatch
            break;
        EpochReport report;
        report.epoch = epoch + 1;
        report.epochs = s.epochs;
        report.imagesPerSecond =
            static_cast<double>(run.epochSeen) / std::max(run.epochSeconds, 1e-9);
        report.trainNll = run.epochNll / static_cast<double>(run.epochSeen);
        const ValidationScores scores = run.validate(mnist::kValidationCount, s.threads);
        report.validationNll = scores.nll;
        report.validationLoss = scores.loss;
        report.validationAccuracy = scores.accuracy;
        report.improved = scores.loss < run.bestLoss;
        if (report.improved) {
            run.bestLoss = scores.loss;
            run.bestNll = scores.nll;
            run.best = family.snapshot();
        }
        fillCommon(run, report);
        if (epoch + 1 == s.epochs || steer.stopRequested() || run.outOfTime)
            report.secondsLeft = 0;
        run.sinceReport = 0;
        run.sinceReportNll = 0;
        if (progress)
            progress(report, *run.best);
    }
    return std::move(run.best);
}

} // namespace pixelchain::training
