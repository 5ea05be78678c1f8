#include "ui/pages/density/drawing_file.h"

#include "core/io/png_image.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <exception>

namespace pixelchain::ui {
namespace {

// A drawing is 784 bytes; a PNG of 28×28 pixels never needs more than a few kilobytes.
constexpr qint64 kLargestFile = 4 << 20;

} // namespace

std::optional<BinaryImage> DrawingFile::load(const QString& path, QString* error) {
    const QFileInfo info(path);
    const QString name = info.fileName();
    // A device or a pipe has no size to check: reading one could block or never end.
    if (info.exists() && !info.isFile() && !info.isDir()) {
        *error = tr("“%1” is not a regular file.").arg(name);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Could not open “%1”: %2").arg(name, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kLargestFile) {
        *error = tr("“%1” is too large to be a 28×28 drawing.").arg(name);
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    io::GreyImage grey;
    try {
        grey = io::decodePng(bytes.toStdString());
    } catch (const std::exception& e) {
        *error = tr("“%1” is not a PNG image PixelChain can read (%2).")
                     .arg(name, QString::fromStdString(e.what()));
        return std::nullopt;
    }
    if (grey.width != kSide || grey.height != kSide) {
        *error = tr("“%1” is %2×%3 pixels; a drawing must be 28×28.")
                     .arg(name)
                     .arg(grey.width)
                     .arg(grey.height);
        return std::nullopt;
    }
    return BinaryImage::fromGrey(grey.pixels.data());
}

bool DrawingFile::save(const QString& path, const BinaryImage& image, QString* error) {
    io::GreyImage grey{kSide, kSide, std::vector<std::uint8_t>(kPixels)};
    for (int i = 0; i < kPixels; ++i)
        grey.pixels[static_cast<std::size_t>(i)] = image.at(i) ? 255 : 0;
    const std::string bytes = io::encodePng(grey);
    QSaveFile file(path);
    // Unbuffered and written until done, so a disk that fills up shows as a failed write() with
    // its reason. Buffered, it would surface only in commit()'s final flush, which Qt 6.4 ignores,
    // putting a cut file in place of the old one. Without commit() the old file stays.
    bool written = file.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    for (qint64 done = 0; written && done < qint64(bytes.size());) {
        const qint64 n = file.write(bytes.data() + done, qint64(bytes.size()) - done);
        written = n > 0;
        done += n;
    }
    if (!written || !file.commit()) {
        *error = tr("Could not save “%1”: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace pixelchain::ui
