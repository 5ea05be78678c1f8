#include "ui/widgets/label_placer.h"

#include <limits>

namespace pixelchain::ui {
namespace {

double area(const QRectF& r) {
    return r.isValid() ? r.width() * r.height() : 0.0;
}

// A label hanging outside the plot costs more than one covering another label: it would be
// cut off or run into the axes.
constexpr double kOutsideWeight = 4.0;

} // namespace

LabelPlacer::LabelPlacer(QRectF bounds, QVector<QRectF> obstacles)
    : bounds_(bounds)
    , taken_(std::move(obstacles)) {}

QVector<QRectF> LabelPlacer::candidates(const LabelRequest& request) {
    const double w = request.size.width(), h = request.size.height();
    const double x = request.anchor.x(), y = request.anchor.y();
    QVector<QRectF> out;
    for (const double gap : {request.clearance, 2.5 * request.clearance + h}) {
        out.append(QRectF(x + gap, y - h / 2, w, h));               // right
        out.append(QRectF(x - gap - w, y - h / 2, w, h));           // left
        out.append(QRectF(x - w / 2, y - gap - h, w, h));           // above
        out.append(QRectF(x - w / 2, y + gap, w, h));               // below
        out.append(QRectF(x + gap / 2, y - gap / 2 - h, w, h));     // above right
        out.append(QRectF(x + gap / 2, y + gap / 2, w, h));         // below right
        out.append(QRectF(x - gap / 2 - w, y - gap / 2 - h, w, h)); // above left
        out.append(QRectF(x - gap / 2 - w, y + gap / 2, w, h));     // below left
    }
    return out;
}

QRectF LabelPlacer::slideInside(const QRectF& rect) const {
    if (rect.width() > bounds_.width())
        return rect;
    if (rect.left() < bounds_.left())
        return rect.translated(bounds_.left() - rect.left(), 0);
    if (rect.right() > bounds_.right())
        return rect.translated(bounds_.right() - rect.right(), 0);
    return rect;
}

double LabelPlacer::overlap(const QRectF& rect) const {
    double cost = kOutsideWeight * (area(rect) - area(rect.intersected(bounds_)));
    for (const QRectF& other : taken_)
        cost += area(rect.intersected(other));
    return cost;
}

QVector<QRectF> LabelPlacer::place(const QVector<LabelRequest>& requests) {
    QVector<QRectF> placed;
    placed.reserve(requests.size());
    for (const LabelRequest& request : requests) {
        QRectF best;
        double bestCost = std::numeric_limits<double>::infinity();
        QVector<QRectF> tries;
        for (const QRectF& candidate : candidates(request)) {
            tries.append(candidate);
            // A label above or below its point may slide sideways to stay inside the bounds,
            // as long as it does not slide over the point itself.
            const QRectF slid = slideInside(candidate);
            const QRectF keepClear = slid.adjusted(-request.clearance / 2, -request.clearance / 2,
                                                   request.clearance / 2, request.clearance / 2);
            if (slid != candidate && !keepClear.contains(request.anchor))
                tries.append(slid);
        }
        for (const QRectF& candidate : tries) {
            const double cost = overlap(candidate);
            if (cost < bestCost) {
                best = candidate;
                bestCost = cost;
            }
            if (cost == 0)
                break;
        }
        placed.append(best);
        taken_.append(best);
    }
    return placed;
}

} // namespace pixelchain::ui
