#include "ui/pages/density/canvas_fit.h"

#include <QLayout>
#include <QWidget>
#include <algorithm>

namespace pixelchain::ui {

void fitSquareCanvas(QWidget* column, QWidget* canvas, int height, int widest, int minimum) {
    QLayout* layout = column->layout();
    const int side = canvas->height();
    // What the column needs at the canvas's width, the canvas's own height taken out: its other
    // parts (word-wrapping text included, at that width).
    const int width = std::max(column->width(), minimum);
    const int needed =
        layout->hasHeightForWidth() ? layout->heightForWidth(width) : layout->sizeHint().height();
    const int others = needed - side;
    const int fitting =
        std::clamp(std::min(height - others, widest), minimum, std::max(minimum, widest));
    if (fitting != side)
        canvas->setFixedSize(fitting, fitting);
}

} // namespace pixelchain::ui
