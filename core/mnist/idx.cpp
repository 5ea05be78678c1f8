#include "core/mnist/idx.h"

#include "core/io/atomic_file.h"

#include <filesystem>
#include <fstream>
#include <iterator>

namespace pixelchain::mnist {
namespace {

std::uint32_t bigEndian32(const std::uint8_t* p) {
    return std::uint32_t{p[0]} << 24 | std::uint32_t{p[1]} << 16 | std::uint32_t{p[2]} << 8 | p[3];
}

void putBigEndian32(std::string& out, std::uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(static_cast<char>((v >> shift) & 0xFF));
}

std::vector<std::uint8_t> slurp(const std::string& path) {
    // A folder opens like a file but fails on the first read, with an exception of the stream's
    // own that would not name the file: refuse anything but a regular file first.
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status))
        throw IdxError(path + " is not a regular file");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw IdxError("cannot open " + path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

GreyImages parseImages(const std::uint8_t* data, std::size_t size) {
    if (size < 16)
        throw IdxError("too short for an IDX image header (" + std::to_string(size) + " bytes)");
    if (bigEndian32(data) != 0x00000803)
        throw IdxError("not an IDX image file (magic number is not 0x00000803)");
    GreyImages images;
    images.count = bigEndian32(data + 4);
    const std::uint32_t rows = bigEndian32(data + 8), cols = bigEndian32(data + 12);
    if (rows == 0 || cols == 0 || rows > 4096 || cols > 4096)
        throw IdxError("implausible image size " + std::to_string(rows) + "×" +
                       std::to_string(cols));
    images.rows = static_cast<int>(rows);
    images.cols = static_cast<int>(cols);
    const std::size_t expected = images.count * rows * cols;
    if (size - 16 != expected)
        throw IdxError("the header promises " + std::to_string(images.count) + " images of " +
                       std::to_string(rows) + "×" + std::to_string(cols) + " (" +
                       std::to_string(expected) + " bytes) but the file holds " +
                       std::to_string(size - 16) + " bytes (truncated or damaged)");
    images.pixels.assign(data + 16, data + size);
    return images;
}

std::vector<std::uint8_t> parseLabels(const std::uint8_t* data, std::size_t size) {
    if (size < 8)
        throw IdxError("too short for an IDX label header");
    if (bigEndian32(data) != 0x00000801)
        throw IdxError("not an IDX label file (magic number is not 0x00000801)");
    const std::size_t count = bigEndian32(data + 4);
    if (size - 8 != count)
        throw IdxError("the header promises " + std::to_string(count) +
                       " labels but the file holds " + std::to_string(size - 8));
    return {data + 8, data + size};
}

GreyImages readImages(const std::string& path) {
    const auto bytes = slurp(path);
    try {
        return parseImages(bytes.data(), bytes.size());
    } catch (const IdxError& e) {
        throw IdxError(path + ": " + e.what());
    }
}

std::vector<std::uint8_t> readLabels(const std::string& path) {
    const auto bytes = slurp(path);
    try {
        return parseLabels(bytes.data(), bytes.size());
    } catch (const IdxError& e) {
        throw IdxError(path + ": " + e.what());
    }
}

void writeImages(const std::string& path, const GreyImages& images) {
    std::string out;
    out.reserve(16 + images.pixels.size());
    putBigEndian32(out, 0x00000803);
    putBigEndian32(out, static_cast<std::uint32_t>(images.count));
    putBigEndian32(out, static_cast<std::uint32_t>(images.rows));
    putBigEndian32(out, static_cast<std::uint32_t>(images.cols));
    out.append(images.pixels.begin(), images.pixels.end());
    io::writeFileAtomically(path, out);
}

} // namespace pixelchain::mnist
