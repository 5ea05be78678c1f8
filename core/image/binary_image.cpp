#include "core/image/binary_image.h"

#include <numeric>

namespace pixelchain {

int BinaryImage::count() const {
    return std::accumulate(bits_.begin(), bits_.end(), 0);
}

BinaryImage BinaryImage::fromGrey(const std::uint8_t* grey) {
    BinaryImage image;
    for (int i = 0; i < kPixels; ++i)
        image.set(i, grey[i] >= 128);
    return image;
}

std::string BinaryImage::toText() const {
    std::string text;
    text.reserve(kPixels + kSide);
    for (int r = 0; r < kSide; ++r) {
        for (int c = 0; c < kSide; ++c)
            text.push_back(at(r, c) ? '#' : '.');
        text.push_back('\n');
    }
    return text;
}

} // namespace pixelchain
