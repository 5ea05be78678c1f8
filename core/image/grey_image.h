#pragma once
// GreyImage: a 28×28 image of 8-bit grey values v ∈ {0..255}, as MNIST stores its digits, in
// raster order. A continuous model sees each value dequantized into the unit interval,
//
//   y = (v + u) / 256,   u ∈ [0, 1)
//
// with u drawn afresh for training, and u = ½ (the bin centre) for scoring a given image, so the
// score of a drawing is deterministic. A density over y in [0, 1]^784 converts to the discrete
// 8-bit data by the width of a bin, 1/256 per pixel: that is why bits per dimension of the 8-bit
// data are −log p(y) / (784 ln 2) + 8.
#include "core/image/binary_image.h"

#include <array>
#include <cstdint>

namespace pixelchain {

inline constexpr int kGreyLevels = 256;
/// u of the bin centre.
inline constexpr double kBinCentre = 0.5;

/// y = (v + u) / 256.
inline double dequantize(int value, double u = kBinCentre) {
    return (value + u) / kGreyLevels;
}
/// The 8-bit value whose bin holds y (y outside [0, 1) is clamped to 0 or 255).
int quantize(double y);
/// −log p(y) / (784 ln 2) + 8 for a log density in nats over [0, 1]^784.
double bitsPerDimension(double logDensity);

class GreyImage {
public:
    GreyImage() { values_.fill(0); }

    int at(int index) const { return values_[static_cast<std::size_t>(index)]; }
    int at(int row, int col) const { return at(row * kSide + col); }
    /// Sets a value, clamped to 0..255.
    void set(int index, int value);
    void set(int row, int col, int value) { set(row * kSide + col, value); }
    /// y of pixel `index` at the bin centre.
    double dequantized(int index) const { return dequantize(at(index)); }

    /// Raw bytes, raster order.
    const std::uint8_t* data() const { return values_.data(); }
    static GreyImage fromBytes(const std::uint8_t* grey);
    /// Black (0) and white (255) from a binary image.
    static GreyImage fromBinary(const BinaryImage& image);

    friend bool operator==(const GreyImage&, const GreyImage&) = default;

private:
    std::array<std::uint8_t, kPixels> values_{};
};

} // namespace pixelchain
