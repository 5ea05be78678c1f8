#include "core/training/fvsbn_trainer.h"

#include "core/training/fvsbn_gradient.h"

#include <Eigen/Core>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <random>
#include <stdexcept>

namespace pixelchain::training {

/// Adam (see adam.h for the update) over the FVSBN's two tensors. Entries whose gradient is
/// always zero (the upper triangle of W) keep m = v = 0 and never move.
class FvsbnAdam {
public:
    FvsbnAdam() {
        m_.b.setZero();
        v_.b.setZero();
    }
    void step(FvsbnWeights& w, const FvsbnWeights& g, double lr) {
        ++t_;
        const double c1 = 1 - std::pow(kBeta1, t_), c2 = 1 - std::pow(kBeta2, t_);
        const float rate = static_cast<float>(lr * std::sqrt(c2) / c1);
        update(w.b.data(), g.b.data(), m_.b.data(), v_.b.data(), w.b.size(), rate);
        update(w.W.data(), g.W.data(), m_.W.data(), v_.W.data(), w.W.size(), rate);
    }

private:
    static constexpr double kBeta1 = 0.9, kBeta2 = 0.999;
    static constexpr float kEpsilon = 1e-8f;

    static void update(float* w, const float* g, float* m, float* v, Eigen::Index n, float rate) {
        const auto b1 = static_cast<float>(kBeta1), b2 = static_cast<float>(kBeta2);
        for (Eigen::Index k = 0; k < n; ++k) {
            m[k] = b1 * m[k] + (1 - b1) * g[k];
            v[k] = b2 * v[k] + (1 - b2) * g[k] * g[k];
            w[k] -= rate * m[k] / (std::sqrt(v[k]) + kEpsilon);
        }
    }

    FvsbnWeights m_, v_;
    long t_ = 0;
};

FvsbnTrainer::FvsbnTrainer(const mnist::Mnist& data, FvsbnSettings settings)
    : data_(data)
    , settings_(settings) {
    const auto& s = settings_;
    if (s.epochs < 1 || s.batch < 1 || s.batch > 50000 || !(s.lr > 0) || s.limit < 1 ||
        s.limit > mnist::kTrainCount || s.threads < 1)
        throw std::invalid_argument("FVSBN training settings out of range");
    validation_ = mnist::binarize(data_.train, mnist::kTrainCount, mnist::kValidationCount,
                                  Ordering::raster(), mnist::kEvaluationSeed, 0, s.threads);
}

FvsbnWeights FvsbnTrainer::initialWeights() const {
    FvsbnWeights w;
    for (int i = 0; i < kPixels; ++i) {
        double mean = 0;
        for (std::size_t n = 0; n < settings_.limit; ++n)
            mean += data_.train.image(n)[i] / 255.0;
        mean = std::clamp(mean / static_cast<double>(settings_.limit), 1e-3, 1 - 1e-3);
        w.b(i) = static_cast<float>(std::log(mean / (1 - mean)));
    }
    return w;
}

double FvsbnTrainer::trainEpoch(int epoch, FvsbnWeights& weights, FvsbnAdam& adam,
                                const std::atomic<bool>* stop) {
    const auto& s = settings_;
    const auto set = mnist::binarize(data_.train, 0, s.limit, Ordering::raster(), s.seed,
                                     static_cast<std::uint64_t>(epoch), s.threads);
    std::vector<std::size_t> order(s.limit);
    for (std::size_t n = 0; n < order.size(); ++n)
        order[n] = n;
    std::shuffle(order.begin(), order.end(), std::mt19937_64(s.seed * 1000003 + epoch));
    const auto batch = static_cast<std::size_t>(s.batch);
    std::vector<std::uint8_t> rows(batch * kPixels);
    FvsbnWeights grad;
    double total = 0;
    std::size_t seen = 0;
    for (std::size_t first = 0; first < s.limit; first += batch) {
        if (stop && stop->load())
            break;
        const std::size_t n = std::min(batch, s.limit - first);
        for (std::size_t k = 0; k < n; ++k)
            std::copy_n(set.row(order[first + k]), kPixels, rows.data() + k * kPixels);
        total += fvsbnGradient(weights, rows.data(), n, grad);
        grad.b /= static_cast<float>(n);
        grad.W /= static_cast<float>(n);
        adam.step(weights, grad, s.lr);
        seen += n;
    }
    return seen ? total / static_cast<double>(seen) : 0.0;
}

Fvsbn FvsbnTrainer::run(const Progress& progress, const std::atomic<bool>* stop) {
    using Clock = std::chrono::steady_clock;
    Eigen::setNbThreads(settings_.threads);
    FvsbnWeights weights = initialWeights();
    FvsbnAdam adam;
    Fvsbn best{weights};
    double bestNll = fvsbnNll(weights, validation_.bits.data(), validation_.count) /
                     static_cast<double>(validation_.count);
    const auto start = Clock::now();
    for (int epoch = 1; epoch <= settings_.epochs && !(stop && stop->load()); ++epoch) {
        EpochReport r;
        r.epoch = epoch;
        r.epochs = settings_.epochs;
        r.trainNll = trainEpoch(epoch, weights, adam, stop);
        r.validationNll = fvsbnNll(weights, validation_.bits.data(), validation_.count) /
                          static_cast<double>(validation_.count);
        r.improved = r.validationNll < bestNll;
        if (r.improved) {
            bestNll = r.validationNll;
            best = Fvsbn(weights);
        }
        const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        r.bestValidationNll = bestNll;
        r.imagesPerSecond = static_cast<double>(settings_.limit) * epoch / seconds;
        r.secondsLeft = seconds / epoch * (settings_.epochs - epoch);
        if (progress)
            progress(r, best);
    }
    return best;
}

} // namespace pixelchain::training
