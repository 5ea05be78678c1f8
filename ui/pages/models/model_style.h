#pragma once
// ModelStyle: how each kind of model looks on the Models page, the same colour in the table,
// the chart and above its samples. Colours are from the Okabe–Ito palette, which stays
// distinguishable under the common colour-vision deficiencies.
#include "core/models/density_model.h"

#include <QColor>

namespace pixelchain::ui {

class ModelStyle {
public:
    /// The colour of a family of models (DensityModel::family()).
    static QColor color(ModelFamily family);
    /// The colour of the published reference results.
    static QColor publishedColor();
    /// Point size of every text on the page: readable from the back row.
    static constexpr int kFontPoints = 14;
};

} // namespace pixelchain::ui
