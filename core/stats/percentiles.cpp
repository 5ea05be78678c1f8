#include "core/stats/percentiles.h"

#include <algorithm>
#include <cmath>

namespace pixelchain::stats {

std::vector<double> percentiles(std::vector<double> values) {
    std::vector<double> result;
    if (values.empty())
        return result;
    std::sort(values.begin(), values.end());
    result.reserve(kPercentileCount);
    const auto last = static_cast<int>(kPercentileCount) - 1;
    for (int q = 0; q <= last; ++q) {
        const double position =
            static_cast<double>(q) / last * static_cast<double>(values.size() - 1);
        const auto low = static_cast<std::size_t>(std::floor(position));
        const std::size_t high = std::min(low + 1, values.size() - 1);
        const double t = position - static_cast<double>(low);
        result.push_back(values[low] * (1 - t) + values[high] * t);
    }
    return result;
}

double percentileOf(const std::vector<double>& p, double value) {
    if (p.size() < 2 || std::isnan(value))
        return std::nan("");
    if (value <= p.front())
        return 0;
    if (value >= p.back())
        return 100;
    const auto upper = std::upper_bound(p.begin(), p.end(), value);
    const auto k = static_cast<std::size_t>(upper - p.begin());
    const double low = p[k - 1], high = p[k];
    const double t = high > low ? (value - low) / (high - low) : 0.5;
    return (static_cast<double>(k - 1) + t) * 100.0 / static_cast<double>(p.size() - 1);
}

} // namespace pixelchain::stats
