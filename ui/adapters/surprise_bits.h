#pragma once
// Surprise in bits, the one unit the app uses for it: core reports −log p(x_i | x_<i) in nats
// (its natural logarithm); the pages divide by ln 2 once, here, so every map, legend and tooltip
// agrees with the others.
#include "core/models/density_model.h"

#include <numbers>
#include <vector>

namespace pixelchain::ui::SurpriseBits {

/// A surprise in nats, in bits.
inline double fromNats(double nats) {
    return nats / std::numbers::ln2;
}

/// Every pixel's surprise −log₂ p(x_i | x_<i), in pixel order.
inline std::vector<float> of(const Evaluation& evaluation) {
    std::vector<float> bits(evaluation.surprise);
    for (float& s : bits)
        s = float(fromNats(s));
    return bits;
}

} // namespace pixelchain::ui::SurpriseBits
