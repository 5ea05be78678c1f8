#include "ui/pages/density/canvas_fit.h"

#include <QLayout>
#include <QWidget>
#include <algorithm>

namespace pixelchain::ui {

void fitSquareCanvas(QWidget* column, QWidget* canvas, int height, int widest, int minimum) {
    QLayout* layout = column->layout();
    // What the column needs at its width, the canvas's own part taken out: its other parts
    // (word-wrapping text included, at that width). The canvas's part is what the layout gives
    // it there: its height for the width it gets, within its bounds.
    const int width = std::max(column->width(), minimum);
    const int needed =
        layout->hasHeightForWidth() ? layout->heightForWidth(width) : layout->sizeHint().height();
    const int canvasWidth = std::min(width, canvas->maximumWidth());
    const int canvasPart =
        std::clamp(canvas->hasHeightForWidth() ? canvas->heightForWidth(canvasWidth)
                                               : canvas->sizeHint().height(),
                   canvas->minimumHeight(), canvas->maximumHeight());
    const int others = needed - canvasPart;
    const int fitting =
        std::clamp(std::min(height - others, widest), minimum, std::max(minimum, widest));
    // The canvas may grow to the square that fits and shrink to the smallest readable one: a
    // window made smaller is not held at the size of the canvas it had (the page then fits the
    // canvas again to the new height).
    canvas->setMinimumSize(minimum, minimum);
    if (canvas->maximumWidth() != fitting || canvas->maximumHeight() != fitting)
        canvas->setMaximumSize(fitting, fitting);
}

} // namespace pixelchain::ui
