#include "ui/widgets/pixel_grid.h"

#include "ui/export/export_menu.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace pixelchain::ui {
namespace {
const QColor kInk(20, 20, 20);
const QColor kPaper(250, 250, 250);
const QColor kPending(226, 230, 236);
const QColor kGridLine(200, 204, 212);
const QColor kHighlight(230, 97, 0); // Okabe–Ito orange: visible on black, white and viridis
const QColor kPath(0, 114, 178);     // Okabe–Ito blue
} // namespace

PixelGrid::PixelGrid(QWidget* parent)
    : QWidget(parent) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    installExportMenu(this);
}

void PixelGrid::setImage(const BinaryImage& image) {
    image_ = image;
    update();
}

void PixelGrid::setDecided(const Ordering& ordering, int decided) {
    ordering_ = ordering;
    decided_ = std::clamp(decided, 0, kPixels);
    update();
}

void PixelGrid::clearDecided() {
    ordering_.reset();
    decided_ = kPixels;
    update();
}

void PixelGrid::setValues(std::vector<float> values, float low, float high, ColorMap map) {
    values_ = values.size() == static_cast<std::size_t>(kPixels) ? std::move(values)
                                                                 : std::vector<float>{};
    low_ = low;
    high_ = high > low ? high : low + 1;
    map_ = map;
    update();
}

void PixelGrid::setColorMap(ColorMap map) {
    map_ = map;
    update();
}

void PixelGrid::setHighlight(int pixel) {
    highlight_ = pixel >= 0 && pixel < kPixels ? pixel : -1;
    update();
}

void PixelGrid::setOrderingOverlay(const Ordering& ordering, int steps) {
    setOrderingOverlay(ordering, 0, steps);
}

void PixelGrid::setOrderingOverlay(const Ordering& ordering, int from, int steps) {
    overlay_ = ordering;
    overlayFrom_ = std::clamp(from, 0, kPixels);
    overlaySteps_ = std::clamp(steps, 0, kPixels);
    update();
}

QRectF PixelGrid::fieldRect() const {
    const double side = std::floor(std::min(width(), height()) / double(kSide)) * kSide;
    return {(width() - side) / 2.0, (height() - side) / 2.0, side, side};
}

int PixelGrid::pixelAt(QPointF position) const {
    const QRectF field = fieldRect();
    if (!field.contains(position) || field.width() <= 0)
        return -1;
    const double cell = field.width() / kSide;
    const int col = std::clamp(int((position.x() - field.left()) / cell), 0, kSide - 1);
    const int row = std::clamp(int((position.y() - field.top()) / cell), 0, kSide - 1);
    return row * kSide + col;
}

bool PixelGrid::isDecided(int pixel) const {
    return !ordering_ || ordering_->position(pixel) < decided_;
}

QColor PixelGrid::cellColor(int pixel) const {
    if (!isDecided(pixel))
        return kPending;
    if (!values_.empty()) {
        const float v = values_[static_cast<std::size_t>(pixel)];
        return colorAt(map_, std::isfinite(v) ? (v - low_) / (high_ - low_) : 1.0);
    }
    return image_.at(pixel) ? kInk : kPaper;
}

void PixelGrid::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QRectF field = fieldRect();
    const double cell = field.width() / kSide;
    for (int pixel = 0; pixel < kPixels; ++pixel) {
        const QRectF r(field.left() + (pixel % kSide) * cell, field.top() + (pixel / kSide) * cell,
                       cell, cell);
        painter.fillRect(r, cellColor(pixel));
    }
    // Faint lines between cells only where pixels are still to come or on paper: they show the
    // 784 variables without cluttering the drawing.
    painter.setPen(QPen(kGridLine, 1));
    if (ordering_ && decided_ < kPixels) {
        for (int pixel = 0; pixel < kPixels; ++pixel)
            if (!isDecided(pixel))
                painter.drawRect(QRectF(field.left() + (pixel % kSide) * cell,
                                        field.top() + (pixel / kSide) * cell, cell, cell));
    }
    painter.setPen(QPen(palette().color(QPalette::WindowText), 1));
    painter.drawRect(field.adjusted(0, 0, -1, -1));
    paintOverlay(painter, cell);
    if (highlight_ >= 0) {
        painter.setPen(QPen(kHighlight, std::max(2.0, cell / 6)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(field.left() + (highlight_ % kSide) * cell,
                                field.top() + (highlight_ / kSide) * cell, cell, cell)
                             .adjusted(-1, -1, 1, 1));
    }
}

void PixelGrid::paintOverlay(QPainter& painter, double cell) const {
    if (!overlay_ || overlaySteps_ - overlayFrom_ < 2)
        return;
    const QRectF field = fieldRect();
    auto centre = [&](int pixel) {
        return QPointF(field.left() + (pixel % kSide + 0.5) * cell,
                       field.top() + (pixel / kSide + 0.5) * cell);
    };
    QPainterPath path(centre(overlay_->pixel(overlayFrom_)));
    for (int j = overlayFrom_ + 1; j < overlaySteps_; ++j)
        path.lineTo(centre(overlay_->pixel(j)));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(
        QPen(kPath, std::max(1.5, cell / 8), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
    painter.setBrush(kPath);
    painter.drawEllipse(centre(overlay_->pixel(overlayFrom_)), cell / 3, cell / 3);
    painter.restore();
}

void PixelGrid::mouseMoveEvent(QMouseEvent* event) {
    const int pixel = pixelAt(event->position());
    if (pixel != hovered_) {
        hovered_ = pixel;
        Q_EMIT hovered(pixel);
    }
    QWidget::mouseMoveEvent(event);
}

void PixelGrid::leaveEvent(QEvent* event) {
    if (hovered_ != -1) {
        hovered_ = -1;
        Q_EMIT hovered(-1);
    }
    QWidget::leaveEvent(event);
}

void PixelGrid::paintKeyboardCursor(QPoint cell) {
    if (!hasFocus())
        return;
    static const QColor inner(0, 114, 178); // Okabe–Ito blue
    static const QColor outer(250, 250, 250);
    const QRectF field = fieldRect();
    const double size = field.width() / kSide;
    const QRectF box(field.left() + cell.x() * size, field.top() + cell.y() * size, size, size);
    QPainter painter(this);
    const double pen = std::max(2.0, size / 8);
    painter.setPen(QPen(outer, pen * 2));
    painter.drawRect(box);
    painter.setPen(QPen(inner, pen, Qt::DashLine));
    painter.drawRect(box);
}

} // namespace pixelchain::ui
