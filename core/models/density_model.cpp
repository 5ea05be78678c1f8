#include "core/models/density_model.h"

#include <algorithm>
#include <cmath>

namespace pixelchain {

const char* familyName(ModelFamily family) {
    switch (family) {
    case ModelFamily::Independent:
        return "independent";
    case ModelFamily::Markov:
        return "markov";
    case ModelFamily::Fvsbn:
        return "fvsbn";
    case ModelFamily::Nade:
        return "nade";
    case ModelFamily::NaiveBayes:
        return "naive-bayes";
    case ModelFamily::ClassNade:
        return "class-nade";
    case ModelFamily::Rnade:
        return "rnade";
    case ModelFamily::IndependentMixture:
        return "independent-mixture";
    }
    return "unknown";
}

double Evaluation::bitsPerPixel() const {
    return -logProb / (kPixels * std::log(2.0));
}

std::vector<double> DensityModel::logProbs(ImageRows rows, int threads) const {
    std::vector<double> result(rows.count);
    const auto n = static_cast<std::int64_t>(rows.count);
    const Ordering& order = ordering();
#pragma omp parallel for schedule(dynamic, 64) num_threads(std::max(threads, 1))
    for (std::int64_t k = 0; k < n; ++k) {
        const std::uint8_t* row = rows.row(static_cast<std::size_t>(k));
        BinaryImage image;
        for (int j = 0; j < kPixels; ++j)
            image.set(order.pixel(j), row[j] != 0);
        result[static_cast<std::size_t>(k)] = evaluate(image).logProb;
    }
    return result;
}

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
