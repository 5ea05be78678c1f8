#include "core/training/gradient_family.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace pixelchain::training {

ValidationScores GradientFamily::validate(ImageRows rows, int threads) const {
    const double nll = validationNll(rows, threads);
    return {nll, nll};
}

double GradientFamily::accumulateGradient(int, GreyRows, std::size_t, std::size_t) {
    throw std::logic_error("this family trains on binary rows");
}

ValidationScores GradientFamily::validate(GreyRows, int) const {
    throw std::logic_error("this family trains on binary rows");
}

Eigen::VectorXf meanLogits(const mnist::Mnist& data, std::size_t limit, const Ordering& ordering) {
    Eigen::VectorXf logits(kPixels);
    for (int j = 0; j < kPixels; ++j) {
        double mean = 0;
        const int pixel = ordering.pixel(j);
        for (std::size_t n = 0; n < limit; ++n)
            mean += data.train.image(n)[pixel] / 255.0;
        mean = std::clamp(mean / static_cast<double>(limit), 1e-3, 1 - 1e-3);
        logits(j) = static_cast<float>(std::log(mean / (1 - mean)));
    }
    return logits;
}

} // namespace pixelchain::training
