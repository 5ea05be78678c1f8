#include "ui/pages/counting/counting_result.h"

#include <algorithm>
#include <cmath>

namespace pixelchain::ui {

using counting::CountQuery;
using counting::Factorization;

namespace {
constexpr std::uint64_t kSampleCount = 48;
} // namespace

std::uint64_t chartVariablesFor(std::uint64_t variables) {
    const double wanted = std::max(10.0, static_cast<double>(variables) * 1.25);
    // Round up to 1, 2 or 5 times a power of ten.
    const double decade = std::pow(10.0, std::floor(std::log10(wanted)));
    double upper = decade;
    for (const double step : {1.0, 2.0, 5.0, 10.0}) {
        upper = step * decade;
        if (upper >= wanted)
            break;
    }
    const auto rounded = static_cast<std::uint64_t>(upper);
    return std::clamp(rounded, variables, counting::kMaxVariables);
}

std::vector<std::uint64_t> chartSamples(std::uint64_t upper, std::uint64_t current) {
    std::vector<std::uint64_t> samples;
    if (upper <= 2 * kSampleCount) {
        for (std::uint64_t n = 1; n <= upper; ++n)
            samples.push_back(n);
        return samples;
    }
    samples.push_back(1);
    for (std::uint64_t i = 1; i <= kSampleCount; ++i)
        samples.push_back(std::max<std::uint64_t>(1, upper * i / kSampleCount));
    samples.push_back(current);
    std::sort(samples.begin(), samples.end());
    samples.erase(std::unique(samples.begin(), samples.end()), samples.end());
    return samples;
}

namespace {

void addGrowth(CountingResult& result) {
    const CountQuery& query = result.query;
    result.chartVariables = chartVariablesFor(query.variables);
    for (const std::uint64_t n : chartSamples(result.chartVariables, query.variables)) {
        CountQuery at = query;
        at.variables = n;
        at.markovOrder = std::min(query.markovOrder, n - 1);
        std::size_t row = 0;
        for (const Factorization f : counting::kAllFactorizations) {
            const double log10 = counting::count(f, at).log10;
            result.growth[row++].append(QPointF(static_cast<double>(n), log10));
        }
    }
}

} // namespace

CountingResult computeCounting(const CountQuery& query) {
    CountingResult result;
    result.query = query;
    try {
        std::size_t row = 0;
        for (const Factorization f : counting::kAllFactorizations)
            result.counts[row++] = counting::count(f, query);
        result.chainFactors = counting::factors(Factorization::ChainRule, query, kBreakdownFactors);
        result.markovFactors = counting::factors(Factorization::Markov, query, kBreakdownFactors);
        addGrowth(result);
    } catch (const std::exception& e) {
        result = CountingResult{};
        result.query = query;
        result.error = QString::fromStdString(e.what());
    }
    return result;
}

} // namespace pixelchain::ui
