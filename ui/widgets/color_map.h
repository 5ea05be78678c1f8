#pragma once
// Colour-blind-safe colour maps for heatmaps: viridis and cividis (perceptually uniform, readable
// in greyscale and under the common colour-vision deficiencies), plus grey for printing.
#include <QColor>
#include <QString>

namespace pixelchain::ui {

enum class ColorMap { Viridis, Cividis, Grey };

/// The colour at t in [0, 1] (clamped).
QColor colorAt(ColorMap map, double t);
/// A name the user reads.
QString colorMapName(ColorMap map);

} // namespace pixelchain::ui
