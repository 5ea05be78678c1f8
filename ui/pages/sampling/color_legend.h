#pragma once
// ColorLegend: the key to a heatmap. A horizontal strip of the colour map from `low` to `high`
// with the values at both ends and in the middle, so a colour on the grid can be read as a number.
#include "ui/widgets/color_map.h"

#include <QWidget>

namespace pixelchain::ui {

class ColorLegend : public QWidget {
    Q_OBJECT
public:
    explicit ColorLegend(ColorMap map, double low, double high, QWidget* parent = nullptr);

    void setColorMap(ColorMap map);
    ColorMap colorMap() const { return map_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    ColorMap map_;
    double low_;
    double high_;
};

} // namespace pixelchain::ui
