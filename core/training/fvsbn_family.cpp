#include "core/training/fvsbn_family.h"

#include "core/models/fvsbn.h"

namespace pixelchain::training {
namespace {

std::vector<std::span<float>> tensorsOf(FvsbnWeights& w) {
    return {{w.W.data(), static_cast<std::size_t>(w.W.size())},
            {w.b.data(), static_cast<std::size_t>(w.b.size())}};
}

} // namespace

FvsbnWeights initialFvsbnWeights(const Eigen::VectorXf& bias) {
    FvsbnWeights w;
    w.b = bias;
    return w;
}

FvsbnFamily::FvsbnFamily(FvsbnWeights initial)
    : weights_(std::move(initial)) {}

std::vector<std::span<float>> FvsbnFamily::parameters() {
    return tensorsOf(weights_);
}

void FvsbnFamily::prepareGradients(int threads) {
    gradients_.assign(static_cast<std::size_t>(threads), FvsbnWeights{});
    slices_.assign(static_cast<std::size_t>(threads), FvsbnWeights{});
}

std::vector<std::span<float>> FvsbnFamily::gradient(int thread) {
    return tensorsOf(gradients_[static_cast<std::size_t>(thread)]);
}

double FvsbnFamily::accumulateGradient(int thread, ImageRows rows, std::size_t first,
                                       std::size_t count) {
    if (count == 0)
        return 0;
    const auto t = static_cast<std::size_t>(thread);
    const double nll = fvsbnGradient(weights_, rows.row(first), count, slices_[t]);
    gradients_[t].W += slices_[t].W;
    gradients_[t].b += slices_[t].b;
    return nll;
}

double FvsbnFamily::validationNll(ImageRows rows, int threads) const {
    // One contiguous slice per thread, summed in slice order: the same figure for a thread count.
    std::vector<double> sums(static_cast<std::size_t>(threads));
    const std::size_t n = rows.count, slices = sums.size();
#pragma omp parallel for schedule(static) num_threads(threads)
    for (int t = 0; t < threads; ++t) {
        const auto s = static_cast<std::size_t>(t);
        const std::size_t from = n * s / slices, to = n * (s + 1) / slices;
        sums[s] = fvsbnNll(weights_, rows.row(from), to - from);
    }
    double total = 0;
    for (const double sum : sums)
        total += sum;
    return total / static_cast<double>(n);
}

std::unique_ptr<Model> FvsbnFamily::snapshot() const {
    return std::make_unique<Fvsbn>(weights_);
}

} // namespace pixelchain::training
