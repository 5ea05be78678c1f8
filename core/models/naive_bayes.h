#pragma once
// Naive Bayes: the independent-pixel model (independent.h) made class-conditional. Given the
// label y, every pixel is its own Bernoulli variable:
//
//   p(x | y) = Π_i θ_yi^x_i (1 − θ_yi)^(1 − x_i),      θ_yi = p(x_i = 1 | y),   θ: [C, 784]
//
// With the prior p(y), Bayes' rule (class_conditional.h) makes it a classifier and a mixture
// density p(x) = Σ_y p(y) p(x | y). It is the generative classifier with the strongest
// independence assumption: each label gets one template of ink probabilities and nothing more.
// Parameters: C · 784 probabilities and the prior's C − 1 free values.
#include "core/models/class_conditional.h"

namespace pixelchain {

class NaiveBayes : public DensityModel, public ClassConditional {
public:
    /// `probabilities`: θ row-major [C, 784] (raster order), each strictly inside (0, 1);
    /// `logPrior`: log p(y), normalized. Throws std::invalid_argument otherwise.
    NaiveBayes(std::vector<float> probabilities, std::vector<double> logPrior);

    ModelFamily family() const override { return ModelFamily::NaiveBayes; }
    std::string describe() const override;
    const Ordering& ordering() const override { return ordering_; }
    std::uint64_t parameterCount() const override;
    Evaluation evaluate(const BinaryImage& image) const override;
    std::unique_ptr<ConditionalStepper> stepper() const override;
    int contextSize() const override { return kAllEarlier; }
    const ClassConditional* classConditional() const override { return this; }
    /// p F32 [C, 784], log_prior F32 [C]; metadata `classes`.
    ModelTensors tensors() const override;

    int classes() const override { return static_cast<int>(logPrior_.size()); }
    const std::vector<double>& logPrior() const override { return logPrior_; }
    std::vector<double> logLikelihoodsGiven(const BinaryImage& image) const override;
    Evaluation evaluateGiven(const BinaryImage& image, int label) const override;
    std::unique_ptr<ConditionalStepper> stepperGiven(int label) const override;
    std::vector<double> logLikelihoodsGiven(ImageRows rows, int threads) const override;

    /// θ_yi.
    float probability(int label, int pixel) const {
        return probabilities_[static_cast<std::size_t>(label) * kPixels +
                              static_cast<std::size_t>(pixel)];
    }
    /// log(θ_yi / (1 − θ_yi)).
    double logit(int label, int pixel) const;

private:
    std::vector<float> probabilities_;
    std::vector<double> logPrior_;
    Ordering ordering_ = Ordering::raster();
    std::vector<double> logOn_, logOff_; // log θ_yi and log(1 − θ_yi), [C, 784]
    std::vector<float> logits_; // log(θ_yi / (1 − θ_yi)) at [i·C + y], as p(x) walks them
};

/// log p(y) = log(count of y / count): the labels' frequencies. Throws std::invalid_argument for
/// a label outside 0..classes−1 or a label that never occurs (its log p would be −∞).
std::vector<double> logPriorFromLabels(const std::uint8_t* labels, std::size_t count, int classes);

} // namespace pixelchain
