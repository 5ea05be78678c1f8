#pragma once
// Colour-blind-safe colour maps for heatmaps: viridis and cividis (perceptually uniform, readable
// in greyscale and under the common colour-vision deficiencies), grey for printing, and a
// diverging blue–white–orange map for signed values centred at 0 (t = 0.5 is white).
#include <QColor>
#include <QString>

namespace pixelchain::ui {

enum class ColorMap { Viridis, Cividis, Grey, BlueOrange };

/// The colour at t in [0, 1] (clamped).
QColor colorAt(ColorMap map, double t);
/// A name the user reads.
QString colorMapName(ColorMap map);

} // namespace pixelchain::ui
