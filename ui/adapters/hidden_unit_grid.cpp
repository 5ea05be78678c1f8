#include "ui/adapters/hidden_unit_grid.h"

#include <QMouseEvent>
#include <QPainter>
#include <algorithm>

namespace pixelchain::ui {
namespace {
// A tile is at most 2.5 screen pixels per image pixel: 100 tiles fit a projector's height.
constexpr int kLargestTile = 70;
const QColor kOutline(0, 0, 0);

int sideForWidth(int width) {
    const int gaps = (HiddenUnitGrid::kColumns - 1) * HiddenUnitGrid::kGap;
    return std::clamp((width - gaps) / HiddenUnitGrid::kColumns, kSide, kLargestTile);
}
} // namespace

HiddenUnitGrid::HiddenUnitGrid(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("hiddenUnitGrid"));
    setMouseTracking(true);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void HiddenUnitGrid::setTiles(HiddenUnitTiles tiles) {
    tiles_ = std::move(tiles);
    hovered_ = hoveredPixel_ = -1;
    updateGeometry();
    update();
}

int HiddenUnitGrid::rows() const {
    return (int(tiles_.size()) + kColumns - 1) / kColumns;
}

int HiddenUnitGrid::tileSide() const {
    return sideForWidth(width());
}

QSize HiddenUnitGrid::sizeHint() const {
    const int width = kColumns * kLargestTile + (kColumns - 1) * kGap;
    return {width, heightForWidth(width)};
}

QSize HiddenUnitGrid::minimumSizeHint() const {
    return {kColumns * (kSide + kGap), std::max(1, rows()) * (kSide + kGap)};
}

int HiddenUnitGrid::heightForWidth(int width) const {
    return std::max(1, rows()) * (sideForWidth(width) + kGap);
}

QRect HiddenUnitGrid::tileRect(int rank) const {
    if (rank < 0 || rank >= int(tiles_.size()))
        return {};
    const int side = tileSide();
    return {(rank % kColumns) * (side + kGap), (rank / kColumns) * (side + kGap), side, side};
}

std::pair<int, int> HiddenUnitGrid::tileAt(QPoint position) const {
    const int side = tileSide();
    if (position.x() < 0 || position.y() < 0)
        return {-1, -1};
    const int column = position.x() / (side + kGap), row = position.y() / (side + kGap);
    const int rank = row * kColumns + column;
    if (column >= kColumns || rank >= int(tiles_.size()))
        return {-1, -1};
    const QPoint inside = position - tileRect(rank).topLeft();
    if (inside.x() >= side || inside.y() >= side) // in the gap
        return {-1, -1};
    // The image is scaled by side / 28 (not always a whole number): pixel = ⌊position · 28 / side⌋.
    return {rank, (inside.y() * kSide / side) * kSide + inside.x() * kSide / side};
}

void HiddenUnitGrid::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false); // crisp image pixels
    for (int rank = 0; rank < int(tiles_.size()); ++rank)
        painter.drawImage(tileRect(rank), tiles_.images[std::size_t(rank)]);
    if (hovered_ >= 0) {
        painter.setPen(QPen(kOutline, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(tileRect(hovered_).adjusted(-1, -1, 0, 0));
    }
}

void HiddenUnitGrid::mouseMoveEvent(QMouseEvent* event) {
    const auto [rank, pixel] = tileAt(event->position().toPoint());
    setHovered(rank, pixel);
    QWidget::mouseMoveEvent(event);
}

void HiddenUnitGrid::leaveEvent(QEvent* event) {
    setHovered(-1, -1);
    QWidget::leaveEvent(event);
}

void HiddenUnitGrid::setHovered(int rank, int pixel) {
    if (rank == hovered_ && pixel == hoveredPixel_)
        return;
    if (rank != hovered_)
        update();
    hovered_ = rank;
    hoveredPixel_ = pixel;
    Q_EMIT hovered(rank, pixel);
}

} // namespace pixelchain::ui
