#include "ui/pages/density/grey_canvas.h"

#include "ui/export/export_menu.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QTabletEvent>
#include <algorithm>
#include <cmath>

namespace pixelchain::ui {
namespace {
// Positions far outside the field are pulled in to just outside it: a segment towards them still
// leaves the field the same way, and the brush never sweeps more than the field.
constexpr double kOutside = 3;
} // namespace

GreyCanvas::GreyCanvas(QWidget* parent)
    : PixelGrid(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::CrossCursor);
    setAttribute(Qt::WA_TabletTracking);
    // The right button erases; the export menu moves to Shift + right click.
    installExportMenu(this, ExportMenu::Trigger::ShiftRightClick);
    show(drawing_);
}

void GreyCanvas::setDrawing(const GreyImage& image) {
    stroking_ = false;
    strokeButton_ = Qt::NoButton;
    show(image);
}

// Ink (255) black, paper (0) white: the grey map runs from white at 0 to black at 1.
void GreyCanvas::show(const GreyImage& image) {
    drawing_ = image;
    std::vector<float> values(kPixels);
    for (int i = 0; i < kPixels; ++i)
        values[std::size_t(i)] = float(image.at(i));
    setValues(std::move(values), 0, float(kGreyLevels - 1), ColorMap::Grey);
}

QPointF GreyCanvas::fieldPoint(QPointF position) const {
    const QRectF field = fieldRect();
    const double cell = field.width() / kSide;
    if (cell <= 0 || !std::isfinite(position.x()) || !std::isfinite(position.y()))
        return {-kOutside, -kOutside};
    auto toField = [cell](double offset) {
        return std::clamp(offset / cell, -kOutside, kSide + kOutside);
    };
    return {toField(position.x() - field.left()), toField(position.y() - field.top())};
}

void GreyCanvas::sweepTo(QPointF point) {
    brush_.sweep(coverage_, lastPoint_, point);
    lastPoint_ = point;
    const GreyImage after = SoftBrush::apply(before_, coverage_, strokeInk_);
    if (after == drawing_)
        return;
    show(after);
    Q_EMIT changed(after);
}

void GreyCanvas::mousePressEvent(QMouseEvent* event) {
    const Qt::MouseButton button = event->button();
    if (stroking_ || (button != Qt::LeftButton && button != Qt::RightButton)) {
        event->accept();
        return;
    }
    setFocus(Qt::MouseFocusReason);
    stroking_ = true;
    strokeButton_ = button;
    strokeInk_ = button == Qt::LeftButton && tool_ == Tool::Draw && !penEraser_;
    before_ = drawing_;
    coverage_.fill(0);
    lastPoint_ = fieldPoint(event->position());
    sweepTo(lastPoint_);
    event->accept();
}

void GreyCanvas::mouseMoveEvent(QMouseEvent* event) {
    if (stroking_) {
        // A release that never arrived (the button let go outside the window) ends the stroke.
        if (!(event->buttons() & strokeButton_))
            finishStroke();
        else
            sweepTo(fieldPoint(event->position()));
    }
    PixelGrid::mouseMoveEvent(event);
}

void GreyCanvas::mouseReleaseEvent(QMouseEvent* event) {
    if (stroking_ && event->button() == strokeButton_) {
        sweepTo(fieldPoint(event->position()));
        finishStroke();
    }
    event->accept();
}

void GreyCanvas::finishStroke() {
    stroking_ = false;
    strokeButton_ = Qt::NoButton;
    if (drawing_ != before_)
        Q_EMIT strokeFinished(before_);
}

void GreyCanvas::tabletEvent(QTabletEvent* event) {
    // Remember which end of the pen touches; Qt then turns the event into mouse events.
    penEraser_ = event->pointerType() == QPointingDevice::PointerType::Eraser;
    event->ignore();
}

void GreyCanvas::keyPressEvent(QKeyEvent* event) {
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
        dabAtCursor(tool_ == Tool::Draw);
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        dabAtCursor(false);
        break;
    default:
        PixelGrid::keyPressEvent(event);
        return;
    }
    event->accept();
}

void GreyCanvas::moveCursor(int dx, int dy) {
    cursor_ = QPoint(std::clamp(cursor_.x() + dx, 0, kSide - 1),
                     std::clamp(cursor_.y() + dy, 0, kSide - 1));
    update();
    Q_EMIT hovered(cursorPixel());
}

// One dab of the brush centred on the cursor's pixel: a stroke of one point, one undo step.
void GreyCanvas::dabAtCursor(bool ink) {
    if (stroking_)
        return;
    const GreyImage before = drawing_;
    SoftBrush::Coverage coverage{};
    const QPointF centre(cursor_.x() + 0.5, cursor_.y() + 0.5);
    brush_.sweep(coverage, centre, centre);
    const GreyImage after = SoftBrush::apply(before, coverage, ink);
    Q_EMIT hovered(cursorPixel()); // the readout explains the pixel just changed
    if (after == before)
        return;
    show(after);
    Q_EMIT changed(after);
    Q_EMIT strokeFinished(before);
}

void GreyCanvas::paintEvent(QPaintEvent* event) {
    PixelGrid::paintEvent(event);
    paintKeyboardCursor(cursor_);
}

void GreyCanvas::focusInEvent(QFocusEvent* event) {
    update();
    PixelGrid::focusInEvent(event);
}

void GreyCanvas::focusOutEvent(QFocusEvent* event) {
    update();
    PixelGrid::focusOutEvent(event);
}

} // namespace pixelchain::ui
