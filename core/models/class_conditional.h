#pragma once
// Bayes' rule: a density model of images given a label y (a digit 0..9) that also judges which
// digit an image is. With C labels, a prior p(y) and the class-conditional densities p(x | y):
//
//   p(x)     = Σ_y p(x | y) p(y)                          "is this a digit at all?"
//   p(y | x) = p(x | y) p(y) / p(x)                       "is this a 3?"
//
// all in log space: log p(x) = logsumexp_y (log p(x | y) + log p(y)), so ten densities of 1e-40
// still divide exactly. Such a model is itself a DensityModel of p(x): a mixture of C chain-rule
// models. Its conditional for the j-th pixel mixes the C conditionals, each weighted by how well
// its label explains the prefix so far:
//
//   p(x_σ(j) = 1 | x_σ(<j)) = Σ_y p(y | x_σ(<j)) p(x_σ(j) = 1 | x_σ(<j), y)
//
// (ClassMixtureStepper walks that), so it samples, scores and draws heatmaps like any other model.
#include "core/models/density_model.h"

#include <array>

namespace pixelchain {

/// The labels of MNIST: the digits 0..9.
inline constexpr int kDigitClasses = 10;

/// What Bayes' rule says about one image.
struct ClassScores {
    std::vector<double> logLikelihoodGiven; ///< log p(x | y) for each y (nats)
    std::vector<double> logPrior;           ///< log p(y)
    std::vector<double> posterior;          ///< p(y | x), sums to 1
    double logEvidence = 0;                 ///< log p(x) = logsumexp_y (log p(x|y) + log p(y))
    int label = 0;                          ///< argmax_y p(y | x); the lower label on a tie
};

/// Bayes' rule from log p(x | y) and log p(y) (same length ≥ 1), computed in log space.
ClassScores bayesRule(std::vector<double> logLikelihoodGiven, std::vector<double> logPrior);

/// Counts of (true label, predicted label) over a test set, and the accuracy they give.
struct ConfusionMatrix {
    std::array<std::array<std::uint64_t, kDigitClasses>, kDigitClasses> counts{}; ///< [true][pred]

    void add(int trueLabel, int predicted);
    std::uint64_t total() const;
    /// Σ_y counts[y][y] / total (0 when empty).
    double accuracy() const;
};

/// What a class-conditional model offers beyond p(x). DensityModel::classConditional() returns
/// it, so pages ask for Bayes' rule without knowing the family.
class ClassConditional {
public:
    virtual ~ClassConditional() = default;

    /// C, the number of labels (10 for digits).
    virtual int classes() const = 0;
    /// log p(y), normalized (logsumexp = 0).
    virtual const std::vector<double>& logPrior() const = 0;
    /// log p(x | y) for every y.
    virtual std::vector<double> logLikelihoodsGiven(const BinaryImage& image) const = 0;
    /// log p(x | y), the conditionals p(x_i = 1 | x_<i, y) and the surprise, given label y.
    virtual Evaluation evaluateGiven(const BinaryImage& image, int label) const = 0;
    /// A stepper of p(x | y): samples the digit y pixel by pixel ("draw me a 7").
    virtual std::unique_ptr<ConditionalStepper> stepperGiven(int label) const = 0;
    /// log p(x_n | y) for every row n and label y (row-major [rows, C]); rows in the model's
    /// ordering, with up to `threads` threads.
    virtual std::vector<double> logLikelihoodsGiven(ImageRows rows, int threads) const = 0;

    /// Bayes' rule for one image.
    ClassScores classify(const BinaryImage& image) const;
    /// Throws std::out_of_range naming the label when it is not 0..C−1.
    void requireLabel(int label) const;
};

/// Walks p(x) = Σ_y p(x|y) p(y) one pixel at a time, keeping log p(y) + log p(x_<j | y) per label.
class ClassMixtureStepper : public ConditionalStepper {
public:
    ClassMixtureStepper(const ClassConditional& model);

    void reset() override;
    double nextLogit() const override;
    void push(bool value) override;
    int step() const override { return step_; }

    /// p(y | the pixels fixed so far), the label the prefix suggests.
    std::vector<double> posterior() const;

private:
    const ClassConditional& model_;
    std::vector<std::unique_ptr<ConditionalStepper>> perLabel_;
    std::vector<double> logWeight_; ///< log p(y) + log p(x_<j | y)
    int step_ = 0;
};

/// The one-pass Evaluation of p(x) for a class-conditional model, through ClassMixtureStepper.
Evaluation evaluateMixture(const ClassConditional& model, const BinaryImage& image,
                           const Ordering& ordering);

/// The same from every label's conditional logits, already computed: logits[j·C + y] is the logit
/// of p(x_σ(j) = 1 | x_σ(<j), y) for the image's own prefix. One walk over the pixels, no stepper.
Evaluation mixtureFromLogits(const std::vector<float>& logits, const std::vector<double>& logPrior,
                             const BinaryImage& image, const Ordering& ordering);

} // namespace pixelchain
