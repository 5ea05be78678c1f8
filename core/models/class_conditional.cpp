#include "core/models/class_conditional.h"

#include "core/models/log_space.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace pixelchain {
ClassScores bayesRule(std::vector<double> logLikelihoodGiven, std::vector<double> logPrior) {
    if (logLikelihoodGiven.empty() || logLikelihoodGiven.size() != logPrior.size())
        throw std::invalid_argument("Bayes' rule needs one log p(x|y) per label of the prior");
    ClassScores s;
    std::vector<double> joint(logPrior.size());
    for (std::size_t y = 0; y < joint.size(); ++y)
        joint[y] = logLikelihoodGiven[y] + logPrior[y];
    s.logEvidence = logSumExp(joint);
    s.posterior.resize(joint.size());
    for (std::size_t y = 0; y < joint.size(); ++y)
        s.posterior[y] = std::exp(joint[y] - s.logEvidence);
    s.label = static_cast<int>(std::max_element(joint.begin(), joint.end()) - joint.begin());
    s.logLikelihoodGiven = std::move(logLikelihoodGiven);
    s.logPrior = std::move(logPrior);
    return s;
}

void ConfusionMatrix::add(int trueLabel, int predicted) {
    if (trueLabel < 0 || trueLabel >= kDigitClasses || predicted < 0 || predicted >= kDigitClasses)
        throw std::out_of_range("a confusion matrix counts the digits 0..9 only");
    ++counts[static_cast<std::size_t>(trueLabel)][static_cast<std::size_t>(predicted)];
}

std::uint64_t ConfusionMatrix::total() const {
    std::uint64_t sum = 0;
    for (const auto& row : counts)
        for (const std::uint64_t n : row)
            sum += n;
    return sum;
}

double ConfusionMatrix::accuracy() const {
    const std::uint64_t all = total();
    if (all == 0)
        return 0;
    std::uint64_t right = 0;
    for (std::size_t y = 0; y < counts.size(); ++y)
        right += counts[y][y];
    return static_cast<double>(right) / static_cast<double>(all);
}

ClassScores ClassConditional::classify(const BinaryImage& image) const {
    return bayesRule(logLikelihoodsGiven(image), logPrior());
}

void ClassConditional::requireLabel(int label) const {
    if (label < 0 || label >= classes())
        throw std::out_of_range("label " + std::to_string(label) + " is not one of 0.." +
                                std::to_string(classes() - 1));
}

ClassMixtureStepper::ClassMixtureStepper(const ClassConditional& model)
    : model_(model) {
    for (int y = 0; y < model.classes(); ++y)
        perLabel_.push_back(model.stepperGiven(y));
    logWeight_ = model.logPrior();
}

void ClassMixtureStepper::reset() {
    for (auto& s : perLabel_)
        s->reset();
    logWeight_ = model_.logPrior();
    step_ = 0;
}

double ClassMixtureStepper::nextLogit() const {
    // log p(on) and log p(off) of the mixture, each a logsumexp over the labels
    std::vector<double> on(perLabel_.size()), off(perLabel_.size());
    for (std::size_t y = 0; y < perLabel_.size(); ++y) {
        const double logit = perLabel_[y]->nextLogit();
        on[y] = logWeight_[y] + logSigmoid(logit);
        off[y] = logWeight_[y] + logSigmoid(-logit);
    }
    return logSumExp(on) - logSumExp(off);
}

void ClassMixtureStepper::push(bool value) {
    if (step_ >= kPixels)
        throw std::out_of_range("all 784 pixels are already decided");
    for (std::size_t y = 0; y < perLabel_.size(); ++y) {
        const double logit = perLabel_[y]->nextLogit();
        logWeight_[y] += logSigmoid(value ? logit : -logit);
        perLabel_[y]->push(value);
    }
    ++step_;
}

std::vector<double> ClassMixtureStepper::posterior() const {
    const double total = logSumExp(logWeight_);
    std::vector<double> p(logWeight_.size());
    for (std::size_t y = 0; y < p.size(); ++y)
        p[y] = std::exp(logWeight_[y] - total);
    return p;
}

Evaluation evaluateMixture(const ClassConditional& model, const BinaryImage& image,
                           const Ordering& ordering) {
    Evaluation out;
    out.conditionals.resize(kPixels);
    out.surprise.resize(kPixels);
    ClassMixtureStepper stepper(model);
    for (int j = 0; j < kPixels; ++j) {
        const int pixel = ordering.pixel(j);
        const double logit = stepper.nextLogit();
        const bool on = image.at(pixel);
        const double logP = logSigmoid(on ? logit : -logit);
        out.logProb += logP;
        out.conditionals[static_cast<std::size_t>(pixel)] = static_cast<float>(sigmoid(logit));
        out.surprise[static_cast<std::size_t>(pixel)] = static_cast<float>(-logP);
        stepper.push(on);
    }
    return out;
}

Evaluation mixtureFromLogits(const std::vector<float>& logits, const std::vector<double>& logPrior,
                             const BinaryImage& image, const Ordering& ordering) {
    const std::size_t C = logPrior.size();
    if (logits.size() != C * kPixels)
        throw std::invalid_argument("mixture: one logit per pixel and label is needed");
    Evaluation out;
    out.conditionals.resize(kPixels);
    out.surprise.resize(kPixels);
    std::vector<double> logWeight = logPrior, on(C), off(C);
    for (int j = 0; j < kPixels; ++j) {
        const float* l = logits.data() + static_cast<std::size_t>(j) * C;
        for (std::size_t y = 0; y < C; ++y) {
            on[y] = logWeight[y] + logSigmoid(l[y]);
            off[y] = logWeight[y] + logSigmoid(-l[y]);
        }
        const double logit = logSumExp(on) - logSumExp(off);
        const int pixel = ordering.pixel(j);
        const bool value = image.at(pixel);
        const double logP = logSigmoid(value ? logit : -logit);
        out.logProb += logP;
        out.conditionals[static_cast<std::size_t>(pixel)] = static_cast<float>(sigmoid(logit));
        out.surprise[static_cast<std::size_t>(pixel)] = static_cast<float>(-logP);
        for (std::size_t y = 0; y < C; ++y)
            logWeight[y] = value ? on[y] : off[y];
    }
    return out;
}

} // namespace pixelchain
