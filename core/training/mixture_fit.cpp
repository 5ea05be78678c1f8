#include "core/training/mixture_fit.h"

#include "core/sampling/uniform.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <stdexcept>

namespace pixelchain::training {
namespace {

GaussianMixture fitOne(const std::vector<double>& y, int K, int iterations) {
    GaussianMixture m;
    const int tiles = K >= kBlackTiles + 1 ? kBlackTiles : 0;
    const double bin = 1.0 / kGreyLevels;
    for (int k = 0; k < tiles; ++k) { // side by side across the black bin [0, 1/256)
        m.weights.push_back(1.0 / K);
        m.means.push_back((k + 0.5) * bin / tiles);
        m.scales.push_back(kTileScale * bin);
    }
    for (int k = 0; k < K - tiles; ++k) { // spread over the rest of [0, 1]
        m.weights.push_back(1.0 / K);
        m.means.push_back(bin + (k + 0.5) * (1 - bin) / (K - tiles));
        m.scales.push_back(0.5 / (K - tiles));
    }
    const auto N = y.size();
    const auto Kz = static_cast<std::size_t>(K);
    std::vector<double> r(Kz), sumR(Kz), sumY(Kz), sumYY(Kz), logTerm(Kz);
    const double logSqrt2Pi = 0.5 * std::log(2 * std::numbers::pi);
    for (int it = 0; it < iterations; ++it) {
        std::fill(sumR.begin(), sumR.end(), 0.0);
        std::fill(sumY.begin(), sumY.end(), 0.0);
        std::fill(sumYY.begin(), sumYY.end(), 0.0);
        for (std::size_t k = 0; k < Kz; ++k)
            logTerm[k] = std::log(m.weights[k]) - std::log(m.scales[k]) - logSqrt2Pi;
        for (std::size_t n = 0; n < N; ++n) {
            double top = -INFINITY;
            for (std::size_t k = 0; k < Kz; ++k) {
                const double z = (y[n] - m.means[k]) / m.scales[k];
                r[k] = logTerm[k] - 0.5 * z * z;
                top = std::max(top, r[k]);
            }
            double total = 0;
            for (std::size_t k = 0; k < Kz; ++k)
                total += (r[k] = std::exp(r[k] - top));
            for (std::size_t k = 0; k < Kz; ++k) {
                const double share = r[k] / total;
                sumR[k] += share;
                sumY[k] += share * y[n];
                sumYY[k] += share * y[n] * y[n];
            }
        }
        double weightTotal = 0;
        for (std::size_t k = 0; k < Kz; ++k) {
            m.weights[k] = std::max(sumR[k] / double(N), kMinWeight);
            weightTotal += m.weights[k];
            if (sumR[k] >= 1) { // less than one digit's worth of evidence: keep where it was
                m.means[k] = sumY[k] / sumR[k];
                const double variance = sumYY[k] / sumR[k] - m.means[k] * m.means[k];
                m.scales[k] = std::max(std::sqrt(std::max(variance, 0.0)), kMinScale);
            }
        }
        for (double& weight : m.weights)
            weight /= weightTotal;
    }
    return m;
}

} // namespace

std::vector<GaussianMixture> fitPixelMixtures(const mnist::Mnist& data,
                                              const MixtureFitSettings& s) {
    if (s.components < 1 || s.components > kMaxComponents || s.iterations < 1 ||
        s.iterations > 10000 || s.limit < 1 || s.limit > mnist::kTrainCount ||
        s.limit > data.train.count)
        throw std::invalid_argument("mixture fit settings out of range");
    std::vector<GaussianMixture> pixels(kPixels);
#pragma omp parallel for schedule(dynamic, 8) num_threads(std::max(s.threads, 1))
    for (int i = 0; i < kPixels; ++i) {
        std::vector<double> y(s.limit);
        for (std::size_t n = 0; n < s.limit; ++n)
            y[n] = dequantize(data.train.image(n)[i],
                              uniformAt(s.seed, 1, n * kPixels + static_cast<std::uint64_t>(i)));
        pixels[std::size_t(i)] = fitOne(y, s.components, s.iterations);
    }
    return pixels;
}

IndependentMixture fitIndependentMixture(const mnist::Mnist& data, const MixtureFitSettings& s) {
    return IndependentMixture(fitPixelMixtures(data, s));
}

} // namespace pixelchain::training
