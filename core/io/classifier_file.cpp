#include "core/io/classifier_file.h"

#include "core/io/atomic_file.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace pixelchain::io {
namespace {

constexpr const char* kFormat = "pixelchain-logistic-regression";
constexpr float kMaxWeight = 1e6f;

std::vector<float> boundedFloats(const SafetensorsFile& file, const std::string& name,
                                 const Shape& shape) {
    auto values = file.floats(name, shape);
    for (const float w : values)
        if (!(std::abs(w) <= kMaxWeight))
            throw FormatError("tensor '" + name + "' holds a weight beyond ±1e6");
    return values;
}

} // namespace

std::optional<ConfusionMatrix> testConfusion(const Metadata& metadata) {
    const auto it = metadata.find("test_confusion");
    if (it == metadata.end())
        return std::nullopt;
    const auto json = nlohmann::json::parse(it->second, nullptr, false);
    const auto bad = [] {
        return FormatError("metadata 'test_confusion' is not 10 rows of 10 counts");
    };
    if (!json.is_array() || json.size() != kDigitClasses)
        throw bad();
    ConfusionMatrix m;
    for (std::size_t y = 0; y < kDigitClasses; ++y) {
        const auto& row = json[y];
        if (!row.is_array() || row.size() != kDigitClasses)
            throw bad();
        for (std::size_t p = 0; p < kDigitClasses; ++p) {
            if (!row[p].is_number_unsigned() || row[p].get<std::uint64_t>() > 1'000'000'000)
                throw bad();
            m.counts[y][p] = row[p].get<std::uint64_t>();
        }
    }
    return m;
}

void saveClassifier(const std::string& path, const LogisticRegression& model,
                    const Metadata& metadata) {
    SafetensorsWriter writer;
    const auto C = static_cast<std::int64_t>(model.classes());
    writer.addFloats("W", {C, kPixels}, model.weights());
    writer.addFloats("b", {C}, model.bias());
    Metadata all = metadata;
    all["format"] = kFormat;
    all["classes"] = std::to_string(C);
    writer.setMetadata(std::move(all));
    writeFileAtomically(path, writer.serialize());
}

LoadedClassifier parseClassifier(std::string bytes) {
    const SafetensorsFile file = SafetensorsFile::parse(std::move(bytes));
    if (file.meta("format") != kFormat)
        throw FormatError("not a logistic-regression file: format '" + file.meta("format") + "'");
    const std::string& classes = file.meta("classes");
    if (classes != std::to_string(kDigitClasses))
        throw FormatError("metadata 'classes' is not 10: '" + classes + "'");
    LoadedClassifier loaded;
    try {
        loaded.model =
            std::make_shared<LogisticRegression>(boundedFloats(file, "W", {kDigitClasses, kPixels}),
                                                 boundedFloats(file, "b", {kDigitClasses}));
    } catch (const std::invalid_argument& e) {
        throw FormatError(e.what());
    }
    loaded.metadata = file.metadata();
    loaded.confusion = testConfusion(loaded.metadata);
    return loaded;
}

LoadedClassifier loadClassifier(const std::string& path) {
    std::string bytes = readFile(path, std::size_t{1} << 26);
    try {
        return parseClassifier(std::move(bytes));
    } catch (const FormatError& e) {
        throw FormatError(path + ": " + e.what());
    }
}

} // namespace pixelchain::io
