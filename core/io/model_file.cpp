#include "core/io/model_file.h"

#include "core/io/atomic_file.h"
#include "core/io/continuous_model_file.h"
#include "core/io/model_file_parts.h"
#include "core/models/class_nade.h"
#include "core/models/fvsbn.h"
#include "core/models/independent.h"
#include "core/models/markov.h"
#include "core/models/naive_bayes.h"
#include "core/stats/percentiles.h"

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <regex>

namespace pixelchain::io {
namespace {

// A file's `format` is "pixelchain-" + familyName(family); serializeModel writes it so.
constexpr const char* kNadeFormat = "pixelchain-nade";
constexpr const char* kIndependentFormat = "pixelchain-independent";
constexpr const char* kMarkovFormat = "pixelchain-markov";
constexpr const char* kFvsbnFormat = "pixelchain-fvsbn";
constexpr const char* kNaiveBayesFormat = "pixelchain-naive-bayes";
constexpr const char* kClassNadeFormat = "pixelchain-class-nade";

std::shared_ptr<const DensityModel> readNade(const SafetensorsFile& file) {
    const Activation activation = readActivation(file);
    NadeWeights w = readNadeWeights(file, parseHidden(file.meta("hidden")));
    return std::make_shared<Nade>(std::move(w), readOrdering(file), activation);
}

/// metadata `classes` (1..1000) and the `log_prior` tensor, renormalized to sum to 1 exactly; a
/// prior whose values are not finite or whose probabilities do not sum to 1 (±1e-4) is refused.
std::vector<double> readLogPrior(const SafetensorsFile& file) {
    const std::string& text = file.meta("classes");
    const bool digits = !text.empty() && text.size() <= 4 &&
                        text.find_first_not_of("0123456789") == std::string::npos;
    if (!digits || std::stoi(text) < 1 || std::stoi(text) > 1000)
        throw FormatError("metadata 'classes' is not a number of labels 1..1000: '" + text + "'");
    const auto prior = file.floats("log_prior", {std::stoi(text)});
    double total = 0;
    for (const float lp : prior) {
        if (!std::isfinite(lp) || lp > 0)
            throw FormatError("tensor 'log_prior' holds a value that is not a log-probability");
        total += std::exp(static_cast<double>(lp));
    }
    if (std::abs(total - 1) > 1e-4)
        throw FormatError("tensor 'log_prior' does not sum to probability 1");
    std::vector<double> logPrior(prior.begin(), prior.end());
    for (double& lp : logPrior)
        lp -= std::log(total);
    return logPrior;
}

std::shared_ptr<const DensityModel> readClassNade(const SafetensorsFile& file) {
    const Activation activation = readActivation(file);
    const int H = parseHidden(file.meta("hidden"));
    std::vector<double> logPrior = readLogPrior(file);
    const auto C = static_cast<std::int64_t>(logPrior.size());
    ClassNadeWeights w;
    w.nade = readNadeWeights(file, H);
    using RowMajor = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    const auto U = weights(file, "U", {H, C});
    const auto A = weights(file, "A", {kPixels, C});
    w.U = Eigen::Map<const RowMajor>(U.data(), H, C);
    w.A = Eigen::Map<const RowMajor>(A.data(), kPixels, C);
    return std::make_shared<ClassNade>(std::move(w), std::move(logPrior), readOrdering(file),
                                       activation);
}

/// Every value strictly inside (0, 1): a table probability of 0 or 1 would give a digit log 0.
void requireProbabilities(const std::vector<float>& values, const char* tensor) {
    for (const float p : values)
        if (!(p > 0.0f && p < 1.0f))
            throw FormatError(std::string("tensor '") + tensor + "' holds a value outside (0, 1)");
}

int parseOrder(const std::string& text) {
    const bool digits = !text.empty() && text.size() <= 2 &&
                        text.find_first_not_of("0123456789") == std::string::npos;
    if (!digits || std::stoi(text) > Markov::kMaxOrder)
        throw FormatError("metadata 'order' is not a Markov order 0..16: '" + text + "'");
    return std::stoi(text);
}

std::shared_ptr<const DensityModel> readIndependent(const SafetensorsFile& file) {
    auto p = file.floats("p", {kPixels});
    requireProbabilities(p, "p");
    return std::make_shared<Independent>(std::move(p));
}

std::shared_ptr<const DensityModel> readMarkov(const SafetensorsFile& file) {
    const int order = parseOrder(file.meta("order"));
    auto p = file.floats("p", {static_cast<std::int64_t>(Markov::tableSize(order))});
    requireProbabilities(p, "p");
    return std::make_shared<Markov>(order, std::move(p));
}

std::shared_ptr<const DensityModel> readNaiveBayes(const SafetensorsFile& file) {
    std::vector<double> logPrior = readLogPrior(file);
    auto p = file.floats("p", {static_cast<std::int64_t>(logPrior.size()), kPixels});
    requireProbabilities(p, "p");
    return std::make_shared<NaiveBayes>(std::move(p), std::move(logPrior));
}

std::shared_ptr<const DensityModel> readFvsbn(const SafetensorsFile& file) {
    const std::int64_t D = kPixels;
    const auto b = weights(file, "b", {D});
    const auto W = weights(file, "W", {D, D}); // row-major: W[i, j] = w_ij
    FvsbnWeights w;
    w.b = Eigen::Map<const Eigen::VectorXf>(b.data(), D);
    w.W = Eigen::Map<const Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>(
        W.data(), D, D);
    if (!w.isStrictlyLower())
        throw FormatError("tensor 'W' has weights on or above the diagonal (pixel i may only "
                          "look at pixels before it)");
    return std::make_shared<Fvsbn>(std::move(w));
}

} // namespace

std::string serializeNade(const Nade& nade, const Metadata& metadata) {
    return serializeModel(nade, metadata);
}

void saveNade(const std::string& path, const Nade& nade, const Metadata& metadata) {
    writeFileAtomically(path, serializeNade(nade, metadata));
}

std::string serializeModel(const Model& model, const Metadata& metadata) {
    SafetensorsWriter writer;
    ModelTensors contents = model.tensors();
    for (const NamedTensor& t : contents.tensors) {
        if (t.ints.empty())
            writer.addFloats(t.name, t.shape, t.floats);
        else
            writer.addInts(t.name, t.shape, t.ints);
    }
    Metadata all = metadata;
    for (auto& [key, value] : contents.metadata)
        all[key] = std::move(value);
    all["format"] = std::string("pixelchain-") + familyName(model.family());
    all["ordering"] = model.ordering().name();
    writer.setMetadata(std::move(all));
    return writer.serialize();
}

void saveModel(const std::string& path, const Model& model, const Metadata& metadata) {
    writeFileAtomically(path, serializeModel(model, metadata));
}

LoadedModel parseModel(std::string bytes) {
    const SafetensorsFile file = SafetensorsFile::parse(std::move(bytes));
    const std::string& format = file.meta("format");
    LoadedModel loaded;
    if (format == kNadeFormat)
        loaded.model = readNade(file);
    else if (format == kIndependentFormat)
        loaded.model = readIndependent(file);
    else if (format == kMarkovFormat)
        loaded.model = readMarkov(file);
    else if (format == kFvsbnFormat)
        loaded.model = readFvsbn(file);
    else if (format == kNaiveBayesFormat)
        loaded.model = readNaiveBayes(file);
    else if (format == kClassNadeFormat)
        loaded.model = readClassNade(file);
    else if (isContinuousFormat(format))
        throw FormatError("'" + format + "' is a model of greyscale images, not of binary ones");
    else
        throw FormatError("unknown model format '" + format + "'");
    loaded.metadata = file.metadata();
    loaded.testNll = parseNll(loaded.metadata);
    loaded.testQuantiles = parseQuantiles(loaded.metadata);
    if (const auto it = loaded.metadata.find("test_ll_preparation"); it != loaded.metadata.end())
        loaded.quantilePreparation = it->second;
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

TrainingLength trainingLength(const Metadata& metadata) {
    TrainingLength length;
    const auto number = [](const std::string& text) {
        try {
            const int value = std::stoi(text);
            return value > 0 ? value : 0;
        } catch (const std::exception&) {
            return 0;
        }
    };
    if (const auto it = metadata.find("command"); it != metadata.end()) {
        std::smatch match;
        if (std::regex_search(it->second, match, std::regex("--epochs ([0-9]{1,6})")))
            length.scheduledEpochs = number(match[1]);
    }
    if (const auto it = metadata.find("epochs"); it != metadata.end())
        length.keptEpoch = number(it->second);
    return length;
}

} // namespace pixelchain::io
