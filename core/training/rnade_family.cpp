#include "core/training/rnade_family.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>

namespace pixelchain::training {
namespace {

std::span<float> spanOf(Eigen::MatrixXf& m) {
    return {m.data(), static_cast<std::size_t>(m.size())};
}

std::vector<std::span<float>> tensorsOf(RnadeWeights& w) {
    return {
        spanOf(w.W), spanOf(w.V), spanOf(w.b), {w.c.data(), static_cast<std::size_t>(w.c.size())}};
}

} // namespace

RnadeWeights initialRnadeWeights(int hidden, const std::vector<GaussianMixture>& start,
                                 const Ordering& ordering, std::uint64_t seed) {
    if (hidden < 1 || hidden > 100000)
        throw std::invalid_argument("RNADE hidden units out of range");
    if (start.size() != std::size_t{kPixels})
        throw std::invalid_argument("RNADE needs one starting mixture per pixel");
    const int K = start.front().components();
    RnadeWeights w(hidden, K, kPixels);
    std::mt19937_64 engine(seed);
    const auto uniform = [&engine](double scale) {
        return static_cast<float>((2 * (static_cast<double>(engine() >> 11) * 0x1.0p-53) - 1) *
                                  scale);
    };
    const double scaleW = 1.0 / std::sqrt(double(kPixels));
    for (Eigen::Index k = 0; k < w.W.size(); ++k)
        w.W.data()[k] = uniform(scaleW);
    for (int j = 0; j < kPixels; ++j) {
        const GaussianMixture& m = start[std::size_t(ordering.pixel(j))];
        if (m.components() != K)
            throw std::invalid_argument("starting mixtures differ in their components");
        for (int k = 0; k < K; ++k) {
            w.b(k, j) = static_cast<float>(std::log(m.weights[std::size_t(k)]));
            w.b(K + k, j) = static_cast<float>(m.means[std::size_t(k)]);
            w.b(2 * K + k, j) = static_cast<float>(std::log(m.scales[std::size_t(k)]));
        }
    }
    return w;
}

RnadeFamily::RnadeFamily(RnadeWeights initial, Ordering ordering, Activation activation,
                         float meanStepScale)
    : weights_(std::move(initial))
    , ordering_(std::move(ordering))
    , activation_(activation)
    , meanStepScale_(meanStepScale) {
    if (!(meanStepScale > 0 && meanStepScale <= 1))
        throw std::invalid_argument("RNADE mean step scale outside (0, 1]");
}

std::vector<std::span<float>> RnadeFamily::parameters() {
    return tensorsOf(weights_);
}

std::vector<std::vector<float>> RnadeFamily::stepScales() const {
    // V and b are column-major with 3K rows, (α, μ, ζ) in blocks of K: entry e is in row e mod 3K.
    const auto K = static_cast<std::size_t>(weights_.components());
    std::vector<float> rows(3 * K, 1.0f);
    std::fill(rows.begin() + std::ptrdiff_t(K), rows.begin() + std::ptrdiff_t(2 * K),
              meanStepScale_);
    return {{}, rows, rows, {}};
}

void RnadeFamily::prepareGradients(int threads) {
    gradients_.assign(static_cast<std::size_t>(threads),
                      RnadeWeights(weights_.hidden(), weights_.components(), kPixels));
    work_.assign(static_cast<std::size_t>(threads), RnadeWorkspace{});
}

std::vector<std::span<float>> RnadeFamily::gradient(int thread) {
    return tensorsOf(gradients_[static_cast<std::size_t>(thread)]);
}

double RnadeFamily::accumulateGradient(int thread, GreyRows rows, std::size_t first,
                                       std::size_t count) {
    const auto t = static_cast<std::size_t>(thread);
    return accumulateRnadeGradient(weights_, activation_, rows, first, count, gradients_[t],
                                   work_[t]);
}

ValidationScores RnadeFamily::validate(GreyRows rows, int threads) const {
    const auto logs = Rnade(weights_, ordering_, activation_).logDensities(rows, threads);
    double total = 0;
    for (const double v : logs)
        total -= v;
    const double nll = logs.empty() ? 0 : total / double(logs.size());
    return {nll, nll};
}

double RnadeFamily::accumulateGradient(int, ImageRows, std::size_t, std::size_t) {
    throw std::logic_error("an RNADE trains on dequantized grey rows");
}

double RnadeFamily::validationNll(ImageRows, int) const {
    throw std::logic_error("an RNADE trains on dequantized grey rows");
}

std::unique_ptr<Model> RnadeFamily::snapshot() const {
    return std::make_unique<Rnade>(weights_, ordering_, activation_);
}

} // namespace pixelchain::training
