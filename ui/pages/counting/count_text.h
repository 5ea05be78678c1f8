#pragma once
// How a parameter count is written on the page: its exact decimal digits (for copying), and a short
// form for table cells that stays readable, "16 777 215" or "101 734 … (237 digits)".
#include "core/counting/parameter_count.h"

#include <QCoreApplication>
#include <QString>

namespace pixelchain::ui {

class CountText {
    Q_DECLARE_TR_FUNCTIONS(CountText)
public:
    /// Counts with at most this many digits are written out in full in table cells.
    static constexpr std::size_t kFullDigits = 21;

    /// Every decimal digit, ungrouped; for a count too long to print, core's "≈ … × 10^N" text.
    static QString exact(const counting::ParameterCount& count);

    /// The digits grouped by thin spaces when short, else the leading digits and the digit count.
    static QString compact(const counting::ParameterCount& count);

    /// "1.017 × 10²³⁶" for counts longer than `fullDigits`, the grouped digits for short ones.
    static QString scientific(const counting::ParameterCount& count,
                              std::size_t fullDigits = kFullDigits);
};

} // namespace pixelchain::ui
