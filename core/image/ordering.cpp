#include "core/image/ordering.h"

#include "core/image/binary_image.h"

#include <algorithm>
#include <random>

namespace pixelchain {

Ordering::Ordering(std::vector<int> pixels, std::string name)
    : pixels_(std::move(pixels))
    , positions_(kPixels, -1)
    , name_(std::move(name)) {
    if (pixels_.size() != static_cast<std::size_t>(kPixels))
        throw std::invalid_argument("an ordering must list all 784 pixels, got " +
                                    std::to_string(pixels_.size()));
    for (int j = 0; j < kPixels; ++j) {
        const int p = pixels_[static_cast<std::size_t>(j)];
        if (p < 0 || p >= kPixels)
            throw std::invalid_argument("ordering entry " + std::to_string(p) +
                                        " is not a pixel index 0..783");
        if (positions_[static_cast<std::size_t>(p)] >= 0)
            throw std::invalid_argument("ordering visits pixel " + std::to_string(p) + " twice");
        positions_[static_cast<std::size_t>(p)] = j;
    }
}

Ordering Ordering::raster() {
    std::vector<int> pixels(kPixels);
    for (int j = 0; j < kPixels; ++j)
        pixels[static_cast<std::size_t>(j)] = j;
    return Ordering(std::move(pixels), "raster");
}

Ordering Ordering::column() {
    std::vector<int> pixels;
    pixels.reserve(kPixels);
    for (int c = 0; c < kSide; ++c)
        for (int r = 0; r < kSide; ++r)
            pixels.push_back(r * kSide + c);
    return Ordering(std::move(pixels), "column");
}

Ordering Ordering::spiral() {
    // Walk outward from the centre: right 1, down 1, left 2, up 2, right 3, … keeping the cells
    // that fall inside the image, until all 784 are visited.
    std::vector<int> pixels;
    pixels.reserve(kPixels);
    int r = kSide / 2 - 1, c = kSide / 2 - 1;
    const int dr[] = {0, 1, 0, -1}, dc[] = {1, 0, -1, 0};
    auto visit = [&] {
        if (r >= 0 && r < kSide && c >= 0 && c < kSide)
            pixels.push_back(r * kSide + c);
    };
    visit();
    for (int leg = 0; pixels.size() < static_cast<std::size_t>(kPixels); ++leg) {
        const int length = leg / 2 + 1;
        for (int s = 0; s < length; ++s) {
            r += dr[leg % 4];
            c += dc[leg % 4];
            visit();
        }
    }
    return Ordering(std::move(pixels), "spiral");
}

Ordering Ordering::random(std::uint64_t seed) {
    std::vector<int> pixels(kPixels);
    for (int j = 0; j < kPixels; ++j)
        pixels[static_cast<std::size_t>(j)] = j;
    // Fisher–Yates with an explicit generator, so the permutation is the same on every platform.
    std::mt19937_64 engine(seed);
    for (int j = kPixels - 1; j > 0; --j) {
        const auto k = static_cast<int>(engine() % static_cast<std::uint64_t>(j + 1));
        std::swap(pixels[static_cast<std::size_t>(j)], pixels[static_cast<std::size_t>(k)]);
    }
    return Ordering(std::move(pixels), "random:" + std::to_string(seed));
}

Ordering Ordering::custom(std::vector<int> pixels) {
    return Ordering(std::move(pixels), "custom");
}

Ordering Ordering::parse(const std::string& name) {
    if (name == "raster")
        return raster();
    if (name == "column")
        return column();
    if (name == "spiral")
        return spiral();
    if (name.rfind("random:", 0) == 0) {
        const std::string digits = name.substr(7);
        if (digits.empty() || digits.size() > 19 ||
            !std::all_of(digits.begin(), digits.end(),
                         [](char ch) { return ch >= '0' && ch <= '9'; }))
            throw std::invalid_argument("random ordering needs a seed: random:SEED, got '" + name +
                                        "'");
        return random(std::stoull(digits));
    }
    throw std::invalid_argument("unknown ordering '" + name +
                                "' (use raster, column, spiral or random:SEED)");
}

} // namespace pixelchain
