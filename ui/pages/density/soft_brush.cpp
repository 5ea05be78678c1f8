#include "ui/pages/density/soft_brush.h"

#include <algorithm>
#include <cmath>

namespace pixelchain::ui {
namespace {

constexpr double kSoftEdge = 1.0; // pixels from full ink to none

/// Distance from point p to the segment a → b.
double distanceToSegment(QPointF p, QPointF a, QPointF b) {
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t =
        length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
    const QPointF nearest = a + t * ab;
    return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

} // namespace

SoftBrush::SoftBrush(int size) {
    setSize(size);
}

void SoftBrush::setSize(int size) {
    size_ = std::clamp(size, kMinSize, kMaxSize);
}

double SoftBrush::radius() const {
    return 0.75 + 0.5 * size_;
}

double SoftBrush::coverageAt(double distance) const {
    return std::clamp((radius() - distance) / kSoftEdge, 0.0, 1.0);
}

void SoftBrush::sweep(Coverage& coverage, QPointF from, QPointF to) const {
    if (!std::isfinite(from.x()) || !std::isfinite(from.y()) || !std::isfinite(to.x()) ||
        !std::isfinite(to.y()))
        return;
    // Only the pixels within r of the segment's bounding box can be touched.
    const double r = radius();
    const auto first = [](double v) { return std::clamp(int(std::floor(v)), 0, kSide - 1); };
    const int col0 = first(std::min(from.x(), to.x()) - r);
    const int col1 = first(std::max(from.x(), to.x()) + r);
    const int row0 = first(std::min(from.y(), to.y()) - r);
    const int row1 = first(std::max(from.y(), to.y()) + r);
    for (int row = row0; row <= row1; ++row)
        for (int col = col0; col <= col1; ++col) {
            const double d = distanceToSegment(QPointF(col + 0.5, row + 0.5), from, to);
            float& c = coverage[std::size_t(row * kSide + col)];
            c = std::max(c, float(coverageAt(d)));
        }
}

GreyImage SoftBrush::apply(const GreyImage& before, const Coverage& coverage, bool ink) {
    GreyImage after = before;
    const int top = kGreyLevels - 1;
    for (int i = 0; i < kPixels; ++i) {
        const int amount = int(std::lround(top * coverage[std::size_t(i)]));
        after.set(i, before.at(i) + (ink ? amount : -amount)); // set() clamps to 0..255
    }
    return after;
}

} // namespace pixelchain::ui
