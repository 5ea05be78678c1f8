#include "app/cli/image_input.h"

#include "core/io/atomic_file.h"
#include "core/io/png_image.h"
#include "core/mnist/idx.h"

#include <stdexcept>

namespace pixelchain::cli {

GreyImage readGreyImage(const std::string& path, std::size_t index) {
    if (path.size() >= 4 && path.compare(path.size() - 4, 4, ".png") == 0) {
        const io::GreyImage grey = io::decodePng(io::readFile(path, 64u << 20));
        if (grey.width != kSide || grey.height != kSide)
            throw std::runtime_error(path + " is " + std::to_string(grey.width) + "×" +
                                     std::to_string(grey.height) + ", expected 28×28");
        return GreyImage::fromBytes(grey.pixels.data());
    }
    const mnist::GreyImages images = mnist::readImages(path);
    if (images.rows != kSide || images.cols != kSide)
        throw std::runtime_error(path + " does not hold 28×28 images");
    if (index >= images.count)
        throw std::runtime_error(path + " holds " + std::to_string(images.count) +
                                 " images; --index " + std::to_string(index) + " is past the end");
    return GreyImage::fromBytes(images.image(index));
}

BinaryImage readImage(const std::string& path, std::size_t index) {
    return BinaryImage::fromGrey(readGreyImage(path, index).data());
}

} // namespace pixelchain::cli
