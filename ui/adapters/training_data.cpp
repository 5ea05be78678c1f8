#include "ui/adapters/training_data.h"

#include "core/io/sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <stdexcept>

namespace pixelchain::ui {
namespace {

constexpr std::size_t kSubsetTraining = 20000;
constexpr std::size_t kSubsetTest = 1000;

QByteArray readCompressed(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error(
            QCoreApplication::translate("TrainingData", "The built-in training digits are missing: "
                                                        "%1 cannot be read.")
                .arg(QDir::toNativeSeparators(path))
                .toStdString());
    const QByteArray bytes = qUncompress(file.readAll());
    if (bytes.isEmpty())
        throw std::runtime_error(
            QCoreApplication::translate("TrainingData", "The built-in training digits are damaged: "
                                                        "%1 does not decompress.")
                .arg(QDir::toNativeSeparators(path))
                .toStdString());
    return bytes;
}

/// The first `count` images of `from`, from image `first` on.
mnist::GreyImages slice(const mnist::GreyImages& from, std::size_t first, std::size_t count) {
    const std::size_t size = std::size_t(from.rows) * std::size_t(from.cols);
    mnist::GreyImages part{count, from.rows, from.cols, {}};
    part.pixels.assign(from.image(first), from.image(first) + count * size);
    return part;
}

} // namespace

std::size_t TrainingData::trainingCount() const {
    return mnist ? mnist->validationFirst : 0;
}

QString builtInSubsetFolder() {
    return QDir::cleanPath(QCoreApplication::applicationDirPath() +
                           QStringLiteral("/../share/pixelchain/training"));
}

TrainingData builtInTrainingData() {
    return readTrainingSubset(builtInSubsetFolder());
}

TrainingData readTrainingSubset(const QString& folder) {
    const QByteArray imageBytes = readCompressed(folder + "/mnist-subset-images.zz");
    const QByteArray labelBytes = readCompressed(folder + "/mnist-subset-labels.zz");
    const auto* images = reinterpret_cast<const std::uint8_t*>(imageBytes.constData());
    const auto* labels = reinterpret_cast<const std::uint8_t*>(labelBytes.constData());
    mnist::GreyImages all;
    std::vector<std::uint8_t> digits;
    try {
        all = mnist::parseImages(images, std::size_t(imageBytes.size()));
        digits = mnist::parseLabels(labels, std::size_t(labelBytes.size()));
    } catch (const mnist::IdxError& e) {
        throw std::runtime_error(
            QCoreApplication::translate("TrainingData",
                                        "The built-in training digits are damaged: %1.")
                .arg(QString::fromUtf8(e.what()))
                .toStdString());
    }
    const std::size_t kept = kSubsetTraining + mnist::kValidationCount;
    if (all.count != kept + kSubsetTest || digits.size() != all.count || all.rows != 28 ||
        all.cols != 28)
        throw std::runtime_error(
            QCoreApplication::translate("TrainingData", "The built-in training digits are damaged: "
                                                        "they do not hold %1 digits of 28 × 28.")
                .arg(kept + kSubsetTest)
                .toStdString());
    auto data = std::make_shared<mnist::Mnist>();
    data->train = slice(all, 0, kept);
    data->trainLabels.assign(digits.begin(), digits.begin() + std::ptrdiff_t(kept));
    data->test = slice(all, kept, kSubsetTest);
    data->testLabels.assign(digits.begin() + std::ptrdiff_t(kept), digits.end());
    data->validationFirst = kSubsetTraining;
    // Recorded in the models trained on it as the dataset: the subset, not the official file.
    data->trainSha256 = "subset:" + io::sha256(std::string_view(imageBytes.constData(),
                                                                std::size_t(imageBytes.size())));
    return {std::move(data), false, {}};
}

TrainingData loadTrainingData(const QString& folder, QString* problem) {
    const QDir dir(folder);
    const bool present = !folder.isEmpty() &&
                         QFileInfo::exists(dir.filePath("train-images-idx3-ubyte")) &&
                         QFileInfo::exists(dir.filePath("t10k-images-idx3-ubyte"));
    if (present) {
        try {
            auto data = std::make_shared<mnist::Mnist>(mnist::loadMnist(folder.toStdString()));
            return {std::move(data), true, folder};
        } catch (const std::exception& e) {
            if (problem)
                *problem = QCoreApplication::translate(
                               "TrainingData",
                               "The MNIST files in %1 cannot be used (%2): training uses the "
                               "built-in digits instead.")
                               .arg(QDir::toNativeSeparators(folder), QString::fromUtf8(e.what()));
        }
    }
    return builtInTrainingData();
}

QString defaultMnistFolder() {
    return QDir::current().absoluteFilePath(QStringLiteral("data/mnist"));
}

} // namespace pixelchain::ui
