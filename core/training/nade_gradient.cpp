#include "core/training/nade_gradient.h"

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
                a += w.W.col(j);
    }
}

/// ∂/∂V_j += δ h_j and g += δ V_j ⊙ act'(a_j) for one image at pixel j (a = a_j).
void backwardUnit(const NadeWeights& w, Activation act, int j, float delta, const float* a,
                  float* g, float* gradV, float* scratch) {
    const int H = w.hidden();
    const float* v = w.Vt.col(j).data();
    if (act == Activation::Relu) {
#pragma omp simd
        for (int h = 0; h < H; ++h) {
            const bool active = a[h] > 0.0f;
            gradV[h] += active ? delta * a[h] : 0.0f;
            g[h] += active ? delta * v[h] : 0.0f;
        }
        return;
    }
    Eigen::Map<Eigen::ArrayXf>(scratch, H) = Eigen::Map<const Eigen::ArrayXf>(a, H).logistic();
#pragma omp simd
    for (int h = 0; h < H; ++h) {
        const float s = scratch[h];
        gradV[h] += delta * s;
        g[h] += delta * v[h] * s * (1.0f - s);
    }
}

} // namespace

double accumulateGradient(const NadeWeights& w, Activation act, ImageRows rows, std::size_t first,
                          std::size_t count, NadeWeights& grad, GradientWorkspace& work) {
    if (count == 0)
        return 0;
    forward(w, rows, first, count, work);
    work.G.setZero(w.hidden(), static_cast<Index>(count));
    work.scratch.resize(w.hidden());
    double nll = 0;
    for (int j = w.pixels() - 1; j >= 0; --j) {
        float gradB = 0;
        for (std::size_t k = 0; k < count; ++k) {
            const auto col = static_cast<Index>(k);
            const bool on = rows.row(first + k)[j] != 0;
            if (on) {
                grad.W.col(j) += work.G.col(col);
                work.A.col(col) -= w.W.col(j);
            }
            const double logit = nadeLogit(w, act, j, work.A.col(col).data());
            nll -= logSigmoid(on ? logit : -logit);
            const float delta = static_cast<float>(sigmoid(logit)) - (on ? 1.0f : 0.0f);
            backwardUnit(w, act, j, delta, work.A.col(col).data(), work.G.col(col).data(),
                         grad.Vt.col(j).data(), work.scratch.data());
            gradB += delta;
        }
        grad.b(j) += gradB;
    }
    grad.c += work.G.rowwise().sum();
    return nll;
}

} // namespace pixelchain::training
