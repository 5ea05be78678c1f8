// The counts of grey_count.h, by their closed forms.
#include "core/counting/grey_count.h"

namespace pixelchain::counting {

namespace {

void requireInRange(const char* what, std::uint64_t value, std::uint64_t min, std::uint64_t max) {
    if (value < min || value > max)
        throw OutOfRange(std::string(what) + " must be in " + std::to_string(min) + ".." +
                         std::to_string(max) + ", got " + std::to_string(value));
}

} // namespace

void validate(const RnadeQuery& query) {
    requireInRange("number of pixels D", query.pixels, kMinVariables, kMaxVariables);
    requireInRange("hidden units H", query.hidden, kMinHidden, kMaxHidden);
    requireInRange("mixture components K", query.components, kMinComponents, kMaxComponents);
}

ParameterCount rnadeCount(const RnadeQuery& query) {
    validate(query);
    const Integer d(query.pixels), h(query.hidden), k(query.components);
    return describe((3 * k + 1) * h * d + h + 3 * k * d);
}

ParameterCount greyChainRuleCount(std::uint64_t pixels) {
    CountQuery query;
    query.variables = pixels;
    query.states = kGreyLevels;
    query.markovOrder = 0; // unused by the chain rule; 0 is valid for every n
    return count(Factorization::ChainRule, query);
}

} // namespace pixelchain::counting
