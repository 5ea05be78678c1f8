#pragma once
// Parses "--name value" options and "--flag" switches of one pixelchain-cli command, with typed,
// range-checked accessors. Every problem is a UsageError whose message names the option.
#include <cstdint>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace pixelchain::cli {

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Arguments {
public:
    /// `valued`: options that take a value; `flags`: switches without one. Unknown options,
    /// a missing value, a repeated option or a stray word are UsageErrors.
    Arguments(const std::vector<std::string>& words, const std::set<std::string>& valued,
              const std::set<std::string>& flags);

    bool has(const std::string& name) const;
    std::string text(const std::string& name, const std::string& fallback = {}) const;
    /// The value of a required option; UsageError when absent.
    std::string required(const std::string& name) const;
    /// An integer in [min, max]; `fallback` when absent.
    std::uint64_t integer(const std::string& name, std::uint64_t fallback, std::uint64_t min,
                          std::uint64_t max) const;
    /// A finite number in [min, max]; `fallback` when absent.
    double number(const std::string& name, double fallback, double min, double max) const;

private:
    std::map<std::string, std::string> values_;
};

} // namespace pixelchain::cli
