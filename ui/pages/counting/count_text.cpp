#include "ui/pages/counting/count_text.h"

#include "ui/widgets/math_text.h"

namespace pixelchain::ui {

QString CountText::exact(const counting::ParameterCount& count) {
    if (count.exact)
        return QString::fromStdString(count.exact->str());
    return QString::fromStdString(count.decimal());
}

QString CountText::compact(const counting::ParameterCount& count) {
    if (count.exact && count.digits <= kFullDigits)
        return math::groupDigits(exact(count));
    const QString leading = QString::fromStdString(count.leading).left(6);
    return tr("%1 … (%2 digits)")
        .arg(math::groupDigits(leading), math::groupDigits(QString::number(count.digits)));
}

QString CountText::scientific(const counting::ParameterCount& count, std::size_t fullDigits) {
    if (count.exact && count.digits <= fullDigits)
        return math::groupDigits(exact(count));
    // Mantissa from core's leading digits: log10 alone loses digits when the exponent is large.
    const QString lead = QString::fromStdString(count.leading);
    QString mantissa = lead.left(1);
    if (lead.size() > 1)
        mantissa += QLatin1Char('.') + lead.mid(1, 3);
    return QStringLiteral("%1 × %2").arg(
        mantissa, math::powerOfTen(static_cast<long long>(count.digits) - 1));
}

} // namespace pixelchain::ui
