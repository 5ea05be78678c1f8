#include "ui/pages/training/digit_grid.h"

#include <QPainter>
#include <algorithm>

namespace pixelchain::ui {

namespace {
constexpr int kGap = 4;
constexpr int kPixels = 28;
} // namespace

DigitGrid::DigitGrid(int columns, int rows, QWidget* parent)
    : QWidget(parent)
    , columns_(columns)
    , rows_(rows) {
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void DigitGrid::setImages(std::vector<QImage> images) {
    images_ = std::move(images);
    update();
}

QSize DigitGrid::sizeHint() const {
    return {columns_ * (2 * kPixels + kGap), rows_ * (2 * kPixels + kGap)};
}

QSize DigitGrid::minimumSizeHint() const {
    return {columns_ * (kPixels + kGap), rows_ * (kPixels + kGap)};
}

int DigitGrid::side() const {
    const int across = (width() - (columns_ - 1) * kGap) / columns_;
    const int down = (height() - (rows_ - 1) * kGap) / rows_;
    // As large as the cell allows, whole screen pixels per image pixel or not: from the back of
    // a classroom a larger digit matters more than evenly wide pixels.
    return std::max(kPixels, std::min(across, down));
}

void DigitGrid::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    const int s = side();
    for (int k = 0; k < columns_ * rows_; ++k) {
        const QRect cell((k % columns_) * (s + kGap), (k / columns_) * (s + kGap), s, s);
        if (k < int(images_.size()))
            painter.drawImage(cell, images_[std::size_t(k)]);
        else
            painter.fillRect(cell, palette().color(QPalette::Mid));
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawRect(cell.adjusted(0, 0, -1, -1));
    }
}

} // namespace pixelchain::ui
