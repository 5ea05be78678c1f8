// pixelchain-cli eval: the test-set negative log-likelihood of a model, and for a class-conditional
// model the accuracy of Bayes' rule with its confusion matrix.
#include "app/cli/arguments.h"
#include "app/cli/commands.h"
#include "app/cli/model_path.h"
#include "core/io/model_file.h"
#include "core/training/test_scores.h"

#include <iomanip>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <sstream>

namespace pixelchain::cli {
namespace {

constexpr const char* kHelp =
    R"(usage: pixelchain-cli eval [--model FILE] [--data DIR] [--binarize-seed S] [--threads T] [--json] [--write]

Mean negative log-likelihood of the 10,000 MNIST test digits, binarized stochastically
(pixel on with probability grey/255) with a fixed seed, so every model meets the same digits.
A model of greyscale digits (rnade, independent-mixture) is scored on the 8-bit digits instead,
dequantized with u drawn once from the same seed, in bits per dimension.

  --model FILE        model file (default: the shipped NADE)
  --data DIR          folder with the MNIST IDX files (default data/mnist)
  --binarize-seed S   binarization seed (default 2011, the seed every PixelChain figure uses)
  --threads T         worker threads (default 2)
  --json              print {"images":N,"nll_nats":…,"bits_per_dim":…}, and for a class-conditional
                      model "accuracy" and "confusion" (rows: true digit, columns: Bayes' rule)
  --write             rewrite the model file (atomically) with these figures: test_nll_nats and
                      the percentiles of the log-likelihoods of the test digits thresholded at
                      50% grey, which the app ranks drawings against (and for a class-conditional
                      model test_accuracy and test_confusion); needs --model and the default seed
)";

/// Rewrites the file at `path` with the same weights and the figures just measured.
void writeFigures(const std::string& path, const io::LoadedModel& loaded,
                  const training::TestScores& scores,
                  const std::optional<training::TestClassification>& classified) {
    io::Metadata metadata = loaded.metadata;
    if (classified) {
        metadata["test_accuracy"] = std::to_string(classified->accuracy);
        metadata["test_confusion"] = training::confusionJson(classified->confusion);
    }
    std::ostringstream nll;
    nll << std::fixed << std::setprecision(6) << scores.nll;
    metadata["test_nll_nats"] = nll.str();
    metadata["test_ll_quantiles"] = nlohmann::json(scores.quantiles).dump();
    metadata["test_ll_preparation"] = training::kThresholdPreparation;
    io::saveModel(path, *loaded.model, metadata);
}

} // namespace

int runEval(const Words& words, std::ostream& out, std::ostream& err) {
    if (words.size() == 1 && words[0] == "--help") {
        out << kHelp;
        return 0;
    }
    std::string modelPath, dataDir;
    std::uint64_t seed = mnist::kEvaluationSeed;
    int threads = 2;
    bool json = false, write = false;
    try {
        const Arguments args(words, {"model", "data", "binarize-seed", "threads"},
                             {"json", "write"});
        modelPath = args.text("model");
        dataDir = args.text("data", "data/mnist");
        seed = args.integer("binarize-seed", mnist::kEvaluationSeed, 0, UINT64_MAX);
        threads = static_cast<int>(args.integer("threads", 2, 1, 256));
        json = args.has("json");
        write = args.has("write");
        if (write && modelPath.empty())
            throw UsageError("--write needs --model FILE: the file to rewrite");
        if (write && seed != mnist::kEvaluationSeed)
            throw UsageError("--write records figures of the default binarization seed only");
    } catch (const UsageError& e) {
        err << "pixelchain-cli eval: " << e.what() << "\n";
        return 2;
    }
    try {
        if (isGreyscaleModelFile(modelPath)) {
            if (write)
                throw UsageError("--write records the figures of a binary model");
            return evalContinuous(modelPath, dataDir, seed, threads, json, out);
        }
        const io::LoadedModel loaded = loadModelOrDefault(modelPath);
        const mnist::Mnist data = mnist::loadMnist(dataDir);
        const training::TestScores scores =
            training::scoreTestSet(*loaded.model, data, threads, seed);
        const double nll = scores.nll, bits = scores.bitsPerDim;
        const std::size_t images = scores.logLikelihoods.size();
        std::optional<training::TestClassification> classified;
        if (const ClassConditional* classes = loaded.model->classConditional())
            classified =
                training::classifyTestSet(*classes, loaded.model->ordering(), data, threads, seed);
        if (write)
            writeFigures(modelPath, loaded, scores, classified);
        if (json) {
            nlohmann::json j{{"images", images}, {"nll_nats", nll}, {"bits_per_dim", bits}};
            if (classified) {
                j["accuracy"] = classified->accuracy;
                j["confusion"] = classified->confusion.counts;
            }
            out << j.dump() << "\n";
        } else {
            out << loaded.model->describe() << "\n"
                << images << " test images: NLL " << std::fixed << std::setprecision(3) << nll
                << " nats, " << std::setprecision(4) << bits << " bits/pixel\n";
            if (classified) {
                out << "Bayes' rule: accuracy " << std::setprecision(2)
                    << 100 * classified->accuracy << "%\ntrue\\said";
                for (int y = 0; y < kDigitClasses; ++y)
                    out << std::setw(6) << y;
                out << "\n";
                for (int y = 0; y < kDigitClasses; ++y) {
                    out << std::setw(10) << y;
                    for (const std::uint64_t n : classified->confusion.counts[y])
                        out << std::setw(6) << n;
                    out << "\n";
                }
            }
        }
        return 0;
    } catch (const std::exception& e) {
        err << "pixelchain-cli eval: " << e.what() << "\n";
        return 1;
    }
}

} // namespace pixelchain::cli
