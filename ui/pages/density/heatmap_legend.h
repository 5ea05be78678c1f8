#pragma once
// HeatmapLegend: the colour bar under a heatmap, with what its two ends mean written at them.
#include "ui/widgets/color_map.h"

#include <QWidget>

namespace pixelchain::ui {

class HeatmapLegend : public QWidget {
    Q_OBJECT
public:
    HeatmapLegend(ColorMap map, QString lowText, QString highText, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    ColorMap map_;
    QString lowText_;
    QString highText_;
};

} // namespace pixelchain::ui
