#pragma once
// SamplingFormula writes the Sampling page's formula panel in Qt rich text: each model's own
// factorization, the NADE conditional with the loaded model's own activation (ReLU for the
// shipped model), and a line with the numbers of the current step substituted.
//
//   independent          p(x) = Π_i p(x_i)
//   Markov of order m    p(x) = Π_i p(x_i | x_max(1, i−m), …, x_i−1)   (m = 1: p(x_1) Π_i≥2 …)
//   FVSBN, NADE          p(x) = Π_i p(x_i | x_<i)
//                        h_i = act(W[:, <i] x_<i + c),  p(x_i = 1 | x_<i) = σ(V_i · h_i + b_i)
//   class-conditional    p(x) = Σ_y p(y) p(x | y)
//                        p(x_i = 1 | x_<i) = Σ_y p(y | x_<i) p(x_i = 1 | x_<i, y)
//   … given label y = 7  p(x | y = 7) = Π_i p(x_i | x_<i, y = 7)  (naive Bayes: Π_i p(x_i | y = 7))
//                        class NADE: h_i = act(W[:, <i] x_<i + c + U[:, y]),
//                        p(x_i = 1 | x_<i, y) = σ(V_i · h_i + b_i + A_i,y)
//
// `label` is the digit the sample is drawn given ("draw me a 7"), −1 for none: p(x).
#include <QString>

namespace pixelchain {
class DensityModel;
class Sampler;
} // namespace pixelchain

namespace pixelchain::ui::SamplingFormula {

/// A heading that names the model, e.g. "… — NADE, 500 ReLU hidden units, raster order".
QString heading(const DensityModel& model, int label = -1);
/// The formulas for `model`: its own factorization, and for a NADE its conditional.
QString formula(const DensityModel& model, int label = -1);
/// The earlier pixels factor `i` (1-based, in sampling order) conditions on, e.g. "x₁, x₂" for a
/// Markov chain of order 3 at i = 3; empty when it conditions on none.
QString context(const DensityModel& model, int i, int label = -1);
/// Factor `i` with its indices written out: "p(x₅ = 1)", "p(x₅ = 1 | x₂, …, x₄)", "p(x₅ = 1 | x₁,
/// …, x₄)"; given a label "p(x₅ = 1 | x₁, …, x₄, y = 7)".
QString factor(const DensityModel& model, int i, int label = -1);
/// "p(x<sub>i</sub> = 1 | x<sub>&lt;i</sub>)", or "… | x<sub>&lt;i</sub>, y = 7)" given a label:
/// the conditional of every pixel, as the heatmap heading names it.
QString conditional(int label);
/// The current step's numbers: which pixel, how many columns of W it has seen, its probability;
/// given a label, the label's own output bias joins the logit.
QString numbers(const Sampler& sampler);

} // namespace pixelchain::ui::SamplingFormula
