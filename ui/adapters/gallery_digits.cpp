#include "ui/adapters/gallery_digits.h"

#include "core/mnist/idx.h"

#include <QFile>
#include <exception>

namespace pixelchain::ui {
namespace {

QByteArray readResource(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw mnist::IdxError(path.toStdString() + ": " + file.errorString().toStdString());
    return file.readAll();
}

const std::uint8_t* bytes(const QByteArray& data) {
    return reinterpret_cast<const std::uint8_t*>(data.constData());
}

} // namespace

GalleryDigits GalleryDigits::loadBuiltIn() {
    GalleryDigits gallery;
    try {
        const QByteArray images = readResource(QStringLiteral(":/digits/gallery-idx3-ubyte"));
        const QByteArray labels =
            readResource(QStringLiteral(":/digits/gallery-labels-idx1-ubyte"));
        const mnist::GreyImages grey =
            mnist::parseImages(bytes(images), std::size_t(images.size()));
        const auto digits = mnist::parseLabels(bytes(labels), std::size_t(labels.size()));
        if (grey.rows != kSide || grey.cols != kSide || digits.size() != grey.count)
            throw mnist::IdxError("the gallery's images and labels do not match");
        for (std::size_t n = 0; n < grey.count; ++n) {
            gallery.images.push_back(BinaryImage::fromGrey(grey.image(n)));
            gallery.greyImages.push_back(GreyImage::fromBytes(grey.image(n)));
            gallery.labels.push_back(digits[n]);
        }
    } catch (const std::exception& e) {
        gallery = GalleryDigits{};
        gallery.error =
            tr("The gallery of real digits is missing: %1").arg(QString::fromStdString(e.what()));
    }
    return gallery;
}

} // namespace pixelchain::ui
