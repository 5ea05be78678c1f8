// make_gallery: writes the Density page's gallery of real digits, the first ten test digits of
// each class in the official MNIST test file, grouped by class (0…9), grey values kept:
//   gallery-idx3-ubyte (100 × 28 × 28) and gallery-labels-idx1-ubyte (100 labels).
// Usage: make_gallery MNIST_FOLDER OUTPUT_FOLDER
#include "core/mnist/idx.h"

#include <cstdio>
#include <exception>
#include <fstream>
#include <vector>

namespace {

constexpr int kPerClass = 10;
constexpr int kClasses = 10;

void writeLabels(const std::string& path, const std::vector<std::uint8_t>& labels) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    auto bigEndian = [&out](std::uint32_t v) {
        const char bytes[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
        out.write(bytes, 4);
    };
    bigEndian(0x00000801);
    bigEndian(static_cast<std::uint32_t>(labels.size()));
    out.write(reinterpret_cast<const char*>(labels.data()), std::streamsize(labels.size()));
    if (!out)
        throw std::runtime_error("cannot write " + path);
}

} // namespace

int main(int argc, char* argv[]) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: make_gallery MNIST_FOLDER OUTPUT_FOLDER\n");
        return 2;
    }
    try {
        const std::string in = argv[1], out = argv[2];
        const auto images = pixelchain::mnist::readImages(in + "/t10k-images-idx3-ubyte");
        const auto labels = pixelchain::mnist::readLabels(in + "/t10k-labels-idx1-ubyte");
        pixelchain::mnist::GreyImages gallery{0, images.rows, images.cols, {}};
        std::vector<std::uint8_t> galleryLabels;
        const std::size_t size = std::size_t(images.rows) * images.cols;
        for (int digit = 0; digit < kClasses; ++digit) {
            int taken = 0;
            for (std::size_t n = 0; n < images.count && taken < kPerClass; ++n) {
                if (labels[n] != digit)
                    continue;
                gallery.pixels.insert(gallery.pixels.end(), images.image(n),
                                      images.image(n) + size);
                galleryLabels.push_back(labels[n]);
                ++taken;
            }
        }
        gallery.count = galleryLabels.size();
        pixelchain::mnist::writeImages(out + "/gallery-idx3-ubyte", gallery);
        writeLabels(out + "/gallery-labels-idx1-ubyte", galleryLabels);
        std::printf("wrote %zu digits\n", gallery.count);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "make_gallery: %s\n", e.what());
        return 1;
    }
    return 0;
}
