// Seeds of fuzz_png: PNG files written by core's encoder (grey) and by libpng's simplified writer
// in the other layouts an imported drawing may come in (RGB, RGBA, grey with alpha, 16-bit grey,
// a palette), and near-misses: truncated, a broken checksum, a width of 0 or above the 8192 limit.
#include "core/image/binary_image.h"
#include "core/io/png_image.h"
#include "seed_folder.h"

#include <cstring>
#include <png.h>
#include <stdexcept>
#include <vector>
#include <zlib.h>

namespace pixelchain::fuzz {
namespace {

/// A width × height grey ring, bright on black as in MNIST.
io::GreyImage ring(int width, int height) {
    io::GreyImage image{width, height, {}};
    for (int r = 0; r < height; ++r)
        for (int c = 0; c < width; ++c) {
            const double dr = r + 0.5 - height / 2.0, dc = c + 0.5 - width / 2.0;
            const double d2 = (dr * dr + dc * dc) * 64 / (width * width + height * height);
            image.pixels.push_back(d2 > 4 && d2 < 9 ? 255 : 0);
        }
    return image;
}

/// A 28×28 PNG in libpng `format`, each channel of each pixel a byte (or two when linear).
std::string writeFormat(png_uint_32 format, const void* pixels, const void* colormap = nullptr,
                        int colors = 0) {
    png_image png;
    std::memset(&png, 0, sizeof png);
    png.version = PNG_IMAGE_VERSION;
    png.width = kSide;
    png.height = kSide;
    png.format = format;
    png.colormap_entries = static_cast<png_uint_32>(colors);
    png_alloc_size_t size = 0;
    if (!png_image_write_to_memory(&png, nullptr, &size, 0, pixels, 0, colormap))
        throw std::runtime_error(std::string("libpng: ") + png.message);
    std::string bytes(size, '\0');
    if (!png_image_write_to_memory(&png, bytes.data(), &size, 0, pixels, 0, colormap))
        throw std::runtime_error(std::string("libpng: ") + png.message);
    bytes.resize(size);
    return bytes;
}

/// Each grey pixel of the ring repeated into `channels` bytes, the last one `last` when given.
std::vector<std::uint8_t> channels(int count, int last = -1) {
    const io::GreyImage grey = ring(kSide, kSide);
    std::vector<std::uint8_t> out;
    for (std::size_t i = 0; i < grey.pixels.size(); ++i)
        for (int k = 0; k < count; ++k)
            out.push_back(k == count - 1 && last >= 0 ? static_cast<std::uint8_t>(i * last % 256)
                                                      : grey.pixels[i]);
    return out;
}

std::string putBigEndian32(std::string bytes, std::size_t at, std::uint32_t v) {
    for (int k = 0; k < 4; ++k)
        bytes[at + static_cast<std::size_t>(k)] = static_cast<char>((v >> (24 - 8 * k)) & 0xFF);
    return bytes;
}

/// The PNG with its IHDR width changed and the chunk's CRC made right again, so that the decoder
/// has to refuse the size itself.
std::string withWidth(const std::string& png, std::uint32_t width) {
    std::string bytes = putBigEndian32(png, 16, width);
    const auto* chunk = reinterpret_cast<const Bytef*>(bytes.data() + 12);
    return putBigEndian32(bytes, 29, static_cast<std::uint32_t>(crc32(0, chunk, 17)));
}

} // namespace

void writePngSeeds(const SeedFolder& folder) {
    const std::string digit = io::encodePng(ring(kSide, kSide));
    folder.write("grey-28x28.png", digit);
    folder.write("grey-28x28-blank.png",
                 io::encodePng({kSide, kSide, std::vector<std::uint8_t>(kPixels)}));
    folder.write("grey-1x1.png", io::encodePng({1, 1, {200}}));
    folder.write("grey-5x3.png", io::encodePng(ring(5, 3)));
    folder.write("grey-56x56.png", io::encodePng(ring(56, 56)));
    folder.write("rgb.png", writeFormat(PNG_FORMAT_RGB, channels(3).data()));
    folder.write("rgba.png", writeFormat(PNG_FORMAT_RGBA, channels(4, 37).data()));
    folder.write("grey-alpha.png", writeFormat(PNG_FORMAT_GA, channels(2, 91).data()));
    std::vector<std::uint16_t> deep;
    for (const std::uint8_t v : channels(1))
        deep.push_back(static_cast<std::uint16_t>(v * 257));
    folder.write("grey-16bit.png", writeFormat(PNG_FORMAT_LINEAR_Y, deep.data()));
    std::vector<std::uint8_t> indices;
    for (const std::uint8_t v : channels(1))
        indices.push_back(v ? 3 : static_cast<std::uint8_t>(indices.size() % 3));
    const std::uint8_t palette[] = {0, 0, 0, 40, 0, 80, 0, 90, 30, 250, 250, 240};
    folder.write("palette.png", writeFormat(PNG_FORMAT_RGB_COLORMAP, indices.data(), palette, 4));

    folder.write("near-truncated.png", digit.substr(0, digit.size() / 2));
    std::string broken = digit;
    broken[broken.size() - 20] ^= 0x40; // inside the image data: its CRC no longer matches
    folder.write("near-bad-checksum.png", broken);
    folder.write("near-width-0.png", withWidth(digit, 0));
    folder.write("near-width-9000.png", withWidth(digit, 9000));
    folder.write("near-signature-only.png", digit.substr(0, 8));
}

} // namespace pixelchain::fuzz
