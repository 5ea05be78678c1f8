#include "core/mnist/binarize.h"

#include "core/io/sha256.h"
#include "core/sampling/uniform.h"

#include <omp.h>

namespace pixelchain::mnist {

namespace {

/// Images [first, first + count) of `grey` with the uniforms of streams streamFirst + k.
BinarySet binarizeStreams(const GreyImages& grey, std::size_t first, std::size_t count,
                          const Ordering& ordering, std::uint64_t seed, std::uint64_t streamFirst,
                          int threads) {
    if (grey.rows != kSide || grey.cols != kSide)
        throw IdxError("expected 28×28 images, got " + std::to_string(grey.rows) + "×" +
                       std::to_string(grey.cols));
    if (first + count > grey.count)
        throw IdxError("asked for images beyond the end of the file");
    BinarySet set;
    set.count = count;
    set.bits.resize(count * kPixels);
    const auto n = static_cast<std::int64_t>(count);
#pragma omp parallel for schedule(static) num_threads(threads)
    for (std::int64_t k = 0; k < n; ++k) {
        const BinaryImage image = binarizeImage(grey.image(first + static_cast<std::size_t>(k)),
                                                seed, streamFirst + static_cast<std::uint64_t>(k));
        toRow(image, ordering, set.bits.data() + k * kPixels);
    }
    return set;
}

} // namespace

BinarySet binarize(const GreyImages& grey, std::size_t first, std::size_t count,
                   const Ordering& ordering, std::uint64_t seed, std::uint64_t round, int threads) {
    return binarizeStreams(grey, first, count, ordering, seed, round * grey.count + first, threads);
}

BinarySet binarizeHeldOut(const Mnist& mnist, const Ordering& ordering, int threads) {
    return binarizeStreams(mnist.train, mnist.validationFirst, kValidationCount, ordering,
                           kEvaluationSeed, kTrainCount, threads);
}

BinaryImage binarizeImage(const std::uint8_t* grey, std::uint64_t seed, std::uint64_t stream) {
    BinaryImage image;
    for (int i = 0; i < kPixels; ++i)
        image.set(i, uniformAt(seed, stream, static_cast<std::uint64_t>(i)) * 255.0 < grey[i]);
    return image;
}

BinaryImage toImage(const std::uint8_t* row, const Ordering& ordering) {
    BinaryImage image;
    for (int j = 0; j < kPixels; ++j)
        image.set(ordering.pixel(j), row[j] != 0);
    return image;
}

void toRow(const BinaryImage& image, const Ordering& ordering, std::uint8_t* row) {
    for (int j = 0; j < kPixels; ++j)
        row[j] = image.at(ordering.pixel(j)) ? 1 : 0;
}

Mnist loadMnist(const std::string& folder) {
    Mnist mnist;
    const std::string trainPath = folder + "/train-images-idx3-ubyte";
    mnist.train = readImages(trainPath);
    mnist.trainLabels = readLabels(folder + "/train-labels-idx1-ubyte");
    mnist.test = readImages(folder + "/t10k-images-idx3-ubyte");
    mnist.testLabels = readLabels(folder + "/t10k-labels-idx1-ubyte");
    if (mnist.train.count != kTrainCount + kValidationCount || mnist.train.rows != kSide ||
        mnist.train.cols != kSide)
        throw IdxError(trainPath + ": expected 60000 images of 28×28");
    if (mnist.trainLabels.size() != mnist.train.count)
        throw IdxError(folder + ": the training images and labels do not match");
    if (mnist.test.rows != kSide || mnist.test.cols != kSide ||
        mnist.test.count != mnist.testLabels.size())
        throw IdxError(folder + ": the test images and labels do not match");
    mnist.trainSha256 = io::sha256File(trainPath);
    return mnist;
}

} // namespace pixelchain::mnist
