#include "core/image/normalize.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace pixelchain {
namespace {

struct InkBox {
    int top = kSide, left = kSide, bottom = -1, right = -1; // inclusive bounds
    int width() const { return right - left + 1; }
    int height() const { return bottom - top + 1; }
    bool empty() const { return bottom < 0; }
};

InkBox inkBox(const BinaryImage& image) {
    InkBox box;
    for (int i = 0; i < kPixels; ++i) {
        if (!image.at(i))
            continue;
        box.top = std::min(box.top, i / kSide);
        box.bottom = std::max(box.bottom, i / kSide);
        box.left = std::min(box.left, i % kSide);
        box.right = std::max(box.right, i % kSide);
    }
    return box;
}

/// Ink coverage of each pixel of the scaled box, rows × cols, row-major.
struct Coverage {
    int rows = 0, cols = 0;
    std::vector<double> values;
    double& at(int r, int c) { return values[static_cast<std::size_t>(r * cols + c)]; }
};

/// Adds the square [x0, x0 + s) × [y0, y0 + s) to the coverage, split over the cells it overlaps.
void addSquare(Coverage& cover, double x0, double y0, double s) {
    const double x1 = x0 + s, y1 = y0 + s;
    const int lastCol = std::min(cover.cols, static_cast<int>(std::ceil(x1))) - 1;
    const int lastRow = std::min(cover.rows, static_cast<int>(std::ceil(y1))) - 1;
    for (int r = static_cast<int>(std::floor(y0)); r <= lastRow; ++r) {
        const double dy = std::min(y1, r + 1.0) - std::max(y0, double(r));
        for (int c = static_cast<int>(std::floor(x0)); c <= lastCol; ++c) {
            const double dx = std::min(x1, c + 1.0) - std::max(x0, double(c));
            if (dx > 0 && dy > 0)
                cover.at(r, c) += dx * dy;
        }
    }
}

Coverage scaleIntoBox(const BinaryImage& image, const InkBox& box) {
    const double s = double(kNormalizeBox) / std::max(box.width(), box.height());
    constexpr double kSlack = 1e-9; // 20.000000001 must not open a 21st column
    Coverage cover;
    cover.cols = static_cast<int>(std::ceil(box.width() * s - kSlack));
    cover.rows = static_cast<int>(std::ceil(box.height() * s - kSlack));
    cover.values.assign(static_cast<std::size_t>(cover.rows * cover.cols), 0.0);
    for (int r = box.top; r <= box.bottom; ++r)
        for (int c = box.left; c <= box.right; ++c)
            if (image.at(r, c))
                addSquare(cover, (c - box.left) * s, (r - box.top) * s, s);
    return cover;
}

} // namespace

InkCentre inkCentre(const BinaryImage& image) {
    double sumX = 0, sumY = 0;
    int ink = 0;
    for (int i = 0; i < kPixels; ++i) {
        if (image.at(i)) {
            sumX += i % kSide + 0.5;
            sumY += i / kSide + 0.5;
            ++ink;
        }
    }
    if (ink == 0)
        return {};
    return {sumX / ink, sumY / ink};
}

BinaryImage normalizeLikeMnist(const BinaryImage& image) {
    const InkBox box = inkBox(image);
    if (box.empty())
        return image;
    Coverage cover = scaleIntoBox(image, box);
    double mass = 0, sumX = 0, sumY = 0;
    for (int r = 0; r < cover.rows; ++r)
        for (int c = 0; c < cover.cols; ++c) {
            const double g = cover.at(r, c);
            mass += g;
            sumX += g * (c + 0.5);
            sumY += g * (r + 0.5);
        }
    const int shiftX = static_cast<int>(std::lround(kSide / 2.0 - sumX / mass));
    const int shiftY = static_cast<int>(std::lround(kSide / 2.0 - sumY / mass));
    BinaryImage out;
    for (int r = 0; r < cover.rows; ++r)
        for (int c = 0; c < cover.cols; ++c) {
            const int row = r + shiftY, col = c + shiftX;
            if (row >= 0 && row < kSide && col >= 0 && col < kSide &&
                cover.at(r, c) >= kNormalizeCoverage - 1e-9)
                out.set(row, col, true);
        }
    return out;
}

} // namespace pixelchain
