#include "ui/pages/sampling/sampling_numbers.h"

#include "ui/widgets/math_text.h"

#include <cmath>

namespace pixelchain::ui::SamplingNumbers {

QString fixed(double value, int decimals) {
    QString text = QString::number(value, 'f', decimals);
    if (text.startsWith(u'-'))
        text.replace(0, 1, QChar(0x2212));
    // "−0.00" reads as a negative number that is not there.
    if (text.toDouble() == 0 && text.startsWith(QChar(0x2212)))
        text.remove(0, 1);
    return text;
}

QString probability(double p) {
    if (!(p > 0) || p >= 0.001)
        return fixed(p, 3);
    const int exponent = static_cast<int>(std::floor(std::log10(p)));
    double mantissa = p / std::pow(10.0, exponent);
    if (mantissa >= 9.95) // rounds up to the next power of ten
        return QStringLiteral("1 × %1").arg(math::powerOfTen(exponent + 1));
    return QStringLiteral("%1 × %2").arg(QString::number(mantissa, 'f', 1),
                                         math::powerOfTen(exponent));
}

} // namespace pixelchain::ui::SamplingNumbers
