#include "core/models/independent.h"

#include <cmath>
#include <stdexcept>

namespace pixelchain {

Independent::Independent(std::vector<float> probabilities)
    : probabilities_(std::move(probabilities)) {
    if (probabilities_.size() != static_cast<std::size_t>(kPixels))
        throw std::invalid_argument("an independent model needs 784 probabilities");
    for (const float p : probabilities_)
        if (!(p > 0.0f && p < 1.0f))
            throw std::invalid_argument("independent model: every probability must lie in (0, 1)");
}

std::string Independent::describe() const {
    return "Independent Bernoulli pixels, 784 parameters";
}

double Independent::logit(int pixel) const {
    const double p = probabilities_[static_cast<std::size_t>(pixel)];
    return std::log(p) - std::log1p(-p);
}

Evaluation Independent::evaluate(const BinaryImage& image) const {
    Evaluation out;
    out.conditionals.assign(probabilities_.begin(), probabilities_.end());
    out.surprise.resize(kPixels);
    for (int i = 0; i < kPixels; ++i) {
        const double p = probabilities_[static_cast<std::size_t>(i)];
        const double logP = image.at(i) ? std::log(p) : std::log1p(-p);
        out.logProb += logP;
        out.surprise[static_cast<std::size_t>(i)] = static_cast<float>(-logP);
    }
    return out;
}

namespace {

/// Nothing to remember but the position: no pixel depends on another.
class IndependentStepper : public ConditionalStepper {
public:
    explicit IndependentStepper(const Independent& model)
        : model_(model) {}

    void reset() override { step_ = 0; }
    double nextLogit() const override { return model_.logit(step_); }
    void push(bool) override {
        if (step_ >= kPixels)
            throw std::out_of_range("all 784 pixels are already decided");
        ++step_;
    }
    int step() const override { return step_; }

private:
    const Independent& model_;
    int step_ = 0;
};

} // namespace

std::unique_ptr<ConditionalStepper> Independent::stepper() const {
    return std::make_unique<IndependentStepper>(*this);
}

ModelTensors Independent::tensors() const {
    return {{{"p", {kPixels}, probabilities_, {}}}, {}};
}

} // namespace pixelchain
