#include "ui/pages/density/grey_pixel_readout.h"

#include <QLocale>
#include <cmath>

namespace pixelchain::ui {

GreyPixelReadout::GreyPixelReadout(QWidget* parent)
    : QLabel(parent) {
    setObjectName(QStringLiteral("greyPixelReadout"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setMargin(6);
    setFrameShape(QFrame::StyledPanel);
    // Five lines always reserved, so the layout does not jump while the mouse moves.
    setMinimumHeight(5 * fontMetrics().lineSpacing() + 2 * margin() + 4);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
}

void GreyPixelReadout::showPixel(int pixel, const GreyImage& image,
                                 const ContinuousEvaluation& evaluation, const Ordering& ordering) {
    pixel_ = pixel;
    if (pixel < 0 || pixel >= kPixels || evaluation.logDensities.size() != std::size_t(kPixels) ||
        evaluation.expectedValue.size() != std::size_t(kPixels)) {
        setText(tr("Point at a pixel of the drawing or of either map to see how the model "
                   "scored it."));
        return;
    }
    const QLocale locale;
    const auto i = static_cast<std::size_t>(pixel);
    const double logDensity = evaluation.logDensities[i];
    const QString where = tr("<b>Pixel row %1, column %2</b> — step %3 of %4; value %5 of %6, "
                             "y = %7.")
                              .arg(pixel / kSide + 1)
                              .arg(pixel % kSide + 1)
                              .arg(ordering.position(pixel) + 1)
                              .arg(kPixels)
                              .arg(image.at(pixel))
                              .arg(kGreyLevels - 1)
                              .arg(locale.toString(image.dequantized(pixel), 'f', 3));
    const QString expected = tr("The model expected E[y<sub>i</sub> | earlier] = %1.")
                                 .arg(locale.toString(evaluation.expectedValue[i], 'f', 3));
    const QString density = tr("p(y<sub>i</sub> | earlier) = %1, log p = %2 nats.")
                                .arg(locale.toString(std::exp(logDensity), 'g', 3))
                                .arg(locale.toString(logDensity, 'f', 2));
    const QString surprise =
        logDensity > 0 ? tr("Surprise −log p = %1 nats: negative, the density is above 1.")
                             .arg(locale.toString(-logDensity, 'f', 2))
                       : tr("Surprise −log p = %1 nats.").arg(locale.toString(-logDensity, 'f', 2));
    setText(where + QStringLiteral("<br>") + expected + QStringLiteral("<br>") + density +
            QStringLiteral("<br>") + surprise);
}

} // namespace pixelchain::ui
