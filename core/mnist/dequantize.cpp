#include "core/mnist/dequantize.h"

#include "core/sampling/uniform.h"

#include <algorithm>

namespace pixelchain {

std::vector<float> dequantizedRows(const std::uint8_t* grey, std::size_t count,
                                   const Ordering& ordering, std::uint64_t seed,
                                   std::uint64_t round, int threads) {
    std::vector<float> rows(count * kPixels);
    const auto n = static_cast<std::int64_t>(count);
#pragma omp parallel for schedule(static) num_threads(std::max(threads, 1))
    for (std::int64_t k = 0; k < n; ++k) {
        const auto image = static_cast<std::uint64_t>(k);
        const std::uint8_t* values = grey + image * kPixels;
        float* row = rows.data() + image * kPixels;
        for (int j = 0; j < kPixels; ++j) {
            const int i = ordering.pixel(j);
            const double u =
                seed == kBinCentreSeed
                    ? kBinCentre
                    : uniformAt(seed, round, image * kPixels + static_cast<std::uint64_t>(i));
            row[j] = static_cast<float>(dequantize(values[i], u));
        }
    }
    return rows;
}

} // namespace pixelchain
