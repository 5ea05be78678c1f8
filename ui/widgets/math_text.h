#pragma once
// Plain-text mathematics for labels, table cells and axis labels, where rich text is not drawn:
// Unicode sub- and superscript digits (x₁₂, 10²³⁶), digits grouped by thin spaces so a long number
// can wrap and be read in threes, and powers of ten written from a log10.
#include <QString>

namespace pixelchain::ui::math {

/// The thin space (U+2009) used between groups of three digits: narrow, and a line may break there.
inline constexpr char16_t kThinSpace = u'\u2009';

/// "₁₂" for 12; a leading minus becomes "₋".
QString subscript(long long value);

/// "²³⁶" for 236; a leading minus becomes "⁻".
QString superscript(long long value);

/// "1 567 215" for "1567215", grouped from the right with thin spaces (U+2009).
QString groupDigits(const QString& digits);

/// `text` without the thin spaces groupDigits() puts in: the exact digits again.
QString ungroupDigits(const QString& text);

/// "10²³⁶" for 236.
QString powerOfTen(long long exponent);

/// A positive value given by its log10, in scientific notation: "1.02 × 10²³⁶", "3.4 × 10⁵";
/// values below 10^6 are written out ("42 000") with `significant` significant digits at most.
QString fromLog10(double log10, int significant = 3);

} // namespace pixelchain::ui::math
