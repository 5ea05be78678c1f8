#include "core/training/adam.h"

#include <algorithm>
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
    const float* whole = grad.data();
    update(k, param, std::span<const float* const>(&whole, 1), 1.0f, lr, first, count);
}

void Adam::update(std::size_t k, std::span<float> param, std::span<const float* const> parts,
                  float scale, double lr, std::size_t first, std::size_t count) {
    const auto b1 = static_cast<float>(settings_.beta1), b2 = static_cast<float>(settings_.beta2);
    const double t = static_cast<double>(step_);
    // α_t and ε √(1 − β₂ᵗ): both bias corrections folded in (see adam.h).
    const double correction2 = std::sqrt(1.0 - std::pow(settings_.beta2, t));
    const auto stepSize =
        static_cast<float>(lr * correction2 / (1.0 - std::pow(settings_.beta1, t)));
    const auto eps = static_cast<float>(settings_.epsilon * correction2);
    const std::vector<float>& pattern = stepScales_[k];
    // One pass over the entries, a block at a time: sum the parts, scale, update both moments and
    // step. (Summing into one part, scaling it, and three Eigen expressions for m, v and θ made
    // five passes; this is twice as fast for a NADE's 785k parameters.)
    constexpr std::size_t kBlock = 512;
    float g[kBlock];
    for (std::size_t start = 0; start < count; start += kBlock) {
        const std::size_t n = std::min(kBlock, count - start), at = first + start;
        for (std::size_t i = 0; i < n; ++i)
            g[i] = parts[0][at + i];
        for (std::size_t p = 1; p < parts.size(); ++p)
            for (std::size_t i = 0; i < n; ++i)
                g[i] += parts[p][at + i];
        float* theta = param.data() + at;
        float* m = m_[k].data() + at;
        float* v = v_[k].data() + at;
        for (std::size_t i = 0; i < n; ++i) {
            const float gi = g[i] * scale;
            m[i] = b1 * m[i] + (1.0f - b1) * gi;
            v[i] = b2 * v[i] + (1.0f - b2) * gi * gi;
            g[i] = stepSize * m[i] / (std::sqrt(v[i]) + eps); // the step, before step scales
        }
        if (pattern.empty())
            for (std::size_t i = 0; i < n; ++i)
                theta[i] -= g[i];
        else
            for (std::size_t i = 0; i < n; ++i)
                theta[i] -= pattern[(at + i) % pattern.size()] * g[i];
    }
}

} // namespace pixelchain::training
