#pragma once
// SoftBrush: the anti-aliased pen of the greyscale canvas. MNIST's digits are scanned strokes
// scaled down with anti-aliasing: dark in the middle, grey at the edges. The brush gives each
// pixel a coverage c ∈ [0, 1] from the distance d (in pixels) of the pixel's centre to the path
// of the pen, with an outer radius r and a soft edge one pixel wide:
//
//   c = 1 for d ≤ r − 1,   c = r − d for r − 1 < d < r,   c = 0 for d ≥ r
//
// One stroke's coverage is the largest over its segments, so a slow drag does not pile ink up in
// one place; drawing then adds 255·c to the image from before the stroke (at most 255) and erasing
// subtracts it (at least 0), so crossing strokes darken each other as ink does.
//
// Positions are in pixel units of the 28×28 field: (0, 0) is its top-left corner and pixel
// (row, col) has its centre at (col + ½, row + ½).
#include "core/image/grey_image.h"

#include <QPointF>
#include <array>

namespace pixelchain::ui {

class SoftBrush {
public:
    /// One stroke's coverage of every pixel, raster order.
    using Coverage = std::array<float, kPixels>;

    /// Brush sizes 1..3 (the toolbar's choice) have outer radii 1.25, 1.75 and 2.25 pixels.
    static constexpr int kMinSize = 1;
    static constexpr int kMaxSize = 3;
    static constexpr int kDefaultSize = 2;

    explicit SoftBrush(int size = kDefaultSize);

    /// Clamped to kMinSize..kMaxSize.
    void setSize(int size);
    int size() const { return size_; }
    /// r, the outer radius in pixels.
    double radius() const;

    /// c at distance `distance` from the pen's path.
    double coverageAt(double distance) const;
    /// Raises `coverage` to this brush's coverage along the segment from → to.
    void sweep(Coverage& coverage, QPointF from, QPointF to) const;

    /// `before` with 255·c added (ink) or subtracted (erasing), clamped to 0..255.
    static GreyImage apply(const GreyImage& before, const Coverage& coverage, bool ink);

private:
    int size_ = kDefaultSize;
};

} // namespace pixelchain::ui
