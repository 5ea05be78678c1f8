#include "core/io/continuous_model_file.h"

#include "core/io/atomic_file.h"
#include "core/io/model_file_parts.h"
#include "core/models/independent_mixture.h"
#include "core/models/rnade.h"

#include <cmath>

namespace pixelchain::io {
namespace {

constexpr const char* kRnadeFormat = "pixelchain-rnade";
constexpr const char* kMixtureFormat = "pixelchain-independent-mixture";
constexpr std::size_t kMaxFileBytes = std::size_t{1} << 31;

int parseComponents(const SafetensorsFile& file) {
    const std::string& text = file.meta("components");
    if (const auto value = integerIn(text, 1, kMaxComponents))
        return *value;
    throw FormatError("metadata 'components' is not a number of components from 1 to " +
                      std::to_string(kMaxComponents) + ": '" + text + "'");
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
        const Metadata metadata = readMetadata(path);
        const auto it = metadata.find("format");
        if (it == metadata.end())
            throw FormatError("metadata 'format' is missing");
        return it->second;
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
    loaded.testBitsPerDim = optionalNumber(loaded.metadata, "test_bits_per_dim");
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
