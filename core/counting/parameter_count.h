#pragma once
// Exact parameter counts of the factorizations the lecture compares.
//
// For n discrete variables with k states each (k = 2 for binary pixels), a probability table over
// one variable needs k − 1 free numbers (they sum to one). From that:
//   full joint                 k^n − 1
//   independent                n (k − 1)
//   chain rule, full tables    Σ_{i=1..n} k^(i−1) (k − 1)            (telescopes to k^n − 1)
//   Markov of order m          Σ_{i=1..n} k^min(i−1, m) (k − 1)
//                              = (k^(m+1) − 1) + (n − m − 1)(k − 1) k^m (m = 1, k = 2: 2n − 1)
//   FVSBN                      Σ_{i=1..n} (k − 1)(1 + (i − 1)(k − 1))
//                              = n (k − 1) + (k − 1)² n (n − 1) / 2    (k = 2: n(n+1)/2)
//   NADE with H hidden units   2Hn(k − 1) + H + n(k − 1)              (k = 2: 2Hn + H + n)
// Bernoulli (1) and categorical with m outcomes (m − 1) are the n = 1 cases.
// FVSBN factor i is a logistic (softmax) regression: k − 1 outputs, each with a bias and one weight
// per indicator of the i − 1 earlier variables. NADE shares W (H × n(k − 1)) across positions and
// adds V (n(k − 1) × H), b (n(k − 1)) and c (H).
//
// Counts are exact integers (GMP through Boost.Multiprecision: its decimal printing and powers are
// sub-quadratic, so even k^n with n = 100000, k = 2^32 takes milliseconds). Every count is computed
// by its closed form, never by a loop over n. A count with more than kMaxExactDigits decimal digits
// is reported by its log10 and leading digits only: printing it would not help anyone read it.
#include <boost/multiprecision/gmp.hpp>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace pixelchain::counting {

using Integer = boost::multiprecision::mpz_int;

/// The largest count printed in full, in decimal digits.
inline constexpr std::size_t kMaxExactDigits = 100000;

/// Accepted ranges; anything outside is refused with OutOfRange.
inline constexpr std::uint64_t kMinVariables = 1;
inline constexpr std::uint64_t kMaxVariables = 100000;
inline constexpr std::uint64_t kMinStates = 2;
inline constexpr std::uint64_t kMaxStates = std::uint64_t{1} << 32;
inline constexpr std::uint64_t kMinHidden = 1;
inline constexpr std::uint64_t kMaxHidden = 100000;

/// Thrown for a question outside the accepted ranges; what() says which value and why.
class OutOfRange : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

/// The factorizations, in the order the lecture introduces them.
enum class Factorization { Full, Independent, ChainRule, Markov, Fvsbn, Nade };

/// What is being modelled: n variables with k states, a Markov order m, H hidden units for NADE.
struct CountQuery {
    std::uint64_t variables = 784; ///< n, 1..100000
    std::uint64_t states = 2;      ///< k, 2..2^32
    std::uint64_t markovOrder = 1; ///< m, 0..n−1 (checked for every factorization, not only Markov)
    std::uint64_t hidden = 500;    ///< H, 1..100000
};

/// Throws OutOfRange when a field is outside its accepted range (m ≥ n included).
void validate(const CountQuery& query);

/// A parameter count: exact when it has at most kMaxExactDigits digits, else log10 and leading
/// digits.
struct ParameterCount {
    std::optional<Integer> exact; ///< absent for counts too long to print
    double log10 = 0;             ///< log10 of the count (−inf for 0), good to double precision
    std::size_t digits = 0;       ///< number of decimal digits (exact, also when `exact` is absent)
    std::string leading;          ///< first (up to) 12 significant digits, truncated, never rounded

    /// Exact decimal text, or "≈ 1.23456789012 × 10^N" (the leading digits, truncated) when the
    /// count is too long to print.
    std::string decimal() const;
};

/// One factor of a chain-rule or Markov factorization: p(x_i | the variables it conditions on).
struct FactorCount {
    std::uint64_t index = 1;         ///< i, 1-based
    std::uint64_t conditionedOn = 0; ///< how many earlier variables the factor looks at
    ParameterCount parameters;       ///< k^conditionedOn (k − 1)
};

/// The count of one factorization for a query (validated first).
ParameterCount count(Factorization f, const CountQuery& query);

/// log10 of the count of one factorization (validated first), from the closed forms in long double:
/// no big integers, so it takes microseconds at any size. Agrees with count(f, query).log10 to
/// ~1e-12 relative. For charts that need many sizes; use count() for the number itself.
double log10Count(Factorization f, const CountQuery& query);

/// The first `limit` factors of the chain-rule (Factorization::ChainRule) or Markov factorization.
/// Other factorizations have no per-factor table and give an empty list. Validated first.
std::vector<FactorCount> factors(Factorization f, const CountQuery& query, std::size_t limit = 64);

/// The factor in the lecture's notation, ASCII: "p(x1)", "p(x3|x1,x2)", "p(x9|x5,...,x8)" (more
/// than three conditioning variables are elided in the middle).
std::string notation(const FactorCount& factor);

/// Wraps an exact integer into a ParameterCount (computing log10, digits and leading digits).
ParameterCount describe(const Integer& value);

/// A stable machine name ("full", "independent", "chain_rule", "markov", "fvsbn", "nade").
const char* key(Factorization f);

/// All factorizations in lecture order.
inline constexpr Factorization kAllFactorizations[] = {
    Factorization::Full,   Factorization::Independent, Factorization::ChainRule,
    Factorization::Markov, Factorization::Fvsbn,       Factorization::Nade};

} // namespace pixelchain::counting
