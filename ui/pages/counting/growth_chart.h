#pragma once
// GrowthChart plots the parameter count of every factorization against the number of variables n,
// with the current n marked by a dashed vertical line and a dot on each curve.
//
// The vertical axis is logarithmic. Counts soon leave double range (a 28×28 grayscale image needs
// about 10^1888 parameters), so the chart plots log10 of each count on a linear axis whose labels
// read as powers of ten (10⁰, 10⁵⁰, 10¹⁰⁰, …): one look that stays readable for every preset.
#include "ui/pages/counting/counting_result.h"

#include <QWidget>
#include <array>

class QCategoryAxis;
class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace pixelchain::ui {

class GrowthChart : public QWidget {
    Q_OBJECT
public:
    explicit GrowthChart(QWidget* parent = nullptr);

    void showResult(const CountingResult& result);

    /// The n the dashed line marks.
    double markedVariables() const;
    /// The curve of one factorization: points (n, log10 count).
    const QLineSeries* curve(counting::Factorization f) const;
    /// The dots where the curves cross the marked n.
    const QScatterSeries* marker() const { return marker_; }
    /// The largest power of ten on the vertical axis.
    double topExponent() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    QChart* chart() const;
    void buildLegend();
    void buildSeries();
    void buildAxes();
    void updateVerticalAxis(double maxLog10);

    QChartView* view_ = nullptr;
    QLabel* legend_ = nullptr; ///< wraps onto more lines where QChart's legend would cut names
    std::array<QLineSeries*, kFactorizationCount> curves_{};
    QLineSeries* currentLine_ = nullptr;
    QScatterSeries* marker_ = nullptr;
    QValueAxis* xAxis_ = nullptr;
    QCategoryAxis* yAxis_ = nullptr;
};

} // namespace pixelchain::ui
