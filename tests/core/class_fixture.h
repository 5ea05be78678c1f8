#pragma once
// Small random class-conditional models for core tests: weights drawn from fixed seeds.
#include "core/models/class_nade.h"
#include "core/models/naive_bayes.h"

#include <cmath>
#include <memory>
#include <random>

namespace pixelchain::testing {

inline constexpr int kClassHidden = 6;

inline float draw(std::mt19937_64& engine, double scale) {
    return static_cast<float>(((engine() >> 11) * 0x1.0p-53 * 2 - 1) * scale);
}

inline std::vector<double> uniformPrior() {
    return std::vector<double>(kDigitClasses, -std::log(double(kDigitClasses)));
}

inline ClassNadeWeights randomClassWeights(std::uint64_t seed) {
    ClassNadeWeights w(kClassHidden, kDigitClasses);
    std::mt19937_64 engine(seed);
    for (Eigen::Index k = 0; k < w.nade.W.size(); ++k)
        w.nade.W.data()[k] = draw(engine, 0.3);
    for (Eigen::Index k = 0; k < w.nade.Vt.size(); ++k)
        w.nade.Vt.data()[k] = draw(engine, 0.8);
    for (int j = 0; j < kPixels; ++j)
        w.nade.b(j) = draw(engine, 1.0);
    for (int h = 0; h < kClassHidden; ++h)
        w.nade.c(h) = draw(engine, 0.5);
    for (Eigen::Index k = 0; k < w.U.size(); ++k)
        w.U.data()[k] = draw(engine, 1.0);
    for (Eigen::Index k = 0; k < w.A.size(); ++k)
        w.A.data()[k] = draw(engine, 0.5);
    return w;
}

inline std::shared_ptr<const ClassNade> randomClassNade(std::uint64_t seed, Ordering ordering) {
    std::vector<double> prior(kDigitClasses);
    double total = 0;
    for (int y = 0; y < kDigitClasses; ++y)
        total += (prior[static_cast<std::size_t>(y)] = 1.0 + y);
    for (double& p : prior)
        p = std::log(p / total);
    return std::make_shared<ClassNade>(randomClassWeights(seed), prior, std::move(ordering),
                                       Activation::Relu);
}

inline std::shared_ptr<const NaiveBayes> randomNaiveBayes(std::uint64_t seed) {
    std::mt19937_64 engine(seed);
    std::vector<float> p(kDigitClasses * kPixels);
    for (float& v : p)
        v = 0.05f + 0.9f * static_cast<float>((engine() >> 11) * 0x1.0p-53);
    return std::make_shared<NaiveBayes>(std::move(p), uniformPrior());
}

} // namespace pixelchain::testing
