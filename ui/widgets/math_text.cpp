#include "ui/widgets/math_text.h"

#include <QLocale>
#include <cmath>

namespace pixelchain::ui::math {

namespace {

QString mapDigits(long long value, const char16_t* digits, char16_t minus) {
    const QString plain = QString::number(value);
    QString out;
    out.reserve(plain.size());
    for (const QChar c : plain)
        out.append(c == u'-' ? QChar(minus) : QChar(digits[c.unicode() - u'0']));
    return out;
}

} // namespace

QString subscript(long long value) {
    return mapDigits(value, u"₀₁₂₃₄₅₆₇₈₉", u'₋');
}

QString superscript(long long value) {
    return mapDigits(value, u"⁰¹²³⁴⁵⁶⁷⁸⁹", u'⁻');
}

QString groupDigits(const QString& digits) {
    QString out;
    out.reserve(digits.size() + digits.size() / 3);
    const qsizetype head = digits.size() % 3;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (i - head) % 3 == 0)
            out.append(QChar(kThinSpace));
        out.append(digits.at(i));
    }
    return out;
}

QString ungroupDigits(const QString& text) {
    QString out = text;
    out.remove(QChar(kThinSpace));
    return out;
}

QString powerOfTen(long long exponent) {
    return QStringLiteral("10") + superscript(exponent);
}

QString fromLog10(double log10, int significant) {
    if (!std::isfinite(log10))
        return log10 < 0 ? QStringLiteral("0") : QStringLiteral("∞");
    if (log10 < 6) {
        const double value = std::pow(10.0, log10);
        const double step = std::pow(10.0, std::floor(log10) + 1 - significant);
        const double rounded = step >= 1 ? std::round(value / step) * step : value;
        if (rounded >= 1000)
            return groupDigits(QString::number(static_cast<long long>(rounded)));
        return QLocale::c().toString(rounded, 'g', significant);
    }
    long long exponent = static_cast<long long>(std::floor(log10));
    double mantissa = std::pow(10.0, log10 - static_cast<double>(exponent));
    const double scale = std::pow(10.0, significant - 1);
    mantissa = std::round(mantissa * scale) / scale;
    if (mantissa >= 10) {
        mantissa /= 10;
        ++exponent;
    }
    return QStringLiteral("%1 × %2").arg(QLocale::c().toString(mantissa, 'f', significant - 1),
                                         powerOfTen(exponent));
}

} // namespace pixelchain::ui::math
