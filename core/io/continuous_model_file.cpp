#include "core/io/continuous_model_file.h"

#include "core/io/atomic_file.h"
#include "core/io/model_file_parts.h"
#include "core/models/independent_mixture.h"
#include "core/models/rnade.h"

#include <cmath>
#include <limits>

namespace pixelchain::io {
namespace {

constexpr const char* kRnadeFormat = "pixelchain-rnade";
constexpr const char* kMixtureFormat = "pixelchain-independent-mixture";
constexpr std::size_t kMaxFileBytes = std::size_t{1} << 31;

int parseComponents(const SafetensorsFile& file) {
    const std::string& text = file.meta("components");
    std::size_t used = 0;
    long value = 0;
    try {
        value = std::stol(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || value < 1 || value > 64)
        throw FormatError("metadata 'components' is not a number of components from 1 to 64: '" +
                          text + "'");
    return static_cast<int>(value);
}

double parseBitsPerDim(const Metadata& metadata) {
    const auto it = metadata.find("test_bits_per_dim");
    if (it == metadata.end())
        return std::numeric_limits<double>::quiet_NaN();
    try {
        const double v = std::stod(it->second);
        if (std::isfinite(v))
            return v;
    } catch (const std::exception&) {
    }
    throw FormatError("metadata 'test_bits_per_dim' is not a number: '" + it->second + "'");
}

/// A float tensor read through the shared checks, as a NamedTensor.
NamedTensor tensor(const SafetensorsFile& file, const std::string& name, const Shape& shape) {
    return {name, {shape.begin(), shape.end()}, weights(file, name, shape), {}};
}

std::shared_ptr<const ContinuousDensity> readRnade(const SafetensorsFile& file) {
    const Activation activation = readActivation(file);
    const int H = parseHidden(file.meta("hidden"));
    const int K = parseComponents(file);
    const std::int64_t D = kPixels;
    ModelTensors tensors;
    tensors.tensors = {tensor(file, "W", {H, D}),     tensor(file, "c", {H}),
                       tensor(file, "Va", {D, K, H}), tensor(file, "Vm", {D, K, H}),
                       tensor(file, "Vs", {D, K, H}), tensor(file, "ba", {D, K}),
                       tensor(file, "bm", {D, K}),    tensor(file, "bs", {D, K})};
    return std::make_shared<Rnade>(rnadeWeightsOf(tensors, H, K), readOrdering(file), activation);
}

std::shared_ptr<const ContinuousDensity> readMixture(const SafetensorsFile& file) {
    const int K = parseComponents(file);
    ModelTensors tensors;
    for (const char* name : {"pi", "mu", "sigma"})
        tensors.tensors.push_back(tensor(file, name, {kPixels, K}));
    try {
        return IndependentMixture::fromTensors(tensors, K);
    } catch (const std::invalid_argument& e) {
        throw FormatError(e.what());
    }
}

} // namespace

bool isContinuousFormat(const std::string& format) {
    return format == kRnadeFormat || format == kMixtureFormat;
}

std::string modelFormat(const std::string& path) {
    try {
        return SafetensorsFile::parse(readFile(path, kMaxFileBytes)).meta("format");
    } catch (const FormatError& e) {
        throw FormatError(path + ": " + e.what());
    }
}

LoadedContinuous parseContinuousModel(std::string bytes) {
    const SafetensorsFile file = SafetensorsFile::parse(std::move(bytes));
    const std::string& format = file.meta("format");
    LoadedContinuous loaded;
    if (format == kRnadeFormat)
        loaded.model = readRnade(file);
    else if (format == kMixtureFormat)
        loaded.model = readMixture(file);
    else
        throw FormatError("'" + format + "' is not a model of greyscale images");
    loaded.metadata = file.metadata();
    loaded.testBitsPerDim = parseBitsPerDim(loaded.metadata);
    loaded.testQuantiles = parseQuantiles(loaded.metadata);
    return loaded;
}

LoadedContinuous loadContinuousModel(const std::string& path) {
    std::string bytes = readFile(path, kMaxFileBytes);
    try {
        return parseContinuousModel(std::move(bytes));
    } catch (const FormatError& e) {
        throw FormatError(path + ": " + e.what());
    }
}

} // namespace pixelchain::io
