#pragma once
// The Density page's two modes draw on a square canvas at the top of a column (heading, canvas,
// tools, gallery) beside the answers. The canvas takes what the column's other parts leave of the
// height, so the tools and the gallery stay in view at 1024×768, and a tall screen gets a large
// canvas. The column's width is chosen with it: a wider column wraps its text into fewer lines
// and its tools into fewer rows (ToolRows), which leaves more height to the canvas, but every
// pixel of width it takes is lost to the answers; so it takes no more than the largest canvas
// needs.
#include <QWidget>

class QLabel;

namespace pixelchain::ui {

/// The drawing column: it asks for the width fitDrawingColumn() chose (its maximum), so that the
/// row gives it that width and the answers the rest.
class DrawingColumn : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    QSize sizeHint() const override;
};

/// The canvas never gets smaller than 7 screen pixels per image pixel.
inline constexpr int kCanvasMinimum = 196;
/// Nor does the column get more than this share of the width: the answers need the rest.
inline constexpr double kColumnShare = 0.4;

/// Fits a Density mode's `view`, a row (QBoxLayout) of the drawing `column` and the `answers`:
/// the column gets at most what the answers leave at their narrowest and kColumnShare of the
/// width; `canvas` (in the column) the largest square side, no smaller than kCanvasMinimum, that
/// leaves room for the column's other parts in the view's height; and the column is as narrow as
/// that side allows. Returns the side.
///
/// `hint` (in the column, if given) gives way when even the smallest canvas would not fit under
/// it, as on a projector at 1024×768 with the lesson's captions under the page: it is hidden, and
/// the canvas's tool tip says it instead.
int fitDrawingColumn(QWidget* view, QWidget* column, QWidget* canvas, const QWidget* answers,
                     QLabel* hint = nullptr);

} // namespace pixelchain::ui
