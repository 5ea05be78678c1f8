#include "core/training/nade_gradient.h"

#include "core/kernels/nade_kernels.h"

#include <vector>

namespace pixelchain::training {
namespace {

using Index = Eigen::Index;

/// A[:, k] = c (+ U[:, y_k]) + Σ_j W[:, j] x_j: the pre-activation after every pixel of term k.
/// The logits are not needed here: the backward walk recovers each a_j and computes ℓ_j on the
/// way down.
void forward(const NadeWeights& w, ImageRows rows, std::span<const GradientTerm> terms,
             const LabelWeights* labels, GradientWorkspace& work) {
    work.A = w.c.replicate(1, static_cast<Index>(terms.size()));
    for (std::size_t k = 0; k < terms.size(); ++k) {
        const std::uint8_t* x = rows.row(terms[k].row);
        auto a = work.A.col(static_cast<Index>(k));
        if (labels)
            a += labels->U.col(terms[k].label);
        for (int j = 0; j < w.pixels(); ++j)
            if (x[j])
                addInputWeights(w, j, a.data());
    }
}

} // namespace

double accumulateGradient(const NadeWeights& w, Activation act, ImageRows rows,
                          std::span<const GradientTerm> terms, NadeWeights& grad,
                          GradientWorkspace& work, const LabelWeights* labels) {
    if (terms.empty())
        return 0;
    forward(w, rows, terms, labels, work);
    work.G.setZero(w.hidden(), static_cast<Index>(terms.size()));
    const auto& k = kernels::nadeKernels();
    const auto backward = act == Activation::Relu ? k.reluBackward : k.sigmoidBackward;
    const int H = w.hidden();
    double nll = 0;
    for (int j = w.pixels() - 1; j >= 0; --j) {
        float gradB = 0;
        for (std::size_t n = 0; n < terms.size(); ++n) {
            const GradientTerm& term = terms[n];
            const auto col = static_cast<Index>(n);
            const bool on = rows.row(term.row)[j] != 0;
            if (on) {
                k.add(grad.W.col(j).data(), work.G.col(col).data(), H);
                k.subtract(work.A.col(col).data(), w.W.col(j).data(), H);
            }
            double logit = nadeLogit(w, act, j, work.A.col(col).data());
            if (labels)
                logit += labels->A(j, term.label);
            nll -= term.weight * logSigmoid(on ? logit : -logit);
            const float delta =
                term.weight * (static_cast<float>(sigmoid(logit)) - (on ? 1.0f : 0.0f));
            // ∂/∂V_j += δ h_j and g += δ V_j ⊙ act'(a_j) for this image at pixel j
            backward(w.Vt.col(j).data(), work.A.col(col).data(), delta, work.G.col(col).data(),
                     grad.Vt.col(j).data(), H);
            gradB += delta;
            if (labels)
                labels->gradA(j, term.label) += delta;
        }
        grad.b(j) += gradB;
    }
    grad.c += work.G.rowwise().sum();
    if (labels)
        for (std::size_t n = 0; n < terms.size(); ++n)
            labels->gradU.col(terms[n].label) += work.G.col(static_cast<Index>(n));
    return nll;
}

double accumulateGradient(const NadeWeights& w, Activation act, ImageRows rows, std::size_t first,
                          std::size_t count, NadeWeights& grad, GradientWorkspace& work) {
    std::vector<GradientTerm> terms(count);
    for (std::size_t n = 0; n < count; ++n)
        terms[n].row = first + n;
    return accumulateGradient(w, act, rows, terms, grad, work);
}

} // namespace pixelchain::training
