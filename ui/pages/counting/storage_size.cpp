#include "ui/pages/counting/storage_size.h"

#include "ui/widgets/math_text.h"

#include <QLocale>
#include <QRegularExpression>
#include <cmath>
#include <unistd.h>

namespace pixelchain::ui {

std::optional<std::uint64_t> StorageSize::physicalMemory() {
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long pageSize = sysconf(_SC_PAGESIZE);
    if (pages <= 0 || pageSize <= 0)
        return std::nullopt;
    return static_cast<std::uint64_t>(pages) * static_cast<std::uint64_t>(pageSize);
}

double StorageSize::bytesLog10(const counting::ParameterCount& count) {
    return count.log10 + std::log10(kBytesPerParameter);
}

namespace {

/// A figure stays on one line with its unit and its sign where the table wraps a cell: the spaces
/// before "B" and "%" and after "<" do not break ("4.1 × 10²³⁶" over "B" read as two things).
QString keepUnits(QString text) {
    static const QRegularExpression gap(QStringLiteral("(?<=<) | (?=(?:[kMGTPE]?B|%)(?:\\)|$))"));
    return text.replace(gap, QStringLiteral("\u00A0"));
}

} // namespace

QString StorageSize::bytesText(double log10Bytes) {
    if (!std::isfinite(log10Bytes))
        return tr("0 bytes");
    if (log10Bytes < 18) {
        const auto bytes = static_cast<qint64>(std::llround(std::pow(10.0, log10Bytes)));
        return keepUnits(QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat));
    }
    return keepUnits(tr("%1 B").arg(math::fromLog10(log10Bytes, 2)));
}

QString StorageSize::storageText(const counting::ParameterCount& count) {
    return bytesText(bytesLog10(count));
}

bool StorageSize::fitsInMemory(const counting::ParameterCount& count, std::uint64_t memory) {
    return bytesLog10(count) <= std::log10(static_cast<double>(memory));
}

QString StorageSize::memoryText(const counting::ParameterCount& count, std::uint64_t memory) {
    const double ratio = bytesLog10(count) - std::log10(static_cast<double>(memory));
    if (ratio <= 0) {
        const double percent = 100 * std::pow(10.0, ratio);
        if (percent < 0.01)
            return keepUnits(tr("✓ fits (< 0.01 %)"));
        return keepUnits(tr("✓ fits (%1 %)").arg(QLocale::c().toString(percent, 'g', 2)));
    }
    if (ratio < 6)
        return tr("✗ %1× too big").arg(math::fromLog10(ratio, 2));
    return tr("✗ %1× too big").arg(math::powerOfTen(static_cast<long long>(std::floor(ratio))));
}

bool StorageSize::fewerThanAtoms(const counting::ParameterCount& count) {
    return count.log10 < kAtomsLog10;
}

QString StorageSize::atomsText(const counting::ParameterCount& count) {
    if (fewerThanAtoms(count))
        return tr("✓ fewer");
    const double ratio = count.log10 - kAtomsLog10;
    if (ratio < 1)
        return tr("✗ more");
    return tr("✗ %1× more").arg(math::powerOfTen(static_cast<long long>(std::floor(ratio))));
}

} // namespace pixelchain::ui
