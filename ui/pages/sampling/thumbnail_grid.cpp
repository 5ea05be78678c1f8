#include "ui/pages/sampling/thumbnail_grid.h"

#include <QMouseEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace pixelchain::ui {
namespace {

const QColor kInk(20, 20, 20);
const QColor kAddedInk(0, 114, 178); // Okabe–Ito blue: what the model drew after the prefix
const QColor kPaper(250, 250, 250);
const QColor kEmpty(226, 230, 236);
const QColor kSelection(230, 97, 0); // Okabe–Ito orange
constexpr double kGap = 6;
} // namespace

ThumbnailGrid::ThumbnailGrid(int columns, int rows, QWidget* parent)
    : QWidget(parent)
    , columns_(std::max(1, columns))
    , rows_(std::max(1, rows)) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ThumbnailGrid::setImages(const std::vector<BinaryImage>& images) {
    images_ = images;
    images_.resize(std::min<std::size_t>(images_.size(), std::size_t(columns_ * rows_)));
    rendered_.clear();
    for (const BinaryImage& image : images_)
        rendered_.push_back(render(image));
    if (selected_ >= count())
        selected_ = -1;
    update();
}

void ThumbnailGrid::setPrefix(const Ordering& ordering, int count) {
    ordering_ = ordering;
    prefixCount_ = std::clamp(count, 0, kPixels);
    setImages(std::vector<BinaryImage>(images_));
}

void ThumbnailGrid::setSelected(int index) {
    selected_ = index >= 0 && index < count() ? index : -1;
    update();
}

void ThumbnailGrid::clear() {
    images_.clear();
    rendered_.clear();
    selected_ = -1;
    update();
}

QImage ThumbnailGrid::render(const BinaryImage& image) const {
    QImage out(kSide, kSide, QImage::Format_RGB32);
    for (int pixel = 0; pixel < kPixels; ++pixel) {
        const bool given = ordering_ && ordering_->position(pixel) < prefixCount_;
        const QColor ink = !ordering_ || prefixCount_ == 0 || given ? kInk : kAddedInk;
        out.setPixelColor(pixel % kSide, pixel / kSide, image.at(pixel) ? ink : kPaper);
    }
    return out;
}

double ThumbnailGrid::cellSide() const {
    const double byWidth = (width() - kGap * (columns_ - 1)) / columns_;
    const double byHeight = (height() - kGap * (rows_ - 1)) / rows_;
    // Whole multiples of 28 keep every digit pixel the same size on screen; below two screen
    // pixels per digit pixel, size matters more than evenness.
    const double side = std::max(0.0, std::floor(std::min(byWidth, byHeight)));
    return side >= 2 * kSide ? std::floor(side / kSide) * kSide : side;
}

QRectF ThumbnailGrid::cellRect(int index) const {
    const double side = cellSide();
    const double used = columns_ * side + (columns_ - 1) * kGap;
    const double left = (width() - used) / 2;
    return {left + (index % columns_) * (side + kGap), (index / columns_) * (side + kGap), side,
            side};
}

int ThumbnailGrid::indexAt(QPointF position) const {
    for (int i = 0; i < count(); ++i)
        if (cellRect(i).contains(position))
            return i;
    return -1;
}

QSize ThumbnailGrid::sizeHint() const {
    // Modest on purpose: the grid expands into whatever room the page has left.
    return minimumSizeHint();
}

QSize ThumbnailGrid::minimumSizeHint() const {
    return {columns_ * minimumCell_ + (columns_ - 1) * int(kGap),
            rows_ * minimumCell_ + (rows_ - 1) * int(kGap)};
}

void ThumbnailGrid::setMinimumCell(int side) {
    minimumCell_ = std::max(1, side);
    updateGeometry();
}

void ThumbnailGrid::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    for (int i = 0; i < columns_ * rows_; ++i) {
        const QRectF r = cellRect(i);
        if (i < count())
            painter.drawImage(r, rendered_[static_cast<std::size_t>(i)]);
        else
            painter.fillRect(r, kEmpty);
    }
    if (selected_ >= 0) {
        painter.setPen(QPen(kSelection, 3));
        painter.drawRect(cellRect(selected_).adjusted(-2, -2, 2, 2));
    }
}

void ThumbnailGrid::mouseReleaseEvent(QMouseEvent* event) {
    const int index = indexAt(event->position());
    if (event->button() == Qt::LeftButton && index >= 0)
        Q_EMIT activated(index);
    QWidget::mouseReleaseEvent(event);
}

} // namespace pixelchain::ui
