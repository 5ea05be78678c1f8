// Turns an exact count into what a reader can use: its decimal digits, its leading digits and its
// log10. Counts of up to kMaxExactDigits digits are printed in full (GMP prints 100000 digits in a
// few milliseconds). Longer ones are never printed: their leading digits are the exact quotient
// ⌊v / 10^s⌋ for a shift s that leaves 17 or 18 digits, so they are right even for values such
// as 10^180000 − 1 = 999…9, where a floating-point estimate of log10 would round up to 10^180000.
#include "core/counting/parameter_count.h"

#include <cmath>
#include <gmp.h>
#include <limits>

namespace pixelchain::counting {

namespace {

/// How many significant digits feed log10: 18 fit in a uint64 and make it good to ~1e-17.
constexpr std::size_t kHeadDigits = 18;
/// How many significant digits `leading` keeps.
constexpr std::size_t kLeadingDigits = 12;

/// Fills digits, leading and log10 from the first (up to 18) digits of a count with `digits`
/// digits.
void fillFromHead(ParameterCount& count, const std::string& head, std::size_t digits) {
    count.digits = digits;
    count.leading = head.substr(0, kLeadingDigits);
    const long double headValue = std::stold(head);
    const auto dropped = static_cast<long double>(digits - head.size());
    count.log10 = static_cast<double>(std::log10(headValue) + dropped);
}

/// ⌊value / 10^shift⌋ as decimal text.
std::string quotientByPowerOfTen(const Integer& value, std::size_t shift) {
    Integer scale, quotient;
    mpz_ui_pow_ui(scale.backend().data(), 10, static_cast<unsigned long>(shift));
    mpz_tdiv_q(quotient.backend().data(), value.backend().data(), scale.backend().data());
    return quotient.str();
}

} // namespace

ParameterCount describe(const Integer& value) {
    if (value < 0)
        throw std::invalid_argument("a parameter count cannot be negative");
    ParameterCount count;
    if (value == 0) {
        count.exact = value;
        count.digits = 1;
        count.leading = "0";
        count.log10 = -std::numeric_limits<double>::infinity();
        return count;
    }
    // GMP's estimate is the exact digit count or one more.
    const std::size_t estimate = mpz_sizeinbase(value.backend().data(), 10);
    if (estimate <= kMaxExactDigits + 1) {
        const std::string text = value.str();
        if (text.size() <= kMaxExactDigits)
            count.exact = value;
        fillFromHead(count, text.substr(0, kHeadDigits), text.size());
        return count;
    }
    const std::size_t shift = estimate - kHeadDigits;
    const std::string head = quotientByPowerOfTen(value, shift);
    fillFromHead(count, head, head.size() + shift);
    return count;
}

std::string ParameterCount::decimal() const {
    if (exact)
        return exact->str();
    std::string mantissa = leading.substr(0, 1);
    if (leading.size() > 1)
        mantissa += "." + leading.substr(1);
    return "≈ " + mantissa + " × 10^" + std::to_string(digits == 0 ? 0 : digits - 1);
}

} // namespace pixelchain::counting
