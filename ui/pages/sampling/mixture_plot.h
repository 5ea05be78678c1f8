#pragma once
// MixturePlot: the conditional density of the current grey pixel, p(y) = Σ_k π_k N(y; μ_k, s_k²)
// over y ∈ [0, 1], as core's GaussianMixture computes it: each component π_k N(y; μ_k, s_k²) as
// a thin orange curve, their sum as a thick blue one, and the drawn y as a dashed black line with
// its number. Narrow components reach densities in the hundreds while broad ones stay below 1,
// so the density axis is logarithmic (five decades below the rounded-up peak; the axis title
// says so); values under the axis are drawn at floorDensity(), off the bottom of the plot.
//
// The curves are evaluated on a grid of y that adds, to 400 even steps, points at μ_k + c·s_k
// for every component, so a spike narrower than a step still shows its true peak.
//
// The legend stands above the plot; where the plot is too short for that but wide enough, beside
// it (fits() says whether a size shows every text uncut, one way or the other).
#include "core/models/gaussian_mixture.h"

#include <QChartView>
#include <optional>
#include <vector>

class QGraphicsSimpleTextItem;
class QLineSeries;
class QLogValueAxis;
class QValueAxis;

namespace pixelchain::ui {

class MixturePlot : public QChartView {
    Q_OBJECT
public:
    explicit MixturePlot(QWidget* parent = nullptr);

    /// Plots `mixture`; `drawn`, when given, is marked (clamped to [0, 1] on the axis).
    void showMixture(const GaussianMixture& mixture, std::optional<double> drawn);
    void showNothing();

    /// The y values the curves are evaluated at (sorted, within [0, 1]).
    const std::vector<double>& grid() const { return grid_; }
    const QLineSeries* sumSeries() const { return sum_; }
    const QLineSeries* componentSeries(int k) const { return components_.at(std::size_t(k)); }
    /// Component curves shown (K of the mixture, 0 when nothing is shown).
    int componentCount() const { return shownComponents_; }
    /// Where the drawn-value line stands on the y axis; NaN when nothing is marked.
    double drawnPosition() const;
    /// The marker's number as shown, e.g. "y = 0.537".
    QString drawnText() const;
    /// Densities below the axis are drawn at this value, below the plot.
    double floorDensity() const { return floor_; }
    const QLogValueAxis* densityAxis() const { return axisY_; }

    /// Whether every title, tick label and legend entry would show uncut at `size`, with the
    /// legend above the plot or beside it (in the chart's fonts and the current language).
    bool fits(QSize size) const;

    /// Below this height Qt Charts cuts the tick labels and the vertical title down to "…".
    static constexpr int kMinimumHeight = 260;
    QSize minimumSizeHint() const override { return {300, kMinimumHeight}; }
    /// A modest preference: inside the page's scroll area the preferred heights of a column
    /// decide how tall the page is (QGraphicsView would ask for 2/3 of the screen).
    QSize sizeHint() const override { return {480, kMinimumHeight + 40}; }

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    static QString componentsName();
    /// The least size at which every text shows uncut, the legend in the given place.
    QSize neededSize(Qt::Alignment legend) const;
    /// The legend above the plot where it fits there, else beside it, where it costs no height.
    void placeLegend();
    /// Makes `count` component series, all looking alike, with one legend entry among them.
    void ensureComponents(int count);
    void placeDrawnLabel();

    std::vector<double> grid_;
    std::vector<QLineSeries*> components_;
    int shownComponents_ = 0;
    QLineSeries* sum_ = nullptr;
    QLineSeries* drawn_ = nullptr;
    QGraphicsSimpleTextItem* drawnLabel_ = nullptr;
    QValueAxis* axisX_ = nullptr;
    QLogValueAxis* axisY_ = nullptr;
    double floor_ = 1e-8;
};

} // namespace pixelchain::ui
