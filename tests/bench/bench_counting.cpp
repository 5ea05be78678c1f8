// bench_counting: how long one parameter-count answer takes, swept over sizes up to the largest
// accepted question. An answer is what the Counting page and `pixelchain-cli params` need: the
// count, its decimal text and (for chain rule and Markov) the first 64 factors. The contract is
// 100 ms per answer; this prints timings and never fails on them.
#include "core/counting/parameter_count.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

using namespace pixelchain::counting;

namespace {

struct Timing {
    CountQuery query;
    Factorization factorization;
    std::size_t digits = 0;
    double worstMs = 0; // slowest of the repeats
};

double answerMs(Factorization f, const CountQuery& q, std::size_t& digits) {
    const auto start = std::chrono::steady_clock::now();
    const ParameterCount count = pixelchain::counting::count(f, q);
    const std::string text = count.decimal();
    const auto list = factors(f, q);
    const auto stop = std::chrono::steady_clock::now();
    digits = count.digits;
    if (text.empty() || list.size() > 64) // keeps the work observable; never expected
        std::printf("unexpected answer for %s\n", key(f));
    return std::chrono::duration<double, std::milli>(stop - start).count();
}

std::vector<CountQuery> sweep() {
    std::vector<CountQuery> queries;
    for (std::uint64_t n : {784u, 10000u, 10380u, 100000u})
        for (std::uint64_t k :
             {std::uint64_t{2}, std::uint64_t{10}, std::uint64_t{256}, kMaxStates - 1, kMaxStates})
            for (std::uint64_t m : {std::uint64_t{1}, n / 2, n - 2, n - 1})
                queries.push_back({n, k, m, kMaxHidden});
    return queries;
}

} // namespace

int main() {
    constexpr int kRepeats = 3;
    std::vector<Timing> timings;
    for (const CountQuery& q : sweep()) {
        for (Factorization f : kAllFactorizations) {
            Timing t{q, f};
            for (int r = 0; r < kRepeats; ++r)
                t.worstMs = std::max(t.worstMs, answerMs(f, q, t.digits));
            timings.push_back(t);
        }
    }
    std::sort(timings.begin(), timings.end(),
              [](const Timing& a, const Timing& b) { return a.worstMs > b.worstMs; });
    std::printf("%zu answers timed (%d repeats each); the 15 slowest:\n", timings.size(), kRepeats);
    std::printf("%-12s %8s %12s %8s %8s %10s %10s\n", "factorization", "n", "k", "m", "H", "digits",
                "ms");
    for (std::size_t i = 0; i < std::min<std::size_t>(15, timings.size()); ++i) {
        const Timing& t = timings[i];
        std::printf("%-12s %8llu %12llu %8llu %8llu %10zu %10.2f\n", key(t.factorization),
                    static_cast<unsigned long long>(t.query.variables),
                    static_cast<unsigned long long>(t.query.states),
                    static_cast<unsigned long long>(t.query.markovOrder),
                    static_cast<unsigned long long>(t.query.hidden), t.digits, t.worstMs);
    }
    std::printf("contract: every answer within 100 ms; slowest here %.2f ms\n",
                timings.empty() ? 0.0 : timings.front().worstMs);
    return 0;
}
