#include "core/models/density_model.h"

#include <cmath>

namespace pixelchain {

double Evaluation::bitsPerPixel() const { return -logProb / (kPixels * std::log(2.0)); }

double logSigmoid(double t) {
    // log σ(t) = −softplus(−t), with softplus(u) = max(u, 0) + log1p(e^−|u|).
    return -(std::max(-t, 0.0) + std::log1p(std::exp(-std::abs(t))));
}

double sigmoid(double t) {
    if (t >= 0)
        return 1.0 / (1.0 + std::exp(-t));
    const double e = std::exp(t);
    return e / (1.0 + e);
}

} // namespace pixelchain
