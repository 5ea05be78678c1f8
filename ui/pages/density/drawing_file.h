#pragma once
// DrawingFile: a drawing as a 28×28 PNG file, in the convention core and the command line use
// (MNIST's: ink bright, background dark; a pixel is on at ≥ 128, i.e. thresholded at 50%), so a
// file saved here scores the same in `pixelchain-cli density`. Saving is atomic: a failed save
// never leaves half a file behind. Reading never changes anything on failure; the message says why.
#include "core/image/binary_image.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace pixelchain::ui {

class DrawingFile {
    Q_DECLARE_TR_FUNCTIONS(DrawingFile)

public:
    /// The drawing in `path`, or nothing with `error` set.
    static std::optional<BinaryImage> load(const QString& path, QString* error);
    /// Writes `image` to `path`; false with `error` set when it could not.
    static bool save(const QString& path, const BinaryImage& image, QString* error);
};

} // namespace pixelchain::ui
