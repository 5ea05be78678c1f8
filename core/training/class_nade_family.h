#pragma once
// The class-conditional NADE (class_nade.h) as a GradientFamily: the NADE's W, V, b, c and the
// label weights U, A for the Trainer. The prior p(y) is fixed: the training labels' frequencies.
//
// The loss of a labelled image (x, y), with the discriminative weight λ ≥ 0:
//
//   L = −log p(x | y) − λ log p(y | x)
//     = −(1 + λ) log p(x | y) + λ log Σ_y' p(x | y') p(y') + const
//
// λ = 0 is the purely generative model (maximum likelihood of p(x, y)); λ > 0 also rewards the
// classifier Bayes' rule makes of it (a hybrid loss, as in Larochelle & Bengio, 2008, for RBMs).
// Its gradient is Σ_y' ω_y' ∇(−log p(x | y')) with ω_y' = (1 + λ)[y' = y] − λ p(y' | x): every
// label's NADE pass, weighted by the posterior; labels with |ω| < 1e-3 are skipped.
//
// Initial weights: the NADE's (nade_family.h) for W, V, b, c; U = 0; A[:, y] = the logits of the
// mean grey values of the training digits labelled y, minus b. So before any step p(x | y) is
// near naive Bayes, each label's template of ink.
#include "core/training/gradient_family.h"
#include "core/training/nade_gradient.h"

namespace pixelchain::training {

/// The initial label weights above, for `nade` initialized by initialNadeWeights.
ClassNadeWeights initialClassNadeWeights(NadeWeights nade, const mnist::Mnist& data,
                                         std::size_t limit, const Ordering& ordering);

/// The weights a class-conditional NADE's file holds (DensityModel::tensors() of a ClassNade), to
/// continue training from; throws std::invalid_argument when `tensors` are not a class NADE's.
ClassNadeWeights classNadeWeightsOf(const ModelTensors& tensors);

class ClassNadeFamily : public GradientFamily {
public:
    /// Throws std::invalid_argument for a negative or non-finite λ.
    ClassNadeFamily(ClassNadeWeights initial, std::vector<double> logPrior, Ordering ordering,
                    Activation activation, double discriminativeWeight);

    const Ordering& ordering() const override { return ordering_; }
    /// W, V (stored transposed, Vt), b, c, U, A: in that order.
    std::vector<std::span<float>> parameters() override;
    void prepareGradients(int threads) override;
    std::vector<std::span<float>> gradient(int thread) override;
    /// Needs rows.labels. Returns Σ_n −log p(x_n | y_n).
    double accumulateGradient(int thread, ImageRows rows, std::size_t first,
                              std::size_t count) override;
    /// Mean −log p(x) with p(x) = Σ_y p(x | y) p(y): the figure models are compared by.
    double validationNll(ImageRows rows, int threads) const override;
    /// Needs rows.labels. nll as above; loss = nll − λ (1/N) Σ_n log p(y_n | x_n), so λ = 0 keeps
    /// the best density like every family and λ > 0 weighs the classifier as training does;
    /// accuracy of Bayes' rule.
    ValidationScores validate(ImageRows rows, int threads) const override;
    std::unique_ptr<Model> snapshot() const override;

private:
    struct Gradient {
        NadeWeights nade;
        Eigen::MatrixXf U, A;
    };
    ClassNadeWeights weights_;
    std::vector<double> logPrior_;
    Ordering ordering_;
    Activation activation_;
    double lambda_;
    std::vector<Gradient> gradients_;     // one per thread
    std::vector<GradientWorkspace> work_; // one per thread
};

} // namespace pixelchain::training
