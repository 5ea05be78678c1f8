#pragma once
// How the Sampling page writes its numbers for a projector: a true minus sign (U+2212), and
// probabilities too small for three decimals in scientific notation ("8.7 × 10⁻¹⁴") instead of a
// misleading 0.000, so a student sees how sure the model is.
#include <QString>

namespace pixelchain::ui::SamplingNumbers {

/// `value` with `decimals` decimals and a true minus sign.
QString fixed(double value, int decimals);

/// A probability in [0, 1]: three decimals, or scientific notation below 0.001.
QString probability(double p);

} // namespace pixelchain::ui::SamplingNumbers
