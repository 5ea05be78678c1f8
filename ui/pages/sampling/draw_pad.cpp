#include "ui/pages/sampling/draw_pad.h"

#include "ui/export/export_menu.h"

#include <QMouseEvent>
#include <algorithm>

namespace pixelchain::ui {

DrawPad::DrawPad(QWidget* parent)
    : PixelGrid(parent) {
    setCursor(Qt::CrossCursor);
    // The right button erases; the export menu moves to Shift + right click.
    installExportMenu(this, ExportMenu::Trigger::ShiftRightClick);
}

void DrawPad::setDrawing(const BinaryImage& image) {
    setImage(image);
    Q_EMIT edited(image);
}

void DrawPad::paintAt(QPointF position) {
    const int pixel = pixelAt(position);
    if (pixel < 0 || !ink_)
        return;
    BinaryImage drawing = image();
    // A 2×2 brush: one screen pixel per digit pixel is too thin to draw a digit with a mouse.
    const int row = pixel / kSide, col = pixel % kSide;
    for (int r = row; r <= std::min(row + 1, kSide - 1); ++r)
        for (int c = col; c <= std::min(col + 1, kSide - 1); ++c)
            drawing.set(r, c, *ink_);
    if (!(drawing == image()))
        setDrawing(drawing);
}

void DrawPad::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton || event->button() == Qt::RightButton) {
        ink_ = event->button() == Qt::LeftButton;
        paintAt(event->position());
    }
    PixelGrid::mousePressEvent(event);
}

void DrawPad::mouseMoveEvent(QMouseEvent* event) {
    if (ink_)
        paintAt(event->position());
    PixelGrid::mouseMoveEvent(event);
}

void DrawPad::mouseReleaseEvent(QMouseEvent* event) {
    ink_.reset();
    PixelGrid::mouseReleaseEvent(event);
}

} // namespace pixelchain::ui
