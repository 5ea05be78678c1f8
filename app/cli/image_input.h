#pragma once
// Reads the one 28×28 image a command scores: a PNG or one image of an IDX3 file, thresholded at
// 50% grey as the canvas prepares a drawing (or kept grey for a greyscale model).
#include "core/image/grey_image.h"

#include <string>

namespace pixelchain::cli {

/// FILE.png (28×28, bright ink on dark as in MNIST) or image `index` of an IDX3 file; throws
/// std::runtime_error naming the problem.
BinaryImage readImage(const std::string& path, std::size_t index);
/// The same image with its 8-bit grey values, for a model of greyscale digits.
GreyImage readGreyImage(const std::string& path, std::size_t index);

} // namespace pixelchain::cli
