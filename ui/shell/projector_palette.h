#pragma once
// The colours of the two themes, and the WCAG 2 contrast ratio they are judged by.
//
// The projector theme of presentation mode: black on white with a deep blue accent, what survives
// a washed-out projector best. The normal theme is the desktop's own, with any text pair that
// falls short of WCAG AA made darker (Fusion's selection blue carries white text at 3.7:1 only).
// tst_shell_contrast measures both.
#include <QPalette>

namespace pixelchain::ui {

/// WCAG 2 contrast ratio of two sRGB colours: 1 (the same) to 21 (black on white).
double contrastRatio(const QColor& a, const QColor& b);

/// The ratio WCAG AA asks of body text.
inline constexpr double kBodyTextContrast = 4.5;

QPalette projectorPalette();

/// `desktop` with each background that carries text (the selection, tool tips) darkened or
/// lightened, in steps, until its text reaches kBodyTextContrast. Other colours are kept.
QPalette readablePalette(QPalette desktop);

} // namespace pixelchain::ui
