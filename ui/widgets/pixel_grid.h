#pragma once
// PixelGrid: the 28×28 field every page draws on. It shows what core computed, in one of two
// layers, and never computes a probability itself:
//   - bits: pixels on in black ink, off in white paper; pixels not decided yet (an autoregressive
//     prefix) drawn as a faint grid, the current pixel outlined;
//   - values: a heatmap of 784 numbers (probabilities, surprise) through a colour-blind-safe map.
// It can draw an ordering as a path over the grid, and reports which pixel the mouse is over.
// Subclasses (the drawing canvas) add editing on top.
#include "core/image/binary_image.h"
#include "core/image/ordering.h"
#include "ui/widgets/color_map.h"

#include <QWidget>
#include <optional>
#include <vector>

namespace pixelchain::ui {

class PixelGrid : public QWidget {
    Q_OBJECT
public:
    explicit PixelGrid(QWidget* parent = nullptr);

    /// Shows bits. `decided` < 784 marks only the first `decided` pixels of `ordering` as known;
    /// the rest are drawn as "still to come".
    void setImage(const BinaryImage& image);
    void setDecided(const Ordering& ordering, int decided);
    void clearDecided();

    /// Shows a heatmap of `values` (784, raster order) mapped from [low, high] through `map`.
    /// Pixels not decided yet (see setDecided) stay blank. An empty vector returns to bits.
    void setValues(std::vector<float> values, float low, float high, ColorMap map);
    bool showsValues() const { return !values_.empty(); }
    /// The heatmap's values as given to setValues (empty when bits are shown).
    const std::vector<float>& values() const { return values_; }
    void setColorMap(ColorMap map);

    /// Outlines one pixel (raster index), or none with −1.
    void setHighlight(int pixel);
    int highlight() const { return highlight_; }

    /// Draws the visiting order as a path through the first `steps` pixels (0 hides it).
    void setOrderingOverlay(const Ordering& ordering, int steps);
    /// The same path, starting at step `from` (marked by a dot): the route still ahead.
    void setOrderingOverlay(const Ordering& ordering, int from, int steps);

    /// Raster index under a widget position, or −1 outside the field.
    int pixelAt(QPointF position) const;
    /// The rectangle of the 28×28 field inside the widget (square, centred).
    QRectF fieldRect() const;

    const BinaryImage& image() const { return image_; }

    QSize sizeHint() const override { return {448, 448}; }
    QSize minimumSizeHint() const override { return {140, 140}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int w) const override { return w; }

Q_SIGNALS:
    /// The mouse moved onto another pixel (−1 when it left the field).
    void hovered(int pixel);

protected:
    void paintEvent(QPaintEvent* event) override;
    /// Draws the keyboard cursor of a drawing canvas on `cell` (column, row) while the grid has
    /// focus: a light frame around a dashed blue one, readable on ink and on paper. Call after
    /// PixelGrid::paintEvent.
    void paintKeyboardCursor(QPoint cell);
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    bool isDecided(int pixel) const;
    QColor cellColor(int pixel) const;
    void paintOverlay(QPainter& painter, double cell) const;

    BinaryImage image_;
    std::vector<float> values_;
    float low_ = 0, high_ = 1;
    ColorMap map_ = ColorMap::Viridis;
    std::optional<Ordering> ordering_;
    int decided_ = kPixels;
    int highlight_ = -1;
    std::optional<Ordering> overlay_;
    int overlayFrom_ = 0;
    int overlaySteps_ = 0;
    int hovered_ = -1;
};

} // namespace pixelchain::ui
