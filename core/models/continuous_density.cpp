#include "core/models/continuous_density.h"

#include <algorithm>
#include <cstdint>

namespace pixelchain {

double ContinuousEvaluation::bitsPerDim() const {
    return bitsPerDimension(logDensity);
}

std::vector<double> ContinuousDensity::logDensities(GreyRows rows, int threads) const {
    std::vector<double> result(rows.count);
    const auto n = static_cast<std::int64_t>(rows.count);
#pragma omp parallel for schedule(dynamic, 16) num_threads(std::max(threads, 1))
    for (std::int64_t k = 0; k < n; ++k) {
        const float* row = rows.row(static_cast<std::size_t>(k));
        auto walker = stepper();
        double total = 0;
        for (int j = 0; j < kPixels; ++j) {
            total += walker->next().logDensity(row[j]);
            walker->push(row[j]);
        }
        result[static_cast<std::size_t>(k)] = total;
    }
    return result;
}

} // namespace pixelchain
