#include "core/models/gaussian_mixture.h"

#include "core/models/log_space.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace pixelchain {
namespace {

const double kLogSqrt2Pi = 0.5 * std::log(2 * std::numbers::pi);

double clampedLogScale(double zeta) {
    return std::clamp(zeta, kMinLogScale, kMaxLogScale);
}

} // namespace

double GaussianMixture::componentDensity(int k, double y) const {
    const auto i = static_cast<std::size_t>(k);
    const double z = (y - means[i]) / scales[i];
    return weights[i] * std::exp(-0.5 * z * z - kLogSqrt2Pi) / scales[i];
}

double GaussianMixture::density(double y) const {
    return std::exp(logDensity(y));
}

double GaussianMixture::logDensity(double y) const {
    std::vector<double> terms(weights.size());
    for (std::size_t k = 0; k < weights.size(); ++k) {
        const double z = (y - means[k]) / scales[k];
        terms[k] = std::log(weights[k]) - 0.5 * z * z - std::log(scales[k]) - kLogSqrt2Pi;
    }
    return logSumExp(terms);
}

double GaussianMixture::mean() const {
    double m = 0;
    for (std::size_t k = 0; k < weights.size(); ++k)
        m += weights[k] * means[k];
    return m;
}

double GaussianMixture::sample(double u1, double u2, double u3, double temperature) const {
    std::vector<double> tempered(weights.size());
    double total = 0;
    for (std::size_t k = 0; k < weights.size(); ++k)
        total += (tempered[k] = std::pow(weights[k], 1.0 / temperature));
    std::size_t pick = weights.size() - 1;
    double cumulative = 0;
    for (std::size_t k = 0; k + 1 < weights.size(); ++k) {
        cumulative += tempered[k] / total;
        if (u1 < cumulative) {
            pick = k;
            break;
        }
    }
    // Box–Muller: 1 − u2 lies in (0, 1], so the logarithm is finite.
    const double normal = std::sqrt(-2 * std::log(1 - u2)) * std::cos(2 * std::numbers::pi * u3);
    return means[pick] + scales[pick] * std::sqrt(temperature) * normal;
}

GaussianMixture GaussianMixture::fromOutputs(const float* alpha, const float* mean,
                                             const float* logScale, int components) {
    GaussianMixture m;
    const auto K = static_cast<std::size_t>(components);
    m.weights.resize(K);
    m.means.resize(K);
    m.scales.resize(K);
    const double top = *std::max_element(alpha, alpha + K);
    double total = 0;
    for (std::size_t k = 0; k < K; ++k)
        total += (m.weights[k] = std::exp(double(alpha[k]) - top));
    for (std::size_t k = 0; k < K; ++k) {
        m.weights[k] /= total;
        m.means[k] = mean[k];
        m.scales[k] = std::exp(clampedLogScale(logScale[k]));
    }
    return m;
}

double mixtureMean(const float* alpha, const float* mean, int components) {
    const float top = *std::max_element(alpha, alpha + components);
    double total = 0, weighted = 0;
    for (int k = 0; k < components; ++k) {
        const double w = std::exp(double(alpha[k]) - top);
        total += w;
        weighted += w * mean[k];
    }
    return weighted / total;
}

double mixtureLogDensity(const float* alpha, const float* mean, const float* logScale,
                         int components, double y, float* gradient) {
    const int K = std::min(components, kMaxComponents);
    double logPi[kMaxComponents], terms[kMaxComponents], z[kMaxComponents];
    const double alphaTop = *std::max_element(alpha, alpha + K);
    double alphaSum = 0;
    for (int k = 0; k < K; ++k)
        alphaSum += std::exp(double(alpha[k]) - alphaTop);
    const double logNormalizer = alphaTop + std::log(alphaSum);
    for (int k = 0; k < K; ++k) {
        const double zeta = clampedLogScale(logScale[k]);
        z[k] = (y - double(mean[k])) * std::exp(-zeta);
        logPi[k] = double(alpha[k]) - logNormalizer;
        terms[k] = logPi[k] - 0.5 * z[k] * z[k] - zeta - kLogSqrt2Pi;
    }
    const double logP = logSumExp({terms, std::size_t(K)});
    if (gradient) {
        for (int k = 0; k < K; ++k) {
            const double r = std::exp(terms[k] - logP);
            const double zeta = double(logScale[k]);
            const bool clamped = zeta < kMinLogScale || zeta > kMaxLogScale;
            gradient[k] = static_cast<float>(std::exp(logPi[k]) - r);
            gradient[K + k] = static_cast<float>(-r * z[k] * std::exp(-clampedLogScale(zeta)));
            gradient[2 * K + k] = clamped ? 0.0f : static_cast<float>(r * (1 - z[k] * z[k]));
        }
    }
    return logP;
}

} // namespace pixelchain
