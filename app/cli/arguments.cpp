#include "app/cli/arguments.h"

#include <charconv>
#include <cmath>

namespace pixelchain::cli {

Arguments::Arguments(const std::vector<std::string>& words, const std::set<std::string>& valued,
                     const std::set<std::string>& flags) {
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (word.size() < 3 || word.compare(0, 2, "--") != 0)
            throw UsageError("unexpected argument '" + word + "'");
        std::string name = word.substr(2);
        std::string value;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            value = name.substr(eq + 1);
            name.resize(eq);
            if (!valued.count(name))
                throw UsageError("option --" + name + " takes no value");
        } else if (valued.count(name)) {
            // "--pixels --json" forgot the value: say so rather than "--json is not a number".
            if (i + 1 >= words.size() || words[i + 1].compare(0, 2, "--") == 0)
                throw UsageError("option --" + name + " needs a value");
            value = words[++i];
        } else if (!flags.count(name)) {
            throw UsageError("unknown option --" + name);
        }
        if (!values_.emplace(name, value).second)
            throw UsageError("option --" + name + " is given twice");
    }
}

bool Arguments::has(const std::string& name) const {
    return values_.count(name) != 0;
}

std::string Arguments::text(const std::string& name, const std::string& fallback) const {
    const auto it = values_.find(name);
    return it == values_.end() ? fallback : it->second;
}

std::string Arguments::required(const std::string& name) const {
    const auto it = values_.find(name);
    if (it == values_.end())
        throw UsageError("option --" + name + " is required");
    return it->second;
}

std::uint64_t Arguments::integer(const std::string& name, std::uint64_t fallback, std::uint64_t min,
                                 std::uint64_t max) const {
    const auto it = values_.find(name);
    if (it == values_.end())
        return fallback;
    const std::string& s = it->second;
    std::uint64_t value = 0;
    const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (s.empty() || error == std::errc::result_out_of_range)
        throw UsageError("--" + name + " must be an integer in " + std::to_string(min) + ".." +
                         std::to_string(max) + ", got '" + s + "'");
    if (error != std::errc() || end != s.data() + s.size())
        throw UsageError("--" + name + " must be a whole number, got '" + s + "'");
    if (value < min || value > max)
        throw UsageError("--" + name + " must be in " + std::to_string(min) + ".." +
                         std::to_string(max) + ", got " + s);
    return value;
}

double Arguments::number(const std::string& name, double fallback, double min, double max) const {
    const auto it = values_.find(name);
    if (it == values_.end())
        return fallback;
    const std::string& s = it->second;
    double value = 0;
    const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (s.empty() || error != std::errc() || end != s.data() + s.size() || !std::isfinite(value))
        throw UsageError("--" + name + " must be a number, got '" + s + "'");
    if (value < min || value > max)
        throw UsageError("--" + name + " must be between " + std::to_string(min) + " and " +
                         std::to_string(max) + ", got " + s);
    return value;
}

} // namespace pixelchain::cli
