#pragma once
// What storing a parameter table would take, in words a class can weigh: 4 bytes (one float) per
// parameter in human units, against this computer's physical memory and against the roughly 10^80
// atoms in the observable universe. Counts arrive as counting::ParameterCount, so numbers far
// beyond double range are compared through their log10.
#include "core/counting/parameter_count.h"

#include <QCoreApplication>
#include <QString>
#include <cstdint>
#include <optional>

namespace pixelchain::ui {

class StorageSize {
    Q_DECLARE_TR_FUNCTIONS(StorageSize)
public:
    static constexpr double kBytesPerParameter = 4;
    static constexpr double kAtomsLog10 = 80;

    /// This computer's physical memory in bytes (POSIX sysconf), if the system tells.
    static std::optional<std::uint64_t> physicalMemory();

    /// "3.1 kB", "2.4 GB", "4.1 × 10²³⁶ B".
    static QString bytesText(double log10Bytes);
    static QString storageText(const counting::ParameterCount& count);

    /// "✓ fits (0.2 %)" or "✗ 10²²⁶× too big" (the exponent rounded down).
    static QString memoryText(const counting::ParameterCount& count, std::uint64_t memory);
    static bool fitsInMemory(const counting::ParameterCount& count, std::uint64_t memory);

    /// "✓ fewer" or "✗ 10¹⁵⁶× more" (the exponent rounded down).
    static QString atomsText(const counting::ParameterCount& count);
    static bool fewerThanAtoms(const counting::ParameterCount& count);

private:
    static double bytesLog10(const counting::ParameterCount& count);
};

} // namespace pixelchain::ui
