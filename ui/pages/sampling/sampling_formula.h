#pragma once
// SamplingFormula writes the Sampling page's formula panel in Qt rich text: each model's own
// factorization, the NADE conditional with the loaded model's own activation (ReLU for the
// shipped model), and a line with the numbers of the current step substituted.
//
//   independent          p(x) = Π_i p(x_i)
//   Markov of order m    p(x) = Π_i p(x_i | x_max(1, i−m), …, x_i−1)   (m = 1: p(x_1) Π_i≥2 …)
//   FVSBN, NADE          p(x) = Π_i p(x_i | x_<i)
//                        h_i = act(W[:, <i] x_<i + c),  p(x_i = 1 | x_<i) = σ(V_i · h_i + b_i)
#include <QString>

namespace pixelchain {
class DensityModel;
class Sampler;
} // namespace pixelchain

namespace pixelchain::ui::SamplingFormula {

/// A heading that names the model, e.g. "… — NADE, 500 ReLU hidden units, raster order".
QString heading(const DensityModel& model);
/// The formulas for `model`: its own factorization, and for a NADE its conditional.
QString formula(const DensityModel& model);
/// The earlier pixels factor `i` (1-based, in sampling order) conditions on, e.g. "x₁, x₂" for a
/// Markov chain of order 3 at i = 3; empty when it conditions on none.
QString context(const DensityModel& model, int i);
/// Factor `i` with its indices written out: "p(x₅ = 1)", "p(x₅ = 1 | x₂, …, x₄)", "p(x₅ = 1 | x₁,
/// …, x₄)".
QString factor(const DensityModel& model, int i);
/// The current step's numbers: which pixel, how many columns of W it has seen, its probability.
QString numbers(const Sampler& sampler);

} // namespace pixelchain::ui::SamplingFormula
