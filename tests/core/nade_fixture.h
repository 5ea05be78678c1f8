#pragma once
// A small random NADE for core tests: weights drawn from a fixed seed, so every run sees the same
// model.
#include "core/models/nade.h"

#include <memory>
#include <random>

namespace pixelchain::testing {

inline std::shared_ptr<const Nade> randomNade(int hidden, Activation act, Ordering ordering,
                                              std::uint64_t seed = 5) {
    NadeWeights w(hidden, kPixels);
    std::mt19937_64 engine(seed);
    auto draw = [&](double scale) {
        return static_cast<float>(((engine() >> 11) * 0x1.0p-53 * 2 - 1) * scale);
    };
    for (Eigen::Index k = 0; k < w.W.size(); ++k)
        w.W.data()[k] = draw(0.4);
    for (Eigen::Index k = 0; k < w.Vt.size(); ++k)
        w.Vt.data()[k] = draw(0.6);
    for (int j = 0; j < kPixels; ++j)
        w.b(j) = draw(2.0);
    for (int h = 0; h < hidden; ++h)
        w.c(h) = draw(0.5);
    return std::make_shared<Nade>(std::move(w), std::move(ordering), act);
}

inline BinaryImage randomImage(std::uint64_t seed, int percentOn = 20) {
    BinaryImage image;
    std::mt19937_64 engine(seed);
    for (int i = 0; i < kPixels; ++i)
        image.set(i, static_cast<int>(engine() % 100) < percentOn);
    return image;
}

} // namespace pixelchain::testing
