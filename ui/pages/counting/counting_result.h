#pragma once
// Everything the Counting page shows for one query, computed in one go off the UI thread and handed
// back by value: the count of each factorization, the first factors of the chain rule and of the
// Markov factorization, and log10 of every count over a range of n for the growth chart.
#include "core/counting/parameter_count.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <array>
#include <vector>

namespace pixelchain::ui {

inline constexpr std::size_t kFactorizationCount = std::size(counting::kAllFactorizations);

struct CountingResult {
    counting::CountQuery query;
    /// In lecture order (counting::kAllFactorizations).
    std::array<counting::ParameterCount, kFactorizationCount> counts;
    std::vector<counting::FactorCount> chainFactors;
    std::vector<counting::FactorCount> markovFactors;
    /// Per factorization, points (n, log10 count) for n from 1 to `chartVariables`.
    std::array<QList<QPointF>, kFactorizationCount> growth;
    std::uint64_t chartVariables = 1;
    /// Set when core refused the query; the other fields are then empty.
    QString error;
};

/// How many leading factors the breakdown lists.
inline constexpr std::size_t kBreakdownFactors = 6;

/// The largest n the chart shows for a query with `variables` variables: a round number a little
/// above n, so the current n sits inside the chart and not on its edge.
std::uint64_t chartVariablesFor(std::uint64_t variables);

/// The values of n at which the chart asks core for counts: all of 1..upper when that is short,
/// else evenly spread ones, always including `current`.
std::vector<std::uint64_t> chartSamples(std::uint64_t upper, std::uint64_t current);

/// Asks core for everything the page shows. Safe to call from any thread.
CountingResult computeCounting(const counting::CountQuery& query);

} // namespace pixelchain::ui
