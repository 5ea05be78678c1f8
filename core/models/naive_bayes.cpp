#include "core/models/naive_bayes.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace pixelchain {

NaiveBayes::NaiveBayes(std::vector<float> probabilities, std::vector<double> logPrior)
    : probabilities_(std::move(probabilities))
    , logPrior_(std::move(logPrior)) {
    const std::size_t C = logPrior_.size();
    if (C < 1 || probabilities_.size() != C * kPixels)
        throw std::invalid_argument("naive Bayes needs 784 probabilities for each label");
    for (const float p : probabilities_)
        if (!(p > 0.0f && p < 1.0f))
            throw std::invalid_argument("naive Bayes: every probability must lie in (0, 1)");
    double total = 0;
    for (const double lp : logPrior_) {
        if (!(lp <= 0) || !std::isfinite(lp))
            throw std::invalid_argument("naive Bayes prior: every log p(y) must be finite, ≤ 0");
        total += std::exp(lp);
    }
    if (std::abs(total - 1) > 1e-4)
        throw std::invalid_argument("naive Bayes prior: p(y) does not sum to 1");
    logOn_.resize(probabilities_.size());
    logOff_.resize(probabilities_.size());
    for (std::size_t k = 0; k < probabilities_.size(); ++k) {
        logOn_[k] = std::log(static_cast<double>(probabilities_[k]));
        logOff_[k] = std::log1p(-static_cast<double>(probabilities_[k]));
    }
    logits_.resize(probabilities_.size());
    for (std::size_t i = 0; i < kPixels; ++i)
        for (std::size_t y = 0; y < C; ++y)
            logits_[i * C + y] =
                static_cast<float>(logOn_[y * kPixels + i] - logOff_[y * kPixels + i]);
}

std::string NaiveBayes::describe() const {
    return "Naive Bayes: independent pixels given each of " + std::to_string(classes()) + " labels";
}

std::uint64_t NaiveBayes::parameterCount() const {
    return probabilities_.size() + logPrior_.size() - 1;
}

double NaiveBayes::logit(int label, int pixel) const {
    const std::size_t k =
        static_cast<std::size_t>(label) * kPixels + static_cast<std::size_t>(pixel);
    return logOn_[k] - logOff_[k];
}

Evaluation NaiveBayes::evaluate(const BinaryImage& image) const {
    return mixtureFromLogits(logits_, logPrior_, image, ordering_);
}

std::unique_ptr<ConditionalStepper> NaiveBayes::stepper() const {
    return std::make_unique<ClassMixtureStepper>(*this);
}

std::vector<double> NaiveBayes::logLikelihoodsGiven(const BinaryImage& image) const {
    std::vector<double> out(logPrior_.size(), 0.0);
    for (std::size_t y = 0; y < out.size(); ++y)
        for (int i = 0; i < kPixels; ++i) {
            const std::size_t k = y * kPixels + static_cast<std::size_t>(i);
            out[y] += image.at(i) ? logOn_[k] : logOff_[k];
        }
    return out;
}

std::vector<double> NaiveBayes::logLikelihoodsGiven(ImageRows rows, int threads) const {
    const std::size_t C = logPrior_.size();
    std::vector<double> result(rows.count * C, 0.0);
    const auto n = static_cast<std::int64_t>(rows.count);
#pragma omp parallel for schedule(static) num_threads(std::max(threads, 1))
    for (std::int64_t r = 0; r < n; ++r) {
        const std::uint8_t* row = rows.row(static_cast<std::size_t>(r));
        for (std::size_t y = 0; y < C; ++y) {
            double sum = 0;
            for (int i = 0; i < kPixels; ++i) {
                const std::size_t k = y * kPixels + static_cast<std::size_t>(i);
                sum += row[i] ? logOn_[k] : logOff_[k];
            }
            result[static_cast<std::size_t>(r) * C + y] = sum;
        }
    }
    return result;
}

Evaluation NaiveBayes::evaluateGiven(const BinaryImage& image, int label) const {
    requireLabel(label);
    Evaluation out;
    out.conditionals.resize(kPixels);
    out.surprise.resize(kPixels);
    for (int i = 0; i < kPixels; ++i) {
        const std::size_t k =
            static_cast<std::size_t>(label) * kPixels + static_cast<std::size_t>(i);
        const double logP = image.at(i) ? logOn_[k] : logOff_[k];
        out.logProb += logP;
        out.conditionals[static_cast<std::size_t>(i)] = probabilities_[k];
        out.surprise[static_cast<std::size_t>(i)] = static_cast<float>(-logP);
    }
    return out;
}

namespace {

/// Nothing to remember but the position and the label.
class NaiveBayesStepper : public ConditionalStepper {
public:
    NaiveBayesStepper(const NaiveBayes& model, int label)
        : model_(model)
        , label_(label) {}

    void reset() override { step_ = 0; }
    double nextLogit() const override { return model_.logit(label_, step_); }
    void push(bool) override {
        if (step_ >= kPixels)
            throw std::out_of_range("all 784 pixels are already decided");
        ++step_;
    }
    int step() const override { return step_; }

private:
    const NaiveBayes& model_;
    int label_;
    int step_ = 0;
};

} // namespace

std::unique_ptr<ConditionalStepper> NaiveBayes::stepperGiven(int label) const {
    requireLabel(label);
    return std::make_unique<NaiveBayesStepper>(*this, label);
}

ModelTensors NaiveBayes::tensors() const {
    const auto C = static_cast<std::int64_t>(classes());
    std::vector<float> prior(logPrior_.begin(), logPrior_.end());
    ModelTensors t{{{"p", {C, kPixels}, probabilities_, {}}, {"log_prior", {C}, prior, {}}}, {}};
    t.metadata["classes"] = std::to_string(C);
    return t;
}

std::vector<double> logPriorFromLabels(const std::uint8_t* labels, std::size_t count, int classes) {
    std::vector<double> counts(static_cast<std::size_t>(classes), 0.0);
    for (std::size_t n = 0; n < count; ++n) {
        if (labels[n] >= classes)
            throw std::invalid_argument("label " + std::to_string(labels[n]) +
                                        " is not one of 0.." + std::to_string(classes - 1));
        counts[labels[n]] += 1;
    }
    std::vector<double> logPrior(counts.size());
    for (std::size_t y = 0; y < counts.size(); ++y) {
        if (counts[y] == 0)
            throw std::invalid_argument("no training digit has label " + std::to_string(y) +
                                        ": train on more digits");
        logPrior[y] = std::log(counts[y] / static_cast<double>(count));
    }
    return logPrior;
}

} // namespace pixelchain
