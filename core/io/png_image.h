#pragma once
// PNG files of grey images through libpng's simplified API. PixelChain follows MNIST's
// convention everywhere: ink is bright (255), background dark (0); a pixel is on at ≥ 128.
#include <cstdint>
#include <string>
#include <vector>

namespace pixelchain::io {

struct GreyImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels; // row-major, 0..255
};

/// PNG bytes of a grey image.
std::string encodePng(const GreyImage& image);
/// Any PNG converted to 8-bit grey (alpha composited onto black); throws FormatError.
GreyImage decodePng(const std::string& bytes);

} // namespace pixelchain::io
