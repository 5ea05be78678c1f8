#include "core/models/independent_mixture.h"

#include <cmath>
#include <stdexcept>

namespace pixelchain {
namespace {

class IndependentStepper : public MixtureStepper {
public:
    explicit IndependentStepper(const IndependentMixture& model)
        : model_(model) {}
    void reset() override { j_ = 0; }
    GaussianMixture next() const override { return model_.pixel(j_); }
    void push(double) override { ++j_; }
    int step() const override { return j_; }

private:
    const IndependentMixture& model_;
    int j_ = 0;
};

const char* kParts[] = {"pi", "mu", "sigma"};

} // namespace

IndependentMixture::IndependentMixture(std::vector<GaussianMixture> pixels)
    : pixels_(std::move(pixels)) {
    if (pixels_.size() != std::size_t{kPixels})
        throw std::invalid_argument("an independent mixture needs 784 pixels");
    const int K = pixels_.front().components();
    if (K < 1 || K > kMaxComponents)
        throw std::invalid_argument("an independent mixture needs 1 to " +
                                    std::to_string(kMaxComponents) + " components");
    for (const GaussianMixture& m : pixels_) {
        if (m.components() != K || int(m.means.size()) != K || int(m.scales.size()) != K)
            throw std::invalid_argument("every pixel needs the same number of components");
        double total = 0;
        for (int k = 0; k < K; ++k) {
            const auto i = std::size_t(k);
            if (!(m.weights[i] > 0) || !(m.scales[i] > 0) || !std::isfinite(m.means[i]) ||
                !std::isfinite(m.scales[i]))
                throw std::invalid_argument(
                    "mixture weights and scales must be positive and finite");
            total += m.weights[i];
        }
        if (std::abs(total - 1) > 1e-3)
            throw std::invalid_argument("a pixel's mixture weights do not sum to 1");
    }
}

std::string IndependentMixture::describe() const {
    return "Independent pixels, " + std::to_string(components()) + " Gaussians each";
}

std::uint64_t IndependentMixture::parameterCount() const {
    return 3ull * std::uint64_t(components()) * kPixels;
}

ContinuousEvaluation IndependentMixture::evaluate(const GreyImage& image) const {
    ContinuousEvaluation out;
    out.logDensities.resize(kPixels);
    out.expectedValue.resize(kPixels);
    for (int i = 0; i < kPixels; ++i) {
        const double logP = pixel(i).logDensity(image.dequantized(i));
        out.logDensity += logP;
        out.logDensities[std::size_t(i)] = static_cast<float>(logP);
        out.expectedValue[std::size_t(i)] = static_cast<float>(pixel(i).mean());
    }
    return out;
}

std::unique_ptr<MixtureStepper> IndependentMixture::stepper() const {
    return std::make_unique<IndependentStepper>(*this);
}

ModelTensors IndependentMixture::tensors() const {
    const int K = components();
    ModelTensors out;
    for (const char* part : kParts) {
        NamedTensor t{part, {kPixels, K}, {}, {}};
        for (const GaussianMixture& m : pixels_) {
            const auto& values = part == kParts[0]   ? m.weights
                                 : part == kParts[1] ? m.means
                                                     : m.scales;
            for (const double v : values)
                t.floats.push_back(static_cast<float>(v));
        }
        out.tensors.push_back(std::move(t));
    }
    out.metadata = {{"components", std::to_string(K)}};
    return out;
}

std::unique_ptr<IndependentMixture> IndependentMixture::fromTensors(const ModelTensors& tensors,
                                                                    int K) {
    if (K < 1 || K > kMaxComponents)
        throw std::invalid_argument("an independent mixture needs 1 to " +
                                    std::to_string(kMaxComponents) + " components");
    std::vector<GaussianMixture> pixels(kPixels);
    for (int part = 0; part < 3; ++part) {
        const NamedTensor* found = nullptr;
        for (const NamedTensor& t : tensors.tensors)
            if (t.name == kParts[part])
                found = &t;
        if (!found || found->floats.size() != std::size_t(kPixels) * std::size_t(K))
            throw std::invalid_argument(std::string("tensor ") + kParts[part] +
                                        " is missing or not [784, components]");
        for (int i = 0; i < kPixels; ++i) {
            auto& m = pixels[std::size_t(i)];
            auto& values = part == 0 ? m.weights : part == 1 ? m.means : m.scales;
            for (int k = 0; k < K; ++k)
                values.push_back(found->floats[std::size_t(i) * std::size_t(K) + std::size_t(k)]);
        }
    }
    return std::make_unique<IndependentMixture>(std::move(pixels));
}

} // namespace pixelchain
