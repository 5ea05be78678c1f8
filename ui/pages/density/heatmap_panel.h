#pragma once
// HeatmapPanel: one per-pixel map of the Density page: a heading that names the quantity, the
// 28×28 heatmap and its colour legend.
#include "ui/widgets/color_map.h"

#include <QWidget>

class QLabel;

namespace pixelchain::ui {

class ColorLegend;
class PixelGrid;

class HeatmapPanel : public QWidget {
    Q_OBJECT
public:
    struct Style {
        QString heading; ///< what the map shows, in words and symbols
        ColorMap map;
        QString lowText;  ///< meaning of the left end of the legend
        QString highText; ///< meaning of the right end
    };

    HeatmapPanel(const Style& style, QWidget* parent = nullptr);

    PixelGrid* grid() const { return grid_; }
    /// Replaces the heading and the legend's words (a language switch); the map stays.
    void setTexts(const QString& heading, const QString& lowText, const QString& highText);
    /// The same with any number of legend labels, spread evenly from the left end to the right.
    void setTexts(const QString& heading, const QStringList& legend);

private:
    PixelGrid* grid_ = nullptr;
    QLabel* heading_ = nullptr;
    ColorLegend* legend_ = nullptr;
};

} // namespace pixelchain::ui
