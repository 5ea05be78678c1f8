#pragma once
// Stochastic binarization of grey MNIST digits: pixel i is on with probability grey_i / 255.
//
// Draw r of image n uses the counter-based uniforms u(seed, r·N + n, i), so every draw is
// reproducible and independent of threading. Evaluation always uses kEvaluationSeed and draw 0
// (one fixed test set for every model); training redraws every epoch (dynamic binarization).
#include "core/image/binary_image.h"
#include "core/image/ordering.h"
#include "core/mnist/idx.h"

#include <cstdint>
#include <vector>

namespace pixelchain::mnist {

inline constexpr std::uint64_t kEvaluationSeed = 2011;

/// Binary images, `count` rows of 784 bytes (0/1). Each row is laid out in a model's sampling
/// order (byte j is pixel ordering.pixel(j)) so that models read it front to back.
struct BinarySet {
    std::size_t count = 0;
    std::vector<std::uint8_t> bits;

    const std::uint8_t* row(std::size_t n) const { return bits.data() + n * kPixels; }
};

/// Binarizes images [first, first + count) of `grey` (28×28 each) with draw `round`, laid out
/// in `ordering`. Uses all threads given; the result does not depend on their number.
BinarySet binarize(const GreyImages& grey, std::size_t first, std::size_t count,
                   const Ordering& ordering, std::uint64_t seed, std::uint64_t round,
                   int threads = 1);

/// One image binarized with the uniforms of `stream` (binarize uses stream = round·N + index).
BinaryImage binarizeImage(const std::uint8_t* grey, std::uint64_t seed, std::uint64_t stream);

/// A row of a BinarySet back in raster order.
BinaryImage toImage(const std::uint8_t* row, const Ordering& ordering);
/// An image laid out as a row in sampling order (784 bytes written to `row`).
void toRow(const BinaryImage& image, const Ordering& ordering, std::uint8_t* row);

/// MNIST as PixelChain uses it: 50,000 training and 10,000 validation images (the last 10,000
/// of the official training file), and the 10,000 test images.
struct Mnist {
    GreyImages train; ///< the full 60,000 training file; first kTrainCount are for training
    std::vector<std::uint8_t> trainLabels; ///< the digit of each of the 60,000
    GreyImages test;
    std::vector<std::uint8_t> testLabels;
    std::string trainSha256; ///< of train-images-idx3-ubyte, recorded in model files
    /// Where the kValidationCount held-out images start in `train`; the images before it are
    /// for training. kTrainCount for the official file; a compact subset that keeps fewer
    /// training digits and the same held-out ones puts them right after those.
    std::size_t validationFirst = 50000;
};
inline constexpr std::size_t kTrainCount = 50000;
inline constexpr std::size_t kValidationCount = 10000;

/// The held-out images binarized as every validation figure is: seed kEvaluationSeed, draw 0,
/// with the uniforms they have in the official file (streams kTrainCount + k) wherever
/// `validationFirst` puts them, so a compact subset validates on exactly the same binary digits.
BinarySet binarizeHeldOut(const Mnist& mnist, const Ordering& ordering, int threads = 1);

/// Reads the four IDX files from `folder`; throws IdxError when one is missing or damaged.
Mnist loadMnist(const std::string& folder);

} // namespace pixelchain::mnist
