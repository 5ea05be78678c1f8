#pragma once
// HiddenUnitGrid: the tiles of HiddenUnitTiles in rows of ten, strongest unit first. Each tile is
// one 28×28 QImage scaled up without smoothing (a hundred images, not 78,400 widgets). Pointing at
// a tile outlines it and reports which unit and which pixel are under the pointer.
#include "ui/adapters/hidden_unit_tiles.h"

#include <QWidget>

namespace pixelchain::ui {

class HiddenUnitGrid : public QWidget {
    Q_OBJECT
public:
    static constexpr int kColumns = 10;
    static constexpr int kGap = 4;

    explicit HiddenUnitGrid(QWidget* parent = nullptr);

    void setTiles(HiddenUnitTiles tiles);
    const HiddenUnitTiles& tiles() const { return tiles_; }

    /// Where tile `rank` is drawn (empty outside the tiles).
    QRect tileRect(int rank) const;
    /// The tile and the raster pixel under `position`: {−1, −1} between or outside the tiles.
    std::pair<int, int> tileAt(QPoint position) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    /// The pointer is over tile `rank`, image pixel `pixel` (both −1 when over no tile).
    void hovered(int rank, int pixel);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    int rows() const;
    /// Side of one tile for the current width: a whole number of screen pixels per image pixel.
    int tileSide() const;
    void setHovered(int rank, int pixel);

    HiddenUnitTiles tiles_;
    int hovered_ = -1;
    int hoveredPixel_ = -1;
};

} // namespace pixelchain::ui
