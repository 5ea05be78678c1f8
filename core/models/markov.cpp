#include "core/models/markov.h"

#include <cmath>
#include <stdexcept>

namespace pixelchain {
namespace {

double logitOf(double p) {
    return std::log(p) - std::log1p(-p);
}

} // namespace

std::size_t Markov::tableSize(int order) {
    std::size_t total = 0;
    for (int i = 0; i < kPixels; ++i)
        total += std::size_t{1} << (i < order ? i : order);
    return total;
}

std::uint32_t markovContext(const std::uint8_t* bits, int pixel, int order) {
    const int length = pixel < order ? pixel : order;
    std::uint32_t context = 0;
    for (int t = 1; t <= length; ++t)
        context |= static_cast<std::uint32_t>(bits[pixel - t] != 0) << (t - 1);
    return context;
}

Markov::Markov(int order, std::vector<float> probabilities)
    : order_(order)
    , probabilities_(std::move(probabilities)) {
    if (order_ < 0 || order_ > kMaxOrder)
        throw std::invalid_argument("Markov order must be between 0 and 16");
    if (probabilities_.size() != tableSize(order_))
        throw std::invalid_argument("Markov tables of order " + std::to_string(order_) + " hold " +
                                    std::to_string(tableSize(order_)) + " probabilities");
    for (const float p : probabilities_)
        if (!(p > 0.0f && p < 1.0f))
            throw std::invalid_argument("Markov model: every probability must lie in (0, 1)");
    offsets_.resize(kPixels);
    std::size_t next = 0;
    for (int i = 0; i < kPixels; ++i) {
        offsets_[static_cast<std::size_t>(i)] = next;
        next += std::size_t{1} << contextLength(i);
    }
}

std::string Markov::describe() const {
    return "Markov chain of order " + std::to_string(order_) + ", raster order, " +
           std::to_string(parameterCount()) + " parameters";
}

Evaluation Markov::evaluate(const BinaryImage& image) const {
    Evaluation out;
    out.conditionals.resize(kPixels);
    out.surprise.resize(kPixels);
    const std::uint8_t* bits = image.data();
    for (int i = 0; i < kPixels; ++i) {
        const double p = probability(i, markovContext(bits, i, order_));
        const double logP = image.at(i) ? std::log(p) : std::log1p(-p);
        out.logProb += logP;
        out.conditionals[static_cast<std::size_t>(i)] = static_cast<float>(p);
        out.surprise[static_cast<std::size_t>(i)] = static_cast<float>(-logP);
    }
    return out;
}

namespace {

/// Keeps the context as a shift register: the newest pixel enters as the lowest bit.
class MarkovStepper : public ConditionalStepper {
public:
    explicit MarkovStepper(const Markov& model)
        : model_(model) {}

    void reset() override {
        step_ = 0;
        context_ = 0;
    }
    double nextLogit() const override { return logitOf(model_.probability(step_, context_)); }
    void push(bool value) override {
        if (step_ >= kPixels)
            throw std::out_of_range("all 784 pixels are already decided");
        ++step_;
        const std::uint32_t mask = (std::uint32_t{1} << model_.contextLength(step_ % kPixels)) - 1;
        context_ = ((context_ << 1) | (value ? 1u : 0u)) & mask;
    }
    int step() const override { return step_; }

private:
    const Markov& model_;
    int step_ = 0;
    std::uint32_t context_ = 0;
};

} // namespace

std::unique_ptr<ConditionalStepper> Markov::stepper() const {
    return std::make_unique<MarkovStepper>(*this);
}

ModelTensors Markov::tensors() const {
    return {{{"p", {static_cast<std::int64_t>(probabilities_.size())}, probabilities_, {}}},
            {{"order", std::to_string(order_)}}};
}

} // namespace pixelchain
