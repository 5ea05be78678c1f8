#pragma once
// ModelChart: parameters (log axis) against test NLL for every measured model, with the
// published results as labelled reference points in a column of their own (their parameter
// counts are not given here), to the right of a dashed line. Lower is better. The full joint
// table (2^784 − 1 parameters) is far off the axis: a note in the empty corner says so.
#include "ui/adapters/model_library.h"

#include <QWidget>

class QChart;
class QChartView;
class QGraphicsSimpleTextItem;
class QScatterSeries;

namespace pixelchain::ui {

class ModelChart : public QWidget {
    Q_OBJECT
public:
    /// Where the column of published results sits on the parameter axis.
    static constexpr double kPublishedColumn = 3e8;

    explicit ModelChart(QWidget* parent = nullptr);

    /// Redraws the points of `entries` (those without a test NLL are left out).
    void showModels(const QVector<ModelEntry>& entries);
    QChart* chart() const;

private:
    void addAxes();
    void addPublished();
    void attach(QScatterSeries* series);
    /// Places the published labels beside their points, pushed apart so none overlaps.
    void placePublishedLabels();

    QChartView* view_ = nullptr;
    QScatterSeries* published_ = nullptr;
    QVector<QGraphicsSimpleTextItem*> publishedLabels_;
    QGraphicsSimpleTextItem* fullJoint_ = nullptr;
    QList<QScatterSeries*> measured_;
};

} // namespace pixelchain::ui
