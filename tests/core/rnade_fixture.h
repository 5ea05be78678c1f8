#pragma once
// Small random RNADEs for core tests: weights drawn from fixed seeds, outputs large enough that
// every conditional differs from its neighbours'.
#include "core/models/rnade.h"

#include <random>

namespace pixelchain::testing {

inline RnadeWeights randomRnadeWeights(int hidden, int components, int pixels, std::uint64_t seed) {
    RnadeWeights w(hidden, components, pixels);
    std::mt19937_64 engine(seed);
    const auto draw = [&](double scale) {
        return static_cast<float>(((engine() >> 11) * 0x1.0p-53 * 2 - 1) * scale);
    };
    for (Eigen::Index k = 0; k < w.W.size(); ++k)
        w.W.data()[k] = draw(0.5);
    for (Eigen::Index k = 0; k < w.c.size(); ++k)
        w.c.data()[k] = draw(0.5);
    for (Eigen::Index k = 0; k < w.V.size(); ++k)
        w.V.data()[k] = draw(0.3);
    const int K = components;
    for (int j = 0; j < pixels; ++j)
        for (int k = 0; k < K; ++k) {
            w.b(k, j) = draw(1.0);                                         // mixing logits
            w.b(K + k, j) = static_cast<float>((k + 0.5) / K) + draw(0.1); // means in [0, 1]
            w.b(2 * K + k, j) = -2.0f + draw(0.5);                         // scales near e^-2
        }
    return w;
}

/// 784 dequantized grey values in [0, 1): mostly black, some strokes, as digits are.
inline std::vector<float> randomGreyRow(std::uint64_t seed) {
    std::vector<float> row(kPixels);
    std::mt19937_64 engine(seed);
    for (float& y : row) {
        const int v = engine() % 100 < 80 ? 0 : int(engine() % 256);
        y = static_cast<float>((v + (engine() >> 11) * 0x1.0p-53) / 256.0);
    }
    return row;
}

} // namespace pixelchain::testing
