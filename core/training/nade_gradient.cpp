#include "core/training/nade_gradient.h"

#include "core/kernels/nade_kernels.h"

#include <algorithm>
#include <cmath>
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

/// The images of one pixel, split by x_j, each part in term order: a fused step walks images
/// that share x_j (see nade_kernels.h).
struct PixelColumns {
    std::vector<int> on, off;

    void split(ImageRows rows, std::span<const GradientTerm> terms, int j) {
        on.clear();
        off.clear();
        for (std::size_t n = 0; n < terms.size(); ++n)
            (rows.row(terms[n].row)[j] ? on : off).push_back(static_cast<int>(n));
    }
};

/// One fused step for every image (pixel j+1's backward, then a_j and pixel j's logit part):
/// dots[n] = Σ_h V_j,h act(a_j,h) for term n.
void stepAll(const kernels::NadeKernels& k, Activation act, const kernels::StepPixels& pixels,
             const PixelColumns& columns, GradientWorkspace& work, std::span<const float> deltas,
             std::span<float> dots) {
    const auto step = act == Activation::Relu ? k.reluStep : k.sigmoidStep;
    const int H = static_cast<int>(work.A.rows());
    for (const bool on : {true, false}) {
        const std::vector<int>& group = on ? columns.on : columns.off;
        for (std::size_t first = 0; first < group.size(); first += kernels::kStepColumns) {
            const auto count = static_cast<int>(
                std::min<std::size_t>(kernels::kStepColumns, group.size() - first));
            kernels::StepColumn chunk[kernels::kStepColumns];
            float sums[kernels::kStepColumns];
            for (int c = 0; c < count; ++c) {
                const int n = group[first + static_cast<std::size_t>(c)];
                chunk[c] = {work.A.col(n).data(), work.G.col(n).data(), deltas[std::size_t(n)]};
            }
            step(pixels, chunk, count, on, sums, H);
            for (int c = 0; c < count; ++c)
                dots[std::size_t(group[first + static_cast<std::size_t>(c)])] = sums[c];
        }
    }
}

/// δ = ∂NLL/∂ℓ = σ(ℓ) − x and log p(x) = log σ(±ℓ), both from e = exp(−|ℓ|) ∈ (0, 1]:
///   σ(|ℓ|) = 1/(1 + e),  σ(−|ℓ|) = e/(1 + e),
///   log σ(|ℓ|) = −log(1 + e),  log σ(−|ℓ|) = −|ℓ| − log(1 + e).
/// log(1 + e) rather than log1p(e): rounding 1 + e costs at most 6e-8 nats a pixel, and log is
/// the cheaper call (log1pf took 6% of a training step).
struct PixelTerm {
    float delta, logP;
};

PixelTerm pixelTerm(float logit, bool on) {
    const float e = std::exp(-std::abs(logit));
    const float softplus = std::log(1.0f + e);
    const float p = logit >= 0 ? 1.0f / (1.0f + e) : e / (1.0f + e); // σ(ℓ)
    const bool agrees = (logit >= 0) == on;                          // x is the likelier value
    return {p - (on ? 1.0f : 0.0f), agrees ? -softplus : -std::abs(logit) - softplus};
}

} // namespace

double accumulateGradient(const NadeWeights& w, Activation act, ImageRows rows,
                          std::span<const GradientTerm> terms, NadeWeights& grad,
                          GradientWorkspace& work, const LabelWeights* labels) {
    if (terms.empty())
        return 0;
    forward(w, rows, terms, labels, work);
    const auto B = static_cast<Index>(terms.size());
    work.G.setZero(w.hidden(), B);
    const auto& k = kernels::nadeKernels();
    // δ of the pixel one step further on: 0 beyond the last pixel, so the first step (j = D−1)
    // adds nothing for a pixel D that does not exist.
    std::vector<float> deltas(terms.size(), 0.0f), dots(terms.size());
    PixelColumns columns;
    double nll = 0;
    const int D = w.pixels();
    for (int j = D - 1; j >= 0; --j) {
        const int next = std::min(j + 1, D - 1);
        const kernels::StepPixels pixels{w.Vt.col(next).data(), grad.Vt.col(next).data(),
                                         w.Vt.col(j).data(), w.W.col(j).data(),
                                         grad.W.col(j).data()};
        columns.split(rows, terms, j);
        stepAll(k, act, pixels, columns, work, deltas, dots);
        float gradB = 0;
        for (std::size_t n = 0; n < terms.size(); ++n) {
            const GradientTerm& term = terms[n];
            float logit = dots[n] + w.b(j);
            if (labels)
                logit += labels->A(j, term.label);
            const PixelTerm t = pixelTerm(logit, rows.row(term.row)[j] != 0);
            nll -= double(term.weight) * t.logP;
            deltas[n] = term.weight * t.delta;
            gradB += deltas[n];
            if (labels)
                labels->gradA(j, term.label) += deltas[n];
        }
        grad.b(j) += gradB;
    }
    // The backward of pixel 1 (j = 0), which no step follows.
    const auto backward = act == Activation::Relu ? k.reluBackward : k.sigmoidBackward;
    for (Index n = 0; n < B; ++n)
        backward(w.Vt.col(0).data(), work.A.col(n).data(), deltas[std::size_t(n)],
                 work.G.col(n).data(), grad.Vt.col(0).data(), w.hidden());
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
