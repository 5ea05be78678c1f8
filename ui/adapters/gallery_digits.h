#pragma once
// GalleryDigits: the real MNIST test digits shipped with the app (resources/digits/), ten of each
// class, thresholded at 50% the way a drawing is, so students can load one, score it and edit it.
// The greyscale pages use the same digits with their 8-bit grey values untouched.
#include "core/image/binary_image.h"
#include "core/image/grey_image.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace pixelchain::ui {

struct GalleryDigits {
    Q_DECLARE_TR_FUNCTIONS(GalleryDigits)

public:
    std::vector<BinaryImage> images;
    std::vector<GreyImage> greyImages; ///< the same digits, as MNIST stores them (0..255)
    std::vector<int> labels;           ///< the digit each image shows, 0..9
    QString error;                     ///< why the gallery is empty, if it is

    std::size_t size() const { return images.size(); }

    /// Reads the gallery built into the binary; on failure the lists are empty and `error` says
    /// why.
    static GalleryDigits loadBuiltIn();
};

} // namespace pixelchain::ui
