#include "core/models/nade_batch.h"

#include <algorithm>
#include <numeric>

namespace pixelchain {
namespace {

constexpr std::size_t kBlock = 32; // images per block: A is H×32 floats, well inside L2

void logLikelihoodBlock(const Nade& model, ImageRows rows, std::size_t first, std::size_t count,
                        double* out) {
    const NadeWeights& w = model.weights();
    Eigen::MatrixXf A = w.c.replicate(1, static_cast<Eigen::Index>(count));
    std::fill(out, out + count, 0.0);
    for (int j = 0; j < kPixels; ++j) {
        for (std::size_t k = 0; k < count; ++k) {
            const auto col = static_cast<Eigen::Index>(k);
            const bool on = rows.row(first + k)[j] != 0;
            const double logit = nadeLogit(w, model.activation(), j, A.col(col).data());
            out[k] += logSigmoid(on ? logit : -logit);
            if (on)
                addInputWeights(w, j, A.col(col).data());
        }
    }
}

} // namespace

std::vector<double> logLikelihoods(const Nade& model, ImageRows rows, int threads) {
    std::vector<double> result(rows.count);
    const auto blocks = static_cast<std::int64_t>((rows.count + kBlock - 1) / kBlock);
#pragma omp parallel for schedule(dynamic) num_threads(std::max(threads, 1))
    for (std::int64_t blk = 0; blk < blocks; ++blk) {
        const std::size_t first = static_cast<std::size_t>(blk) * kBlock;
        const std::size_t count = std::min(kBlock, rows.count - first);
        logLikelihoodBlock(model, rows, first, count, result.data() + first);
    }
    return result;
}

double meanNll(const std::vector<double>& ll) {
    if (ll.empty())
        return 0;
    return -std::accumulate(ll.begin(), ll.end(), 0.0) / static_cast<double>(ll.size());
}

} // namespace pixelchain
