// `pixelchain-cli params`: the exact parameter count of every factorization, as a table or as one
// JSON object. The numbers all come from core/counting; this file only reads options and prints.
#include "app/cli/arguments.h"
#include "app/cli/commands.h"
#include "core/counting/parameter_count.h"

#include <algorithm>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

namespace pixelchain::cli {

namespace {

namespace counting = pixelchain::counting;
using counting::Factorization;

constexpr const char* kHelp =
    R"help(usage: pixelchain-cli params --pixels N --states K [--markov-order M] [--hidden H] [--json]

Exact parameter counts of the factorizations of p(x1, ..., xn) for n variables (pixels) with
k states each. A table over one variable needs k - 1 free numbers (its entries sum to one).

Options:
  --pixels N         number of variables n, 1..100000 (784 for a 28x28 image)
  --states K         states per variable k, 2..4294967296 (2 for binary pixels)
  --markov-order M   how many previous variables each Markov factor sees, 0..N-1
                     (default 1; 0 when N = 1)
  --hidden H         hidden units H of NADE, 1..100000 (default 500)
  --json             print one JSON object instead of a table
  --help             print this help and exit

Factorizations:
  full         one table over all k^n joint states       k^n - 1
  independent  p(x1) p(x2) ... p(xn)                     n(k - 1)
  chain_rule   p(x1) p(x2|x1) ... p(xn|x1,...,xn-1)      sum_i k^(i-1) (k - 1)  (= k^n - 1)
  markov       p(xi | the previous m variables)          sum_i k^min(i-1,m) (k - 1)
  fvsbn        one logistic regression per factor        sum_i (k - 1)(1 + (i - 1)(k - 1))
  nade         shared W, V, b, c with H hidden units     2Hn(k - 1) + H + n(k - 1)
Bernoulli (1) and categorical with K outcomes (K - 1) are the N = 1 cases.

JSON output, one object:
  {"pixels": N, "states": K, "markov_order": M, "hidden": H,
   "factorizations": {"full": E, "independent": E, "chain_rule": E,
                      "markov": E, "fvsbn": E, "nade": E}}
  where E = {"parameters": "<decimal>", "exact": true, "digits": D, "log10": L}.
  "parameters" is the exact count as a decimal string (numbers this long do not fit a JSON
  number), "digits" its number of decimal digits and "log10" its base-10 logarithm.
  A count with more than 100000 digits is not printed in full: then "exact" is false and
  "parameters" holds its leading digits, truncated, as "≈ d.ddddddddddd × 10^(D-1)".
  "chain_rule" and "markov" also hold "factor_count" (= N) and "factors", the first 64 factors:
    {"factor": "p(x3|x1,x2)", "index": 3, "conditioned_on": 2, "parameters": "4"}

Exit status: 0 on success, 2 for bad arguments (with a one-line message on stderr).
Example: pixelchain-cli params --pixels 784 --states 2 --json
)help";

/// Factors listed per factorization: all of them in JSON up to this many, fewer in the table.
constexpr std::size_t kJsonFactors = 64;
constexpr std::size_t kTableFactors = 8;

struct Row {
    Factorization factorization;
    const char* formula;
};

constexpr Row kRows[] = {
    {Factorization::Full, "k^n - 1"},
    {Factorization::Independent, "n(k - 1)"},
    {Factorization::ChainRule, "sum k^(i-1) (k - 1)"},
    {Factorization::Markov, "sum k^min(i-1,m) (k - 1)"},
    {Factorization::Fvsbn, "sum (k - 1)(1 + (i - 1)(k - 1))"},
    {Factorization::Nade, "2Hn(k - 1) + H + n(k - 1)"},
};

bool hasFactorList(Factorization f) {
    return f == Factorization::ChainRule || f == Factorization::Markov;
}

counting::CountQuery readQuery(const Arguments& args) {
    args.required("pixels");
    args.required("states");
    counting::CountQuery query;
    query.variables = args.integer("pixels", 0, counting::kMinVariables, counting::kMaxVariables);
    query.states = args.integer("states", 0, counting::kMinStates, counting::kMaxStates);
    query.hidden = args.integer("hidden", 500, counting::kMinHidden, counting::kMaxHidden);
    // A single variable has no predecessor, so the default order drops to 0 there.
    const std::uint64_t defaultOrder = std::min<std::uint64_t>(1, query.variables - 1);
    query.markovOrder = args.integer("markov-order", defaultOrder, 0, counting::kMaxVariables);
    if (query.markovOrder >= query.variables)
        throw UsageError("--markov-order must be below --pixels (0.." +
                         std::to_string(query.variables - 1) + "), got " +
                         std::to_string(query.markovOrder));
    return query;
}

std::string label(Factorization f, const counting::CountQuery& query) {
    switch (f) {
    case Factorization::Full:
        return "full joint";
    case Factorization::Independent:
        return "independent";
    case Factorization::ChainRule:
        return "chain rule";
    case Factorization::Markov:
        return "Markov (m = " + std::to_string(query.markovOrder) + ")";
    case Factorization::Fvsbn:
        return "FVSBN";
    case Factorization::Nade:
        return "NADE (H = " + std::to_string(query.hidden) + ")";
    }
    return counting::key(f);
}

nlohmann::ordered_json countJson(const counting::ParameterCount& count) {
    return {{"parameters", count.decimal()},
            {"exact", count.exact.has_value()},
            {"digits", count.digits},
            {"log10", count.log10}};
}

nlohmann::ordered_json factorsJson(Factorization f, const counting::CountQuery& query) {
    auto list = nlohmann::ordered_json::array();
    for (const counting::FactorCount& factor : counting::factors(f, query, kJsonFactors)) {
        list.push_back({{"factor", counting::notation(factor)},
                        {"index", factor.index},
                        {"conditioned_on", factor.conditionedOn},
                        {"parameters", factor.parameters.decimal()}});
    }
    return list;
}

void printJson(const counting::CountQuery& query, std::ostream& out) {
    nlohmann::ordered_json factorizations = nlohmann::ordered_json::object();
    for (const Row& row : kRows) {
        nlohmann::ordered_json entry = countJson(counting::count(row.factorization, query));
        if (hasFactorList(row.factorization)) {
            entry["factor_count"] = query.variables;
            entry["factors"] = factorsJson(row.factorization, query);
        }
        factorizations[counting::key(row.factorization)] = std::move(entry);
    }
    const nlohmann::ordered_json document = {{"pixels", query.variables},
                                             {"states", query.states},
                                             {"markov_order", query.markovOrder},
                                             {"hidden", query.hidden},
                                             {"factorizations", std::move(factorizations)}};
    out << document.dump(2) << '\n';
}

void printFactorTable(Factorization f, const counting::CountQuery& query, std::ostream& out) {
    const auto list = counting::factors(f, query, kTableFactors);
    out << '\n'
        << label(f, query) << ", first " << list.size() << " of " << query.variables
        << " factors:\n";
    for (const counting::FactorCount& factor : list) {
        out << "  " << std::left << std::setw(22) << counting::notation(factor)
            << factor.parameters.decimal() << '\n';
    }
}

void printTable(const counting::CountQuery& query, std::ostream& out) {
    out << "n = " << query.variables << " variables, k = " << query.states
        << " states, Markov order m = " << query.markovOrder
        << ", NADE hidden units H = " << query.hidden << "\n\n";
    out << std::left << std::setw(18) << "factorization" << std::setw(34) << "formula" << std::right
        << std::setw(8) << "digits" << std::setw(16) << "log10"
        << "  parameters\n";
    for (const Row& row : kRows) {
        const counting::ParameterCount count = counting::count(row.factorization, query);
        std::ostringstream log10;
        log10 << std::fixed << std::setprecision(6) << count.log10;
        out << std::left << std::setw(18) << label(row.factorization, query) << std::setw(34)
            << row.formula << std::right << std::setw(8) << count.digits << std::setw(16)
            << log10.str() << "  " << count.decimal() << '\n';
    }
    printFactorTable(Factorization::ChainRule, query, out);
    printFactorTable(Factorization::Markov, query, out);
}

bool asksForHelp(const Words& words) {
    return std::any_of(words.begin(), words.end(),
                       [](const std::string& w) { return w == "--help" || w == "-h"; });
}

} // namespace

int runParams(const Words& words, std::ostream& out, std::ostream& err) {
    if (asksForHelp(words)) {
        out << kHelp;
        return 0;
    }
    try {
        const Arguments args(words, {"pixels", "states", "markov-order", "hidden"}, {"json"});
        const counting::CountQuery query = readQuery(args);
        if (args.has("json"))
            printJson(query, out);
        else
            printTable(query, out);
    } catch (const UsageError& e) {
        err << "pixelchain-cli params: " << e.what() << " (see --help)\n";
        return 2;
    } catch (const counting::OutOfRange& e) {
        err << "pixelchain-cli params: " << e.what() << " (see --help)\n";
        return 2;
    }
    out.flush();
    return out ? 0 : 1;
}

} // namespace pixelchain::cli
