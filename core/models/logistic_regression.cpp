#include "core/models/logistic_regression.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace pixelchain {

LogisticRegression::LogisticRegression(std::vector<float> weights, std::vector<float> bias)
    : weights_(std::move(weights))
    , bias_(std::move(bias)) {
    if (bias_.empty() || weights_.size() != bias_.size() * kPixels)
        throw std::invalid_argument("logistic regression needs W[C, 784] and b[C]");
    const auto finite = [](float v) { return std::isfinite(v); };
    if (!std::all_of(weights_.begin(), weights_.end(), finite) ||
        !std::all_of(bias_.begin(), bias_.end(), finite))
        throw std::invalid_argument("logistic regression: every weight must be finite");
}

std::string LogisticRegression::describe() const {
    return "Multinomial logistic regression on the pixels, " + std::to_string(classes()) +
           " labels";
}

std::vector<double> LogisticRegression::posterior(const BinaryImage& image) const {
    std::vector<std::uint8_t> row(kPixels);
    for (int i = 0; i < kPixels; ++i)
        row[static_cast<std::size_t>(i)] = image.at(i) ? 1 : 0;
    std::vector<double> s = scores({row.data(), 1});
    const double top = *std::max_element(s.begin(), s.end());
    double total = 0;
    for (double& v : s)
        total += (v = std::exp(v - top));
    for (double& v : s)
        v /= total;
    return s;
}

std::vector<double> LogisticRegression::scores(ImageRows rows) const {
    const auto C = static_cast<std::size_t>(classes());
    std::vector<double> out(rows.count * C);
    for (std::size_t n = 0; n < rows.count; ++n) {
        const std::uint8_t* x = rows.row(n);
        for (std::size_t y = 0; y < C; ++y) {
            const float* w = weights_.data() + y * kPixels;
            double s = bias_[y];
            for (int i = 0; i < kPixels; ++i)
                if (x[i])
                    s += w[i];
            out[n * C + y] = s;
        }
    }
    return out;
}

} // namespace pixelchain
