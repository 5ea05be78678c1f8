#include "core/training/adam.h"

#include <Eigen/Core>
#include <cmath>
#include <utility>

namespace pixelchain::training {

Adam::Adam(const std::vector<std::size_t>& tensorSizes, AdamSettings settings,
           std::vector<std::vector<float>> stepScales)
    : settings_(settings)
    , stepScales_(std::move(stepScales)) {
    for (const std::size_t size : tensorSizes) {
        m_.emplace_back(size, 0.0f);
        v_.emplace_back(size, 0.0f);
    }
    stepScales_.resize(tensorSizes.size());
}

void Adam::beginStep() {
    ++step_;
}

void Adam::update(std::size_t k, std::span<float> param, std::span<const float> grad, double lr,
                  std::size_t first, std::size_t count) {
    using Array = Eigen::Map<Eigen::ArrayXf>;
    using ConstArray = Eigen::Map<const Eigen::ArrayXf>;
    const auto b1 = static_cast<float>(settings_.beta1), b2 = static_cast<float>(settings_.beta2);
    const double t = static_cast<double>(step_);
    // α_t and ε √(1 − β₂ᵗ): both bias corrections folded in (see adam.h).
    const double correction2 = std::sqrt(1.0 - std::pow(settings_.beta2, t));
    const auto stepSize =
        static_cast<float>(lr * correction2 / (1.0 - std::pow(settings_.beta1, t)));
    const auto eps = static_cast<float>(settings_.epsilon * correction2);
    const auto n = static_cast<Eigen::Index>(count);
    Array theta(param.data() + first, n), m(m_[k].data() + first, n), v(v_[k].data() + first, n);
    const ConstArray g(grad.data() + first, n);
    m = b1 * m + (1.0f - b1) * g;
    v = b2 * v + (1.0f - b2) * g.square();
    const std::vector<float>& pattern = stepScales_[k];
    if (pattern.empty()) {
        theta -= stepSize * m / (v.sqrt() + eps);
        return;
    }
    for (Eigen::Index i = 0; i < n; ++i) {
        const float r = pattern[(first + static_cast<std::size_t>(i)) % pattern.size()];
        theta[i] -= r * stepSize * m[i] / (std::sqrt(v[i]) + eps);
    }
}

} // namespace pixelchain::training
