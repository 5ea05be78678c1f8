#include "core/image/grey_image.h"

#include <algorithm>
#include <cmath>

namespace pixelchain {

int quantize(double y) {
    if (!(y >= 0)) // also NaN
        return 0;
    return std::min(kGreyLevels - 1, static_cast<int>(y * kGreyLevels));
}

double bitsPerDimension(double logDensity) {
    return -logDensity / (kPixels * std::log(2.0)) + std::log2(double(kGreyLevels));
}

void GreyImage::set(int index, int value) {
    values_[static_cast<std::size_t>(index)] =
        static_cast<std::uint8_t>(std::clamp(value, 0, kGreyLevels - 1));
}

GreyImage GreyImage::fromBytes(const std::uint8_t* grey) {
    GreyImage image;
    std::copy_n(grey, kPixels, image.values_.begin());
    return image;
}

GreyImage GreyImage::fromBinary(const BinaryImage& image) {
    GreyImage grey;
    for (int i = 0; i < kPixels; ++i)
        grey.set(i, image.at(i) ? kGreyLevels - 1 : 0);
    return grey;
}

} // namespace pixelchain
