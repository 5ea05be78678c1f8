#include "ui/pages/density/pixel_readout.h"

#include "ui/adapters/surprise_bits.h"

#include <QLocale>

namespace pixelchain::ui {

PixelReadout::PixelReadout(QWidget* parent)
    : QLabel(parent) {
    setObjectName(QStringLiteral("pixelReadout"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setMargin(6);
    setFrameShape(QFrame::StyledPanel);
    // Three lines always reserved, so the layout does not jump while the mouse moves.
    setMinimumHeight(3 * fontMetrics().lineSpacing() + 2 * margin() + 4);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
}

void PixelReadout::showPixel(int pixel, const BinaryImage& image, const Evaluation& evaluation,
                             const Ordering& ordering) {
    pixel_ = pixel;
    if (pixel < 0 || pixel >= kPixels || evaluation.conditionals.size() != std::size_t(kPixels)) {
        setText(tr("Point at a pixel of the drawing or of either map to see how the model "
                   "scored it."));
        return;
    }
    const QLocale locale;
    const auto i = static_cast<std::size_t>(pixel);
    const double total = -evaluation.logProb;
    const double share = total > 0 ? 100.0 * evaluation.surprise[i] / total : 0.0;
    const QString where = tr("<b>Pixel row %1, column %2</b> — visited at step %3 of %4, it is %5.")
                              .arg(pixel / kSide + 1)
                              .arg(pixel % kSide + 1)
                              .arg(ordering.position(pixel) + 1)
                              .arg(kPixels)
                              .arg(image.at(pixel) ? tr("<b>on</b>") : tr("<b>off</b>"));
    const QString conditional = tr("p(x<sub>i</sub> = 1 | earlier pixels) = %1")
                                    .arg(locale.toString(evaluation.conditionals[i], 'f', 3));
    const QString surprise =
        tr("surprise −log<sub>2</sub> p(x<sub>i</sub> | earlier) = %1 bits, %2% of "
           "−log<sub>2</sub> "
           "p(x)")
            .arg(locale.toString(SurpriseBits::fromNats(evaluation.surprise[i]), 'f', 2))
            .arg(locale.toString(share, 'f', 1));
    setText(where + QStringLiteral("<br>") + conditional + QStringLiteral("<br>") + surprise);
}

} // namespace pixelchain::ui
