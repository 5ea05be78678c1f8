#pragma once
// Sums of probabilities kept as logarithms: log Σ_k e^(t_k), computed as
// t_max + log Σ_k e^(t_k − t_max) so that no term overflows and the largest never underflows.
#include <algorithm>
#include <cmath>
#include <span>

namespace pixelchain {

/// log Σ_k e^(terms_k); −∞ for no terms or all −∞, +∞ when one term is +∞.
inline double logSumExp(std::span<const double> terms) {
    if (terms.empty())
        return -INFINITY;
    const double top = *std::max_element(terms.begin(), terms.end());
    if (!std::isfinite(top))
        return top;
    double sum = 0;
    for (const double t : terms)
        sum += std::exp(t - top);
    return top + std::log(sum);
}

} // namespace pixelchain
