// make_training_subset: writes the digits the Training page uses when the full MNIST is absent
// (ui/adapters/training_data.h): the first 20,000 training digits, the 10,000 held-out ones (the
// last 10,000 of the training file) and the first 1,000 test digits, in that order, as one IDX3
// image file and one IDX1 label file, each zlib-compressed by qCompress (level 9):
//   mnist-subset-images.zz and mnist-subset-labels.zz
// Usage: make_training_subset MNIST_FOLDER OUTPUT_FOLDER
#include "core/mnist/binarize.h"

#include <QByteArray>
#include <QSaveFile>
#include <QString>
#include <cstdio>
#include <exception>
#include <stdexcept>

namespace {

constexpr std::size_t kTraining = 20000;
constexpr std::size_t kTest = 1000;

void bigEndian(QByteArray& out, std::uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(char((v >> shift) & 0xff));
}

void writeCompressed(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(qCompress(bytes, 9)) < 0 || !file.commit())
        throw std::runtime_error("cannot write " + path.toStdString());
}

} // namespace

int main(int argc, char* argv[]) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: make_training_subset MNIST_FOLDER OUTPUT_FOLDER\n");
        return 2;
    }
    try {
        namespace mnist = pixelchain::mnist;
        const mnist::Mnist full = mnist::loadMnist(argv[1]);
        const QString out = QString::fromLocal8Bit(argv[2]);
        const std::size_t size = std::size_t(full.train.rows) * full.train.cols;
        const std::size_t count = kTraining + mnist::kValidationCount + kTest;
        QByteArray images, labels;
        bigEndian(images, 0x00000803);
        bigEndian(images, static_cast<std::uint32_t>(count));
        bigEndian(images, static_cast<std::uint32_t>(full.train.rows));
        bigEndian(images, static_cast<std::uint32_t>(full.train.cols));
        bigEndian(labels, 0x00000801);
        bigEndian(labels, static_cast<std::uint32_t>(count));
        const auto take = [&](const mnist::GreyImages& from,
                              const std::vector<std::uint8_t>& digits, std::size_t first,
                              std::size_t n) {
            images.append(reinterpret_cast<const char*>(from.image(first)), qsizetype(n * size));
            labels.append(reinterpret_cast<const char*>(digits.data() + first), qsizetype(n));
        };
        take(full.train, full.trainLabels, 0, kTraining);
        take(full.train, full.trainLabels, mnist::kTrainCount, mnist::kValidationCount);
        take(full.test, full.testLabels, 0, kTest);
        writeCompressed(out + "/mnist-subset-images.zz", images);
        writeCompressed(out + "/mnist-subset-labels.zz", labels);
        std::printf("wrote %zu digits\n", count);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "make_training_subset: %s\n", e.what());
        return 1;
    }
    return 0;
}
