#include "ui/pages/density/canvas_fit.h"

#include <QBoxLayout>
#include <QLabel>
#include <QWidget>
#include <algorithm>

namespace pixelchain::ui {
namespace {

/// The side the canvas can have when `column` is `width` pixels wide: what the column's other
/// parts (word-wrapping text and rows of tools, at that width) leave of `height`, and no wider
/// than the column.
int sideAt(QWidget* column, QWidget* canvas, int height, int width) {
    QLayout* layout = column->layout();
    const int needed =
        layout->hasHeightForWidth() ? layout->heightForWidth(width) : layout->sizeHint().height();
    // The canvas's own part of that: its height for the width it gets, within its bounds.
    const int canvasWidth = std::min(width, canvas->maximumWidth());
    const int canvasPart =
        std::clamp(canvas->hasHeightForWidth() ? canvas->heightForWidth(canvasWidth)
                                               : canvas->sizeHint().height(),
                   canvas->minimumHeight(), canvas->maximumHeight());
    return std::min(height - (needed - canvasPart), width);
}

/// Shows `hint` in the column when the canvas keeps its minimum side with it there, at the
/// column's width `width`; else hides it, and the canvas's tool tip says it instead.
void makeRoomWithHint(QWidget* column, QWidget* canvas, QLabel* hint, int height, int width) {
    const bool shown = hint->isVisibleTo(column);
    // What the hint takes when shown: its lines at that width and the spacing above it.
    const int hintPart = hint->heightForWidth(width) + column->layout()->spacing();
    const bool room =
        sideAt(column, canvas, height, width) - (shown ? 0 : hintPart) >= kCanvasMinimum;
    if (room != shown) {
        hint->setVisible(room);
        column->layout()->invalidate();
    }
    canvas->setToolTip(room ? QString() : hint->text());
}

} // namespace

QSize DrawingColumn::sizeHint() const {
    const QSize hint = QWidget::sizeHint();
    return maximumWidth() < QWIDGETSIZE_MAX ? QSize(maximumWidth(), hint.height()) : hint;
}

int fitDrawingColumn(QWidget* view, QWidget* column, QWidget* canvas, const QWidget* answers,
                     QLabel* hint) {
    const auto* row = static_cast<QBoxLayout*>(view->layout());
    const QMargins margins = row->contentsMargins();
    const int height = view->height() - margins.top() - margins.bottom();
    const int room = view->width() - margins.left() - margins.right() - row->spacing() -
                     answers->minimumSizeHint().width();
    const int widest = std::min(room, int(view->width() * kColumnShare));
    // The canvas may shrink to the smallest readable side: a window made smaller is not held at
    // the size of the canvas it had (the page then fits the canvas again to the new size).
    const int minimum = kCanvasMinimum;
    canvas->setMinimumSize(minimum, minimum);
    const int narrowest = std::max(column->layout()->minimumSize().width(), minimum);
    const int wide = std::max(narrowest, widest);
    if (hint)
        makeRoomWithHint(column, canvas, hint, height, wide);
    const int side = std::max(minimum, sideAt(column, canvas, height, wide));
    // The narrowest column that still holds that side (the side grows with the width, as text
    // wraps into fewer lines and tools into fewer rows): the answers keep the rest.
    int low = std::clamp(side, narrowest, wide);
    int high = wide;
    while (low < high) {
        const int middle = (low + high) / 2;
        if (sideAt(column, canvas, height, middle) >= side)
            high = middle;
        else
            low = middle + 1;
    }
    if (canvas->maximumWidth() != side || canvas->maximumHeight() != side)
        canvas->setMaximumSize(side, side);
    if (column->maximumWidth() != low)
        column->setMaximumWidth(low);
    // Laid out now, not at the next turn of the event loop: whoever reads where the canvas is
    // (a click on it, the fit test) reads where it is drawn.
    view->layout()->activate();
    column->layout()->activate();
    return side;
}

} // namespace pixelchain::ui
