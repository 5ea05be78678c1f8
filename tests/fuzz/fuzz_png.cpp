// libFuzzer target: PNG import (core/io/png_image.h), the way a drawing is opened on the Density
// page and by `pixelchain-cli density`. The bytes are refused with a FormatError, or they give a
// grey image whose pixel count matches its size, that encodes and decodes back exactly, and that,
// when it is 28×28, becomes a drawing the MNIST normalization accepts.
#include "core/image/normalize.h"
#include "core/io/png_image.h"
#include "core/io/safetensors.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace pixelchain;
    io::GreyImage grey;
    try {
        grey = io::decodePng(std::string(reinterpret_cast<const char*>(data), size));
    } catch (const io::FormatError&) {
        return 0;
    }
    if (grey.width < 1 || grey.height < 1 ||
        grey.pixels.size() != static_cast<std::size_t>(grey.width) * grey.height)
        std::abort();
    if (io::decodePng(io::encodePng(grey)).pixels != grey.pixels)
        std::abort();
    if (grey.width == kSide && grey.height == kSide) {
        const BinaryImage drawing = BinaryImage::fromGrey(grey.pixels.data());
        const BinaryImage normalized = normalizeLikeMnist(drawing);
        if ((drawing.count() == 0) != (normalized.count() == 0))
            std::abort();
    }
    return 0;
}
