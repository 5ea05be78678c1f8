#pragma once
// PixelReadout: what the model says about the pixel under the mouse (or the keyboard cursor):
// its conditional p(x_i = 1 | x_<i), its surprise −log p(x_i | x_<i) and that surprise's share of
// −log p(x) = Σ_i surprise_i, and when the ordering visits it.
#include "core/models/density_model.h"

#include <QLabel>

namespace pixelchain::ui {

class PixelReadout : public QLabel {
    Q_OBJECT
public:
    explicit PixelReadout(QWidget* parent = nullptr);

    /// Describes raster pixel `pixel` (−1: a hint to point at one) of `image` as `evaluation`
    /// of a model visiting pixels in `ordering` scores it.
    void showPixel(int pixel, const BinaryImage& image, const Evaluation& evaluation,
                   const Ordering& ordering);
    int pixel() const { return pixel_; }

private:
    int pixel_ = -1;
};

} // namespace pixelchain::ui
