#pragma once
// BitsPerDimChart: test bits per dimension on dequantized MNIST as horizontal bars, lower is
// better. The models trained here come first, solid in their family's colour; a dashed line
// separates them from the published figures, hatched in the published colour. Each bar ends in
// its figure and where it comes from ("1.80 · trained here", "1.05 · published"). The bits/dim at
// the bin centres is left out: it is not comparable (the table beside gives it with the reason).
#include "ui/pages/models/bits_per_dim_rows.h"

#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QGraphicsLineItem;
class QGraphicsSimpleTextItem;
class QHorizontalStackedBarSeries;
class QValueAxis;

namespace pixelchain::ui {

class BitsPerDimChart : public QWidget {
    Q_OBJECT
public:
    /// The bits/dim axis runs from 0 to here: the worst figure (about 2) leaves room for its label.
    static constexpr double kAxisEnd = 3.0;

    explicit BitsPerDimChart(QWidget* parent = nullptr);

    /// Draws one bar per row, the first row at the top.
    void showRows(const QVector<BitsPerDimRow>& rows);

    QChart* chart() const;
    /// One bar set per row, in the rows' order; its value sits in its own category only.
    const QVector<QBarSet*>& bars() const { return bars_; }
    /// The text at the end of each bar, in the rows' order.
    const QVector<QGraphicsSimpleTextItem*>& valueLabels() const { return labels_; }
    /// The dashed line between the models trained here and the published figures.
    QGraphicsLineItem* divider() const { return divider_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    /// Puts each label at the end of its bar and the divider between the two groups.
    void placeLabels();
    QString labelText(const BitsPerDimRow& row) const;

    QChartView* view_ = nullptr;
    QHorizontalStackedBarSeries* series_ = nullptr;
    QBarCategoryAxis* names_ = nullptr;
    QValueAxis* values_ = nullptr;
    QGraphicsLineItem* divider_ = nullptr;
    QVector<BitsPerDimRow> rows_;
    QVector<QBarSet*> bars_;
    QVector<QGraphicsSimpleTextItem*> labels_;
};

} // namespace pixelchain::ui
