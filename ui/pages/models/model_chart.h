#pragma once
// ModelChart: parameters (log10 axis, labelled 10², 10³, …) against test NLL for every measured
// model, with the published results as labelled reference points in a column of their own
// (their parameter counts are not given here), right of a dashed line. Lower is better. The full
// joint table (2^784 − 1 parameters) is far off the axis: the axis title says so.
//
// Models of one kind and one size (the NADE in its four orderings) share one label that gives
// the range of their NLLs; every label is placed by LabelPlacer so that none covers another, a
// marker or the note, at any size of the chart.
#include "ui/adapters/model_library.h"

#include <QWidget>

class QChart;
class QChartView;
class QGraphicsLineItem;
class QGraphicsSimpleTextItem;
class QScatterSeries;

namespace pixelchain::ui {

class ModelChart : public QWidget {
    Q_OBJECT
public:
    /// The measured models sit between 10^kMinDecade and 10^kMaxDecade parameters (784 to
    /// 785,284 today, with room for a NADE ten times larger).
    static constexpr int kMinDecade = 3, kMaxDecade = 6;
    /// Where the dashed line and the column of published results sit on the log10 axis.
    static constexpr double kDivider = 6.75, kPublishedColumn = 7.05;

    explicit ModelChart(QWidget* parent = nullptr);

    /// Redraws the points of `entries` (those without a test NLL are left out).
    void showModels(const QVector<ModelEntry>& entries);
    QChart* chart() const;
    /// The labels of the measured points, one per group of models of one kind and size.
    const QVector<QGraphicsSimpleTextItem*>& pointLabels() const { return pointLabels_; }
    /// Every text drawn over the plot: point labels, published labels and their heading.
    QVector<QGraphicsSimpleTextItem*> overlayTexts() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    void addAxes();
    void addPublished();
    void attach(QScatterSeries* series);
    /// Places every label: the published column first, then the measured points, each joined to
    /// its point by a thin leader line when it had to move away from it.
    void placeLabels();
    void placePublishedLabels();

    QChartView* view_ = nullptr;
    QScatterSeries* published_ = nullptr;
    QVector<QGraphicsSimpleTextItem*> publishedLabels_;
    QGraphicsSimpleTextItem* publishedHeading_ = nullptr;
    QList<QScatterSeries*> measured_;
    QVector<QGraphicsSimpleTextItem*> pointLabels_;
    QVector<QPointF> pointAnchors_; ///< the value each point label belongs to
    QVector<QGraphicsLineItem*> leaders_;
};

} // namespace pixelchain::ui
