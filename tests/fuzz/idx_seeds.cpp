// Seeds of fuzz_idx: IDX image and label files written the way MNIST's are, and near-misses
// (a byte short, a byte long, the other magic number, an empty dimension).
#include "core/image/binary_image.h"
#include "core/mnist/idx.h"
#include "seed_folder.h"

#include <cstdint>

namespace pixelchain::fuzz {
namespace {

void putBigEndian32(std::string& out, std::uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(static_cast<char>((v >> shift) & 0xFF));
}

/// An IDX3 header followed by `count` images of rows × cols, each a bright disc on black.
std::string images(std::uint32_t count, std::uint32_t rows, std::uint32_t cols) {
    std::string out;
    for (const std::uint32_t v : {0x00000803u, count, rows, cols})
        putBigEndian32(out, v);
    for (std::uint32_t n = 0; n < count; ++n)
        for (std::uint32_t r = 0; r < rows; ++r)
            for (std::uint32_t c = 0; c < cols; ++c) {
                const double dr = r + 0.5 - rows / 2.0, dc = c + 0.5 - cols / 2.0;
                const double radius = (1 + n % 3) * rows / 8.0;
                out.push_back(static_cast<char>(dr * dr + dc * dc < radius * radius ? 255 : 0));
            }
    return out;
}

/// An IDX1 header followed by the labels 0, 1, …, count − 1 (mod 10).
std::string labels(std::uint32_t count) {
    std::string out;
    putBigEndian32(out, 0x00000801);
    putBigEndian32(out, count);
    for (std::uint32_t n = 0; n < count; ++n)
        out.push_back(static_cast<char>(n % 10));
    return out;
}

std::string withMagic(std::string bytes, std::uint32_t magic) {
    std::string head;
    putBigEndian32(head, magic);
    return bytes.replace(0, 4, head);
}

} // namespace

void writeIdxSeeds(const SeedFolder& folder) {
    const std::string two = images(2, kSide, kSide);
    folder.write("images-2x28x28.idx", two);
    folder.write("images-0.idx", images(0, kSide, kSide));
    folder.write("images-3x5x4.idx", images(3, 5, 4));
    folder.write("labels-10.idx", labels(10));
    folder.write("labels-0.idx", labels(0));
    folder.write("near-images-byte-short.idx", two.substr(0, two.size() - 1));
    folder.write("near-images-byte-long.idx", two + '\0');
    folder.write("near-images-label-magic.idx", withMagic(two, 0x00000801));
    folder.write("near-images-zero-rows.idx", images(1, 0, kSide));
    folder.write("near-images-header-short.idx", two.substr(0, 15));
    folder.write("near-labels-image-magic.idx", withMagic(labels(10), 0x00000803));
    folder.write("near-labels-byte-long.idx", labels(10) + '\x07');
}

} // namespace pixelchain::fuzz
