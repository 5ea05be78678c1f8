#pragma once
// LabelPlacer: where to put the text labels of the points of a chart so that no label covers
// another label, a marker or a reserved region, and every label stays inside the plot.
//
// Each label is tried in a fixed list of positions around its point, nearest first: right,
// left, above, below, then the four corners, then the same eight farther out. The first
// position that is inside `bounds` and overlaps nothing already placed wins (a position that
// sticks out sideways is also tried slid back inside, unless that puts it over its point); when
// none is free, the position with the least overlapping area is taken, so a crowded chart degrades
// to small overlaps instead of labels thrown off the chart. Labels are placed in the order given,
// so the caller lists the most important first.
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QVector>

namespace pixelchain::ui {

struct LabelRequest {
    QPointF anchor;        ///< the point the label belongs to, in scene coordinates
    QSizeF size;           ///< the label's bounding size
    double clearance = 10; ///< the gap kept between the anchor and the near edge of the label
};

class LabelPlacer {
public:
    /// `bounds`: where labels may go. `obstacles`: regions no label may cover (markers, notes).
    LabelPlacer(QRectF bounds, QVector<QRectF> obstacles);

    /// The rectangle chosen for each request, in the order given. Every placed label becomes an
    /// obstacle for the labels after it.
    QVector<QRectF> place(const QVector<LabelRequest>& requests);

    /// The candidate rectangles for one label, nearest first (exposed for tests).
    static QVector<QRectF> candidates(const LabelRequest& request);

private:
    QRectF slideInside(const QRectF& rect) const;
    double overlap(const QRectF& rect) const;

    QRectF bounds_;
    QVector<QRectF> taken_;
};

} // namespace pixelchain::ui
