#include "core/training/nade_family.h"

#include <cmath>
#include <random>
#include <stdexcept>

namespace pixelchain::training {
namespace {

double uniform(std::mt19937_64& engine) {
    return static_cast<double>(engine() >> 11) * 0x1.0p-53;
}

std::vector<std::span<float>> tensorsOf(NadeWeights& w) {
    return {{w.W.data(), static_cast<std::size_t>(w.W.size())},
            {w.Vt.data(), static_cast<std::size_t>(w.Vt.size())},
            {w.b.data(), static_cast<std::size_t>(w.b.size())},
            {w.c.data(), static_cast<std::size_t>(w.c.size())}};
}

} // namespace

NadeWeights initialNadeWeights(int hidden, const Eigen::VectorXf& bias, std::uint64_t seed) {
    if (hidden < 1 || hidden > 100000)
        throw std::invalid_argument("NADE hidden units out of range");
    NadeWeights w(hidden, kPixels);
    std::mt19937_64 engine(seed);
    const double scaleW = 1.0 / std::sqrt(static_cast<double>(kPixels));
    const double scaleV = 1.0 / std::sqrt(static_cast<double>(hidden));
    for (Eigen::Index k = 0; k < w.W.size(); ++k)
        w.W.data()[k] = static_cast<float>((2 * uniform(engine) - 1) * scaleW);
    for (Eigen::Index k = 0; k < w.Vt.size(); ++k)
        w.Vt.data()[k] = static_cast<float>((2 * uniform(engine) - 1) * scaleV);
    w.b = bias;
    return w;
}

NadeFamily::NadeFamily(NadeWeights initial, Ordering ordering, Activation activation)
    : weights_(std::move(initial))
    , ordering_(std::move(ordering))
    , activation_(activation) {}

std::vector<std::span<float>> NadeFamily::parameters() {
    return tensorsOf(weights_);
}

void NadeFamily::prepareGradients(int threads) {
    gradients_.assign(static_cast<std::size_t>(threads), NadeWeights(weights_.hidden(), kPixels));
    work_.assign(static_cast<std::size_t>(threads), GradientWorkspace{});
}

std::vector<std::span<float>> NadeFamily::gradient(int thread) {
    return tensorsOf(gradients_[static_cast<std::size_t>(thread)]);
}

double NadeFamily::accumulateGradient(int thread, ImageRows rows, std::size_t first,
                                      std::size_t count) {
    const auto t = static_cast<std::size_t>(thread);
    return training::accumulateGradient(weights_, activation_, rows, first, count, gradients_[t],
                                        work_[t]);
}

double NadeFamily::validationNll(ImageRows rows, int threads) const {
    return meanNll(logLikelihoods(Nade(weights_, ordering_, activation_), rows, threads));
}

std::unique_ptr<Model> NadeFamily::snapshot() const {
    return std::make_unique<Nade>(weights_, ordering_, activation_);
}

} // namespace pixelchain::training
