#pragma once
// SamplingFormula writes the Sampling page's formula panel in Qt rich text: the chain rule, the
// NADE conditional with the loaded model's own activation (ReLU for the shipped model), and a
// line with the numbers of the current step substituted.
//
//   p(x) = Π_i p(x_i | x_<i)
//   h_i = act(W[:, <i] x_<i + c)
//   p(x_i = 1 | x_<i) = σ(V_i · h_i + b_i)
#include <QString>

namespace pixelchain {
class DensityModel;
class Sampler;
} // namespace pixelchain

namespace pixelchain::ui::SamplingFormula {

/// A heading that names the model, e.g. "… — NADE, 500 ReLU hidden units, raster order".
QString heading(const DensityModel& model);
/// The formulas for `model` (the chain rule alone for a model that is not a NADE).
QString formula(const DensityModel& model);
/// The current step's numbers: which pixel, how many columns of W it has seen, its probability.
QString numbers(const Sampler& sampler);

} // namespace pixelchain::ui::SamplingFormula
