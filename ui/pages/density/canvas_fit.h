#pragma once
// The Density page's two modes draw on a square canvas at the top of a column (heading, canvas,
// toolbar, gallery). The canvas takes what the column's other parts leave of the height, so the
// toolbar and the gallery stay in view at 1024×768, and a tall screen gets a large canvas.
class QWidget;

namespace pixelchain::ui {

/// Gives `canvas` (a child of `column`) the largest square side that leaves room for the
/// column's other parts in `height` pixels, no wider than `widest` and no smaller than `minimum`.
void fitSquareCanvas(QWidget* column, QWidget* canvas, int height, int widest, int minimum);

} // namespace pixelchain::ui
