#pragma once
// GreyPixelReadout: the numbers of the pixel under the mouse (or the keyboard cursor) in the
// greyscale mode: its 8-bit value and y, when the model reached it, what it expected there
// E[y_i | earlier], the conditional density p(y_i | earlier) and the surprise −log p(y_i | earlier)
// — negative where the density is above 1.
#include "core/image/ordering.h"
#include "core/models/continuous_density.h"

#include <QLabel>

namespace pixelchain::ui {

class GreyPixelReadout : public QLabel {
    Q_OBJECT
public:
    explicit GreyPixelReadout(QWidget* parent = nullptr);

    /// Explains `pixel` (raster index) of `image`; −1 or an empty evaluation shows a hint.
    void showPixel(int pixel, const GreyImage& image, const ContinuousEvaluation& evaluation,
                   const Ordering& ordering);
    int pixel() const { return pixel_; }

private:
    int pixel_ = -1;
};

} // namespace pixelchain::ui
