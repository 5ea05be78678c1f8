#pragma once
// The IDX files MNIST is distributed in: a big-endian header (magic 0x00000803 for images,
// 0x00000801 for labels, then one 32-bit size per dimension) followed by unsigned bytes.
// Reading checks the magic, the dimensions and that the file holds exactly the bytes promised.
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace pixelchain::mnist {

class IdxError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Grey images, 0 (background) .. 255 (ink), each rows × cols in raster order.
struct GreyImages {
    std::size_t count = 0;
    int rows = 0;
    int cols = 0;
    std::vector<std::uint8_t> pixels;

    const std::uint8_t* image(std::size_t i) const { return pixels.data() + i * rows * cols; }
};

/// Parses an IDX3 image file held in memory; throws IdxError with the reason.
GreyImages parseImages(const std::uint8_t* data, std::size_t size);
/// Parses an IDX1 label file held in memory; throws IdxError with the reason.
std::vector<std::uint8_t> parseLabels(const std::uint8_t* data, std::size_t size);

/// Reads an IDX3 image file; throws IdxError naming the file.
GreyImages readImages(const std::string& path);
/// Reads an IDX1 label file; throws IdxError naming the file.
std::vector<std::uint8_t> readLabels(const std::string& path);

/// Writes images as an IDX3 file (atomically: a temporary file renamed over the target).
void writeImages(const std::string& path, const GreyImages& images);

} // namespace pixelchain::mnist
