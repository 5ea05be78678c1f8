// The closed forms behind each factorization's parameter count (see parameter_count.h for the
// sums they come from). Powers go straight to GMP: Boost's generic pow squares through its own
// expression layer and is several times slower for million-bit results.
#include "core/counting/parameter_count.h"

#include <algorithm>
#include <cmath>
#include <gmp.h>

namespace pixelchain::counting {

namespace {

void requireInRange(const char* what, std::uint64_t value, std::uint64_t min, std::uint64_t max) {
    if (value < min || value > max)
        throw OutOfRange(std::string(what) + " must be in " + std::to_string(min) + ".." +
                         std::to_string(max) + ", got " + std::to_string(value));
}

/// k^e, exactly.
Integer power(std::uint64_t k, std::uint64_t e) {
    Integer result;
    const Integer base(k);
    mpz_pow_ui(result.backend().data(), base.backend().data(), static_cast<unsigned long>(e));
    return result;
}

/// Markov of order m: the first m + 1 factors are full tables and telescope to k^(m+1) − 1; each of
/// the remaining n − m − 1 factors conditions on m variables: (k − 1) k^m.
Integer markov(const CountQuery& q) {
    const std::uint64_t n = q.variables, k = q.states, m = q.markovOrder;
    const Integer km = power(k, m);
    return (km * k - 1) + Integer(n - m - 1) * (k - 1) * km;
}

/// FVSBN: Σ_i (k − 1)(1 + (i − 1)(k − 1)) = n(k − 1) + (k − 1)² · n(n − 1)/2.
Integer fvsbn(const CountQuery& q) {
    const Integer n(q.variables), free(q.states - 1);
    return n * free + free * free * (n * (n - 1) / 2);
}

/// NADE: W (H × n(k − 1)) + V (n(k − 1) × H) + b (n(k − 1)) + c (H).
Integer nade(const CountQuery& q) {
    const Integer inputs = Integer(q.variables) * (q.states - 1);
    const Integer hidden(q.hidden);
    return 2 * hidden * inputs + inputs + hidden;
}

Integer exactCount(Factorization f, const CountQuery& q) {
    switch (f) {
    case Factorization::Full:
    case Factorization::ChainRule: // Σ k^(i−1)(k − 1) telescopes to the full joint
        return power(q.states, q.variables) - 1;
    case Factorization::Independent:
        return Integer(q.variables) * (q.states - 1);
    case Factorization::Markov:
        return markov(q);
    case Factorization::Fvsbn:
        return fvsbn(q);
    case Factorization::Nade:
        return nade(q);
    }
    throw std::invalid_argument("unknown factorization");
}

/// log10(k^e · a − b) for a ≥ 1, without forming k^e: e log10 k + log10(a − b k^−e).
long double log10PowerTimes(std::uint64_t k, std::uint64_t e, long double a, long double b) {
    const long double logK = std::log10(static_cast<long double>(k));
    const long double shrink = std::pow(10.0L, -static_cast<long double>(e) * logK); // k^−e
    return static_cast<long double>(e) * logK + std::log10(a - b * shrink);
}

} // namespace

void validate(const CountQuery& query) {
    requireInRange("number of variables n", query.variables, kMinVariables, kMaxVariables);
    requireInRange("number of states k", query.states, kMinStates, kMaxStates);
    requireInRange("hidden units H", query.hidden, kMinHidden, kMaxHidden);
    if (query.markovOrder >= query.variables)
        throw OutOfRange("Markov order m must be in 0..n-1 = 0.." +
                         std::to_string(query.variables - 1) + ", got " +
                         std::to_string(query.markovOrder));
}

ParameterCount count(Factorization f, const CountQuery& query) {
    validate(query);
    return describe(exactCount(f, query));
}

double log10Count(Factorization f, const CountQuery& query) {
    validate(query);
    const auto n = static_cast<long double>(query.variables);
    const auto free = static_cast<long double>(query.states - 1);
    const auto h = static_cast<long double>(query.hidden);
    switch (f) {
    case Factorization::Full:
    case Factorization::ChainRule: // k^n − 1
        return static_cast<double>(log10PowerTimes(query.states, query.variables, 1, 1));
    case Factorization::Markov: { // k^m (k + (n − m − 1)(k − 1)) − 1
        const std::uint64_t m = query.markovOrder;
        const long double a = static_cast<long double>(query.states) +
                              static_cast<long double>(query.variables - m - 1) * free;
        return static_cast<double>(log10PowerTimes(query.states, m, a, 1));
    }
    case Factorization::Independent:
        return static_cast<double>(std::log10(n * free));
    case Factorization::Fvsbn:
        return static_cast<double>(std::log10(n * free + free * free * n * (n - 1) / 2));
    case Factorization::Nade:
        return static_cast<double>(std::log10(2 * h * n * free + n * free + h));
    }
    throw std::invalid_argument("unknown factorization");
}

std::vector<FactorCount> factors(Factorization f, const CountQuery& query, std::size_t limit) {
    validate(query);
    if (f != Factorization::ChainRule && f != Factorization::Markov)
        return {};
    const std::uint64_t shown = std::min<std::uint64_t>(query.variables, limit);
    std::vector<FactorCount> list;
    list.reserve(shown);
    for (std::uint64_t i = 1; i <= shown; ++i) {
        FactorCount factor;
        factor.index = i;
        factor.conditionedOn =
            f == Factorization::ChainRule ? i - 1 : std::min(i - 1, query.markovOrder);
        factor.parameters =
            describe(power(query.states, factor.conditionedOn) * (query.states - 1));
        list.push_back(std::move(factor));
    }
    return list;
}

std::string notation(const FactorCount& factor) {
    const auto x = [](std::uint64_t i) { return "x" + std::to_string(i); };
    std::string text = "p(" + x(factor.index);
    if (factor.index == 0) // not a valid 1-based index; nothing can come before it
        return text + ")";
    const std::uint64_t c = std::min(factor.conditionedOn, factor.index - 1);
    const std::uint64_t first = factor.index - c;
    if (c > 3) {
        text += "|" + x(first) + ",...," + x(factor.index - 1);
    } else {
        for (std::uint64_t j = first; j < factor.index; ++j)
            text += (j == first ? "|" : ",") + x(j);
    }
    return text + ")";
}

const char* key(Factorization f) {
    switch (f) {
    case Factorization::Full:
        return "full";
    case Factorization::Independent:
        return "independent";
    case Factorization::ChainRule:
        return "chain_rule";
    case Factorization::Markov:
        return "markov";
    case Factorization::Fvsbn:
        return "fvsbn";
    case Factorization::Nade:
        return "nade";
    }
    return "unknown";
}

} // namespace pixelchain::counting
