#include "core/io/png_image.h"

#include "core/io/safetensors.h"

#include <cstring>
#include <png.h>

namespace pixelchain::io {

std::string encodePng(const GreyImage& image) {
    png_image png;
    std::memset(&png, 0, sizeof png);
    png.version = PNG_IMAGE_VERSION;
    png.width = static_cast<png_uint_32>(image.width);
    png.height = static_cast<png_uint_32>(image.height);
    png.format = PNG_FORMAT_GRAY;
    png_alloc_size_t size = 0;
    if (!png_image_write_to_memory(&png, nullptr, &size, 0, image.pixels.data(), 0, nullptr))
        throw FormatError(std::string("cannot encode PNG: ") + png.message);
    std::string bytes(size, '\0');
    if (!png_image_write_to_memory(&png, bytes.data(), &size, 0, image.pixels.data(), 0, nullptr))
        throw FormatError(std::string("cannot encode PNG: ") + png.message);
    bytes.resize(size);
    return bytes;
}

GreyImage decodePng(const std::string& bytes) {
    png_image png;
    std::memset(&png, 0, sizeof png);
    png.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_memory(&png, bytes.data(), bytes.size()))
        throw FormatError(std::string("not a readable PNG: ") + png.message);
    if (png.width == 0 || png.height == 0 || png.width > 8192 || png.height > 8192) {
        png_image_free(&png);
        throw FormatError("PNG size out of range");
    }
    png.format = PNG_FORMAT_GRAY;
    GreyImage image;
    image.width = static_cast<int>(png.width);
    image.height = static_cast<int>(png.height);
    image.pixels.resize(PNG_IMAGE_SIZE(png));
    const png_color black{0, 0, 0};
    if (!png_image_finish_read(&png, &black, image.pixels.data(), 0, nullptr))
        throw FormatError(std::string("damaged PNG: ") + png.message);
    return image;
}

} // namespace pixelchain::io
