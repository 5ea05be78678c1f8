#pragma once
// LikelihoodChart: how log p(x) is spread over the 10,000 real test digits (a histogram rebuilt
// from the percentiles 0..100 the model file carries), with a marker for the drawing and a dashed
// line at the verdict's threshold. A drawing far off the scale is pinned to the edge and says so.
#include <QChartView>
#include <vector>

class QAreaSeries;
class QLineSeries;
class QValueAxis;

namespace pixelchain::ui {

class LikelihoodChart : public QChartView {
    Q_OBJECT
public:
    explicit LikelihoodChart(QWidget* parent = nullptr);

    /// The model's test-set percentiles 0..100 (stats::kPercentileCount values); an empty list
    /// shows a note instead.
    void setQuantiles(std::vector<double> quantiles);
    /// Moves the drawing's marker to `logProb` and the threshold line to `thresholdLogProb`.
    void showDrawing(double logProb, double thresholdLogProb);

    /// Where the marker is drawn on the log p axis (clamped to the axis).
    double markerPosition() const { return marker_; }
    /// Where the threshold line stands (log p, nats); NaN before it is placed.
    double thresholdPosition() const;

    /// Below this height Qt Charts cuts the tick labels and the vertical title down to "…".
    static constexpr int kMinimumHeight = 260;
    QSize minimumSizeHint() const override { return {300, kMinimumHeight}; }

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    void drawHistogram();
    /// The accessible description: the drawing's and the threshold's place, in words.
    void describe();
    void placeVerticalLine(QLineSeries* line, double x) const;

    std::vector<double> quantiles_;
    double top_ = 1; ///< tallest bar, % of test digits
    double marker_ = 0;
    QLineSeries* outline_ = nullptr;
    QAreaSeries* area_ = nullptr;
    QLineSeries* drawing_ = nullptr;
    QLineSeries* threshold_ = nullptr;
    QValueAxis* axisX_ = nullptr;
    QValueAxis* axisY_ = nullptr;
};

} // namespace pixelchain::ui
