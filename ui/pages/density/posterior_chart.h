#pragma once
// PosteriorChart: Bayes' rule's answer to "which digit is it?" as ten bars, p(y | x) for y = 0..9,
// on a fixed 0..1 axis so a bar's height is comparable from stroke to stroke. The most probable
// digit's bar is a second colour (Okabe–Ito vermillion beside sky blue, told apart in every common
// colour-vision deficiency) and is also named in the legend and the title, so the colour is never
// the only cue.
#include <QChartView>
#include <vector>

class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

namespace pixelchain::ui {

class PosteriorChart : public QChartView {
    Q_OBJECT
public:
    explicit PosteriorChart(QWidget* parent = nullptr);

    /// Shows `posterior` (p(y | x) for each y) with `label` highlighted; an empty list clears.
    void showPosterior(const std::vector<double>& posterior, int label);

    /// The bar heights shown, p(y | x) for y = 0..9 (empty when cleared).
    std::vector<double> posterior() const;
    /// The highlighted digit, or −1.
    int highlighted() const { return highlighted_; }

    /// Below this height Qt Charts cuts the axis labels down to "…".
    static constexpr int kMinimumHeight = 260;
    QSize minimumSizeHint() const override { return {240, kMinimumHeight}; }

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();

    int highlighted_ = -1;
    QBarSet* others_ = nullptr; ///< every digit but the most probable (0 at its place)
    QBarSet* top_ = nullptr;    ///< the most probable digit only
    QBarCategoryAxis* axisX_ = nullptr;
    QValueAxis* axisY_ = nullptr;
};

} // namespace pixelchain::ui
