#include "ui/pages/density/drawing_canvas.h"

#include "ui/export/export_menu.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QTabletEvent>
#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace pixelchain::ui {
namespace {
// Positions far outside the field are pulled in to just outside it: a line towards them still
// leaves the field the same way, and a line is never longer than a few dozen cells.
constexpr int kOutside = 2;
} // namespace

DrawingCanvas::DrawingCanvas(QWidget* parent)
    : PixelGrid(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::CrossCursor);
    setAttribute(Qt::WA_TabletTracking);
    // The right button erases; the export menu moves to Shift + right click.
    installExportMenu(this, ExportMenu::Trigger::ShiftRightClick);
}

void DrawingCanvas::setBrushSize(int size) {
    brush_ = std::clamp(size, 1, 3);
}

void DrawingCanvas::setDrawing(const BinaryImage& image) {
    stroking_ = false;
    strokeButton_ = Qt::NoButton;
    setImage(image);
}

QPoint DrawingCanvas::cellAt(QPointF position) const {
    const QRectF field = fieldRect();
    const double cell = field.width() / kSide;
    if (cell <= 0 || !std::isfinite(position.x()) || !std::isfinite(position.y()))
        return {-kOutside, -kOutside};
    auto toCell = [cell](double offset) {
        const double c =
            std::clamp(std::floor(offset / cell), double(-kOutside), double(kSide - 1 + kOutside));
        return static_cast<int>(c);
    };
    return {toCell(position.x() - field.left()), toCell(position.y() - field.top())};
}

bool DrawingCanvas::stamp(BinaryImage& image, QPoint cell) const {
    // A brush of side 1, 2 or 3 covers offsets {0}, {0, 1} or {−1, 0, 1} around the cell.
    const int first = brush_ == 3 ? -1 : 0;
    bool changed = false;
    for (int dy = first; dy < first + brush_; ++dy)
        for (int dx = first; dx < first + brush_; ++dx) {
            const int row = cell.y() + dy, col = cell.x() + dx;
            if (row < 0 || row >= kSide || col < 0 || col >= kSide ||
                image.at(row, col) == strokeInk_)
                continue;
            image.set(row, col, strokeInk_);
            changed = true;
        }
    return changed;
}

void DrawingCanvas::paintLine(QPoint from, QPoint to) {
    BinaryImage image = this->image();
    const int steps = std::max(std::abs(to.x() - from.x()), std::abs(to.y() - from.y()));
    bool changed = false;
    for (int i = 0; i <= steps; ++i) {
        const double t = steps == 0 ? 0.0 : double(i) / steps;
        const QPoint cell(static_cast<int>(std::lround(from.x() + t * (to.x() - from.x()))),
                          static_cast<int>(std::lround(from.y() + t * (to.y() - from.y()))));
        changed = stamp(image, cell) || changed;
    }
    if (!changed)
        return;
    setImage(image);
    Q_EMIT this->changed(image);
}

void DrawingCanvas::mousePressEvent(QMouseEvent* event) {
    const Qt::MouseButton button = event->button();
    if (stroking_ || (button != Qt::LeftButton && button != Qt::RightButton)) {
        event->accept();
        return;
    }
    setFocus(Qt::MouseFocusReason);
    stroking_ = true;
    strokeButton_ = button;
    strokeInk_ = button == Qt::LeftButton && tool_ == Tool::Draw && !penEraser_;
    before_ = image();
    lastCell_ = cellAt(event->position());
    paintLine(lastCell_, lastCell_);
    event->accept();
}

void DrawingCanvas::mouseMoveEvent(QMouseEvent* event) {
    if (stroking_) {
        // A release that never arrived (the button let go outside the window) ends the stroke.
        if (!(event->buttons() & strokeButton_)) {
            finishStroke();
        } else {
            const QPoint cell = cellAt(event->position());
            paintLine(lastCell_, cell);
            lastCell_ = cell;
        }
    }
    PixelGrid::mouseMoveEvent(event);
}

void DrawingCanvas::mouseReleaseEvent(QMouseEvent* event) {
    if (stroking_ && event->button() == strokeButton_) {
        const QPoint cell = cellAt(event->position());
        paintLine(lastCell_, cell);
        finishStroke();
    }
    event->accept();
}

void DrawingCanvas::finishStroke() {
    stroking_ = false;
    strokeButton_ = Qt::NoButton;
    if (image() != before_)
        Q_EMIT strokeFinished(before_);
}

void DrawingCanvas::tabletEvent(QTabletEvent* event) {
    // Remember which end of the pen touches; Qt then turns the event into mouse events.
    penEraser_ = event->pointerType() == QPointingDevice::PointerType::Eraser;
    event->ignore();
}

void DrawingCanvas::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Left:
        moveCursor(-1, 0);
        break;
    case Qt::Key_Right:
        moveCursor(1, 0);
        break;
    case Qt::Key_Up:
        moveCursor(0, -1);
        break;
    case Qt::Key_Down:
        moveCursor(0, 1);
        break;
    case Qt::Key_Space:
        togglePixelAtCursor();
        break;
    default:
        PixelGrid::keyPressEvent(event);
        return;
    }
    event->accept();
}

void DrawingCanvas::moveCursor(int dx, int dy) {
    cursor_ = QPoint(std::clamp(cursor_.x() + dx, 0, kSide - 1),
                     std::clamp(cursor_.y() + dy, 0, kSide - 1));
    update();
    Q_EMIT hovered(cursorPixel());
}

void DrawingCanvas::togglePixelAtCursor() {
    if (stroking_)
        return;
    const BinaryImage before = image();
    BinaryImage after = before;
    after.set(cursorPixel(), !before.at(cursorPixel()));
    setImage(after);
    Q_EMIT hovered(cursorPixel()); // the readout explains the pixel just toggled
    Q_EMIT changed(after);
    Q_EMIT strokeFinished(before);
}

void DrawingCanvas::paintEvent(QPaintEvent* event) {
    PixelGrid::paintEvent(event);
    paintKeyboardCursor(cursor_);
}

void DrawingCanvas::focusInEvent(QFocusEvent* event) {
    update();
    PixelGrid::focusInEvent(event);
}

void DrawingCanvas::focusOutEvent(QFocusEvent* event) {
    update();
    PixelGrid::focusOutEvent(event);
}

} // namespace pixelchain::ui
