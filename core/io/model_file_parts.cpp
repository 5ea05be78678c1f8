#include "core/io/model_file_parts.h"

#include "core/stats/percentiles.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>

namespace pixelchain::io {

std::optional<int> integerIn(const std::string& text, int low, int high) {
    std::size_t used = 0;
    long value = 0;
    try {
        value = std::stol(text, &used);
    } catch (const std::exception&) {
        return std::nullopt;
    }
    if (used != text.size() || value < low || value > high)
        return std::nullopt;
    return static_cast<int>(value);
}

double optionalNumber(const Metadata& metadata, const std::string& key, double low) {
    const auto it = metadata.find(key);
    if (it == metadata.end())
        return std::numeric_limits<double>::quiet_NaN();
    try {
        const double v = std::stod(it->second);
        if (std::isfinite(v) && v >= low)
            return v;
    } catch (const std::exception&) {
    }
    throw FormatError("metadata '" + key + "' is not a number: '" + it->second + "'");
}

int parseHidden(const std::string& text) {
    if (const auto value = integerIn(text, 1, 100000))
        return *value;
    throw FormatError("metadata 'hidden' is not a number of hidden units: '" + text + "'");
}

std::vector<double> parseQuantiles(const Metadata& metadata) {
    const auto it = metadata.find("test_ll_quantiles");
    if (it == metadata.end())
        return {};
    const auto json = nlohmann::json::parse(it->second, nullptr, false);
    std::vector<double> values;
    if (json.is_array())
        for (const auto& v : json)
            if (v.is_number() && std::isfinite(v.get<double>()))
                values.push_back(v.get<double>());
    if (values.size() != stats::kPercentileCount || !std::is_sorted(values.begin(), values.end()))
        throw FormatError("metadata 'test_ll_quantiles' is not " +
                          std::to_string(stats::kPercentileCount) + " sorted numbers");
    return values;
}

double parseNll(const Metadata& metadata) {
    return optionalNumber(metadata, "test_nll_nats", 0);
}

std::vector<float> weights(const SafetensorsFile& file, const std::string& name,
                           const Shape& shape) {
    auto values = file.floats(name, shape);
    for (const float w : values)
        if (!(std::abs(w) <= kMaxWeight))
            throw FormatError("tensor '" + name + "' holds a weight beyond ±1e6, far outside " +
                              "what training gives");
    return values;
}

Activation readActivation(const SafetensorsFile& file) {
    try {
        return parseActivation(file.meta("activation"));
    } catch (const std::invalid_argument& e) {
        throw FormatError(e.what());
    }
}

NadeWeights readNadeWeights(const SafetensorsFile& file, int H) {
    const std::int64_t D = kPixels;
    NadeWeights w(H, kPixels);
    const auto W = weights(file, "W", {H, D}); // row-major [H, D]
    const auto V = weights(file, "V", {D, H}); // row-major [D, H] = column-major [H, D]
    w.W = Eigen::Map<const Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>(
        W.data(), H, D);
    w.Vt = Eigen::Map<const Eigen::MatrixXf>(V.data(), H, D);
    const auto b = weights(file, "b", {D});
    const auto c = weights(file, "c", {H});
    w.b = Eigen::Map<const Eigen::VectorXf>(b.data(), D);
    w.c = Eigen::Map<const Eigen::VectorXf>(c.data(), H);
    return w;
}

Ordering readOrdering(const SafetensorsFile& file) {
    const auto order = file.ints("ordering", {kPixels});
    Ordering ordering = Ordering::raster();
    try {
        ordering = Ordering::custom({order.begin(), order.end()});
    } catch (const std::invalid_argument& e) {
        throw FormatError(std::string("tensor 'ordering': ") + e.what());
    }
    if (ordering == Ordering::raster())
        return Ordering::raster();
    if (const auto name = file.metadata().find("ordering"); name != file.metadata().end()) {
        try {
            if (const Ordering named = Ordering::parse(name->second); named == ordering)
                return named;
        } catch (const std::invalid_argument&) {
        }
    }
    return ordering;
}

} // namespace pixelchain::io
