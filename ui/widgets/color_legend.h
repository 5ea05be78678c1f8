#pragma once
// ColorLegend: the key to a heatmap. A horizontal bar of the colour map with labels spread evenly
// under it (the first at the left end, the last at the right end), so a colour on the grid can be
// read as a number or as what its end means.
#include "ui/widgets/color_map.h"

#include <QStringList>
#include <QWidget>

namespace pixelchain::ui {

class ColorLegend : public QWidget {
    Q_OBJECT
public:
    /// Numbers at both ends and in the middle: low, (low + high) / 2, high.
    ColorLegend(ColorMap map, double low, double high, QWidget* parent = nullptr);
    /// Words at the two ends, e.g. "0: off" and "1: on".
    ColorLegend(ColorMap map, const QString& lowText, const QString& highText,
                QWidget* parent = nullptr);

    void setColorMap(ColorMap map);
    ColorMap colorMap() const { return map_; }
    const QStringList& labels() const { return labels_; }
    /// Replaces the words at the ends (a language switch); numbers stay as they were built.
    void setLabels(const QStringList& labels);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    ColorMap map_;
    QStringList labels_;
};

} // namespace pixelchain::ui
