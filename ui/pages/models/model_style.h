#pragma once
// ModelStyle: how each kind of model looks on the Models page, the same colour in the table,
// the chart and above its samples. Colours are from the Okabe–Ito palette, which stays
// distinguishable under the common colour-vision deficiencies.
#include <QColor>
#include <string>

namespace pixelchain::ui {

class ModelStyle {
public:
    /// The colour of a DensityModel::kind() ("independent", "markov", "fvsbn", "nade").
    static QColor color(const std::string& kind);
    /// The colour of the published reference results.
    static QColor publishedColor();
    /// Point size of every text on the page: readable from the back row.
    static constexpr int kFontPoints = 14;
};

} // namespace pixelchain::ui
