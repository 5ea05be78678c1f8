#include "core/io/model_file.h"

#include "core/io/atomic_file.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>

namespace pixelchain::io {
namespace {

constexpr const char* kNadeFormat = "pixelchain-nade";

int parseHidden(const std::string& text) {
    std::size_t used = 0;
    long value = 0;
    try {
        value = std::stol(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || value < 1 || value > 100000)
        throw FormatError("metadata 'hidden' is not a number of hidden units: '" + text + "'");
    return static_cast<int>(value);
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
    if (values.size() != 101 || !std::is_sorted(values.begin(), values.end()))
        throw FormatError("metadata 'test_ll_quantiles' is not 101 sorted numbers");
    return values;
}

double parseNll(const Metadata& metadata) {
    const auto it = metadata.find("test_nll_nats");
    if (it == metadata.end())
        return std::numeric_limits<double>::quiet_NaN();
    try {
        const double v = std::stod(it->second);
        if (std::isfinite(v) && v >= 0)
            return v;
    } catch (const std::exception&) {
    }
    throw FormatError("metadata 'test_nll_nats' is not a number: '" + it->second + "'");
}

std::shared_ptr<const DensityModel> readNade(const SafetensorsFile& file) {
    const Activation activation = [&] {
        try {
            return parseActivation(file.meta("activation"));
        } catch (const std::invalid_argument& e) {
            throw FormatError(e.what());
        }
    }();
    const int H = parseHidden(file.meta("hidden"));
    const std::int64_t D = kPixels;
    NadeWeights w(H, kPixels);
    const auto W = file.floats("W", {H, D});  // row-major [H, D]
    const auto V = file.floats("V", {D, H});  // row-major [D, H] = column-major [H, D]
    w.W = Eigen::Map<const Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>(
        W.data(), H, D);
    w.Vt = Eigen::Map<const Eigen::MatrixXf>(V.data(), H, D);
    const auto b = file.floats("b", {D});
    const auto c = file.floats("c", {H});
    w.b = Eigen::Map<const Eigen::VectorXf>(b.data(), D);
    w.c = Eigen::Map<const Eigen::VectorXf>(c.data(), H);
    const auto order = file.ints("ordering", {D});
    Ordering ordering = Ordering::raster();
    try {
        ordering = Ordering::custom({order.begin(), order.end()});
    } catch (const std::invalid_argument& e) {
        throw FormatError(std::string("tensor 'ordering': ") + e.what());
    }
    if (ordering == Ordering::raster())
        ordering = Ordering::raster();
    else if (const auto name = file.metadata().find("ordering"); name != file.metadata().end()) {
        try {
            if (const Ordering named = Ordering::parse(name->second); named == ordering)
                ordering = named;
        } catch (const std::invalid_argument&) {
        }
    }
    return std::make_shared<Nade>(std::move(w), std::move(ordering), activation);
}

} // namespace

std::string serializeNade(const Nade& nade, const Metadata& metadata) {
    const NadeWeights& w = nade.weights();
    const std::int64_t H = w.hidden(), D = w.pixels();
    SafetensorsWriter writer;
    const Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> W = w.W;
    writer.addFloats("W", {H, D}, {W.data(), W.data() + W.size()});
    writer.addFloats("V", {D, H}, {w.Vt.data(), w.Vt.data() + w.Vt.size()});
    writer.addFloats("b", {D}, {w.b.data(), w.b.data() + D});
    writer.addFloats("c", {H}, {w.c.data(), w.c.data() + H});
    const auto& pixels = nade.ordering().pixels();
    writer.addInts("ordering", {D}, {pixels.begin(), pixels.end()});
    Metadata all = metadata;
    all["format"] = kNadeFormat;
    all["activation"] = activationName(nade.activation());
    all["hidden"] = std::to_string(H);
    all["ordering"] = nade.ordering().name();
    writer.setMetadata(std::move(all));
    return writer.serialize();
}

void saveNade(const std::string& path, const Nade& nade, const Metadata& metadata) {
    writeFileAtomically(path, serializeNade(nade, metadata));
}

LoadedModel parseModel(std::string bytes) {
    const SafetensorsFile file = SafetensorsFile::parse(std::move(bytes));
    const std::string& format = file.meta("format");
    LoadedModel loaded;
    if (format == kNadeFormat)
        loaded.model = readNade(file);
    else
        throw FormatError("unknown model format '" + format + "'");
    loaded.metadata = file.metadata();
    loaded.testNll = parseNll(loaded.metadata);
    loaded.testQuantiles = parseQuantiles(loaded.metadata);
    return loaded;
}

LoadedModel loadModel(const std::string& path) {
    std::string bytes = readFile(path, std::size_t{1} << 30);
    try {
        return parseModel(std::move(bytes));
    } catch (const FormatError& e) {
        throw FormatError(path + ": " + e.what());
    }
}

} // namespace pixelchain::io
