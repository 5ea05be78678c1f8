#include "core/training/nade_gradient.h"

#include "core/kernels/nade_kernels.h"

namespace pixelchain::training {
namespace {

using Index = Eigen::Index;

/// A[:, k] = c + Σ_j W[:, j] x_j: the pre-activation after every pixel of image k. The logits are
/// not needed here: the backward walk recovers each a_j and computes ℓ_j on the way down.
void forward(const NadeWeights& w, ImageRows rows, std::size_t first, std::size_t count,
             GradientWorkspace& work) {
    work.A = w.c.replicate(1, static_cast<Index>(count));
    for (std::size_t k = 0; k < count; ++k) {
        const std::uint8_t* x = rows.row(first + k);
        auto a = work.A.col(static_cast<Index>(k));
        for (int j = 0; j < w.pixels(); ++j)
            if (x[j])
                addInputWeights(w, j, a.data());
    }
}

} // namespace

double accumulateGradient(const NadeWeights& w, Activation act, ImageRows rows, std::size_t first,
                          std::size_t count, NadeWeights& grad, GradientWorkspace& work) {
    if (count == 0)
        return 0;
    forward(w, rows, first, count, work);
    work.G.setZero(w.hidden(), static_cast<Index>(count));
    const auto& k = kernels::nadeKernels();
    const auto backward = act == Activation::Relu ? k.reluBackward : k.sigmoidBackward;
    const int H = w.hidden();
    double nll = 0;
    for (int j = w.pixels() - 1; j >= 0; --j) {
        float gradB = 0;
        for (std::size_t n = 0; n < count; ++n) {
            const auto col = static_cast<Index>(n);
            const bool on = rows.row(first + n)[j] != 0;
            if (on) {
                k.add(grad.W.col(j).data(), work.G.col(col).data(), H);
                k.subtract(work.A.col(col).data(), w.W.col(j).data(), H);
            }
            const double logit = nadeLogit(w, act, j, work.A.col(col).data());
            nll -= logSigmoid(on ? logit : -logit);
            const float delta = static_cast<float>(sigmoid(logit)) - (on ? 1.0f : 0.0f);
            // ∂/∂V_j += δ h_j and g += δ V_j ⊙ act'(a_j) for this image at pixel j
            backward(w.Vt.col(j).data(), work.A.col(col).data(), delta, work.G.col(col).data(),
                     grad.Vt.col(j).data(), H);
            gradB += delta;
        }
        grad.b(j) += gradB;
    }
    grad.c += work.G.rowwise().sum();
    return nll;
}

} // namespace pixelchain::training
