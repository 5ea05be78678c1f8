#pragma once
// Degenerate 28×28 images that several tests score: a checkerboard (every pixel disagrees with its
// neighbours) and a full canvas.
#include "core/image/binary_image.h"

namespace pixelchain::testimages {

inline BinaryImage checkerboard() {
    BinaryImage image;
    for (int i = 0; i < kPixels; ++i)
        image.set(i, (i / kSide + i % kSide) % 2 == 0);
    return image;
}

inline BinaryImage allOn() {
    BinaryImage image;
    for (int i = 0; i < kPixels; ++i)
        image.set(i, true);
    return image;
}

} // namespace pixelchain::testimages
