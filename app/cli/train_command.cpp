// pixelchain-cli train: trains a NADE (or fits one of the baselines: independent pixels, a Markov
// chain of order M, an FVSBN) on MNIST and writes it as safetensors.
#include "app/cli/arguments.h"
#include "app/cli/commands.h"
#include "core/io/model_file.h"
#include "core/training/fvsbn_trainer.h"
#include "core/training/table_fit.h"
#include "core/training/test_scores.h"
#include "core/training/trainer.h"

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <iomanip>
#include <memory>
#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

namespace pixelchain::cli {
namespace {

constexpr const char* kHelp = R"(usage: pixelchain-cli train --out FILE [options]

Trains a NADE on dynamically binarized MNIST with minibatch Adam and writes the weights with the
best validation NLL as safetensors. The file is rewritten (atomically) every time validation
improves, so Ctrl-C stops cleanly and keeps the best weights; the test NLL and the percentiles of
the log-likelihoods of the test digits thresholded at 50% grey (as the canvas prepares a drawing)
are added at the end.

  --data DIR          folder with the four MNIST IDX files (default data/mnist)
  --hidden H          hidden units, 1..100000 (default 500)
  --epochs E          passes over the training images (default 100)
  --batch B           minibatch size (default 100)
  --lr LR             Adam learning rate (default 0.001); decays by a cosine to LR/20
  --schedule S        cosine or constant (default cosine)
  --ordering O        raster, column, spiral or random:SEED (default raster)
  --activation A      relu or sigmoid (default relu)
  --seed S            initialisation, shuffling and binarization seed (default 1)
  --limit N           train on the first N of the 50,000 training images (default 50000)
  --threads T         worker threads (default 2); a run is deterministic for a seed and T
  --out FILE          where to write the model (required)
  --model M           nade (default), independent, markov:ORDER (0..16) or fvsbn

The baselines take fewer options (any other is refused):
  independent         --data --limit --alpha --threads --out
                      closed form: p_i = (expected count of pixel i on + alpha) / (N + 2 alpha)
  markov:ORDER        --data --limit --alpha --draws --seed --threads --out
                      tables counted over DRAWS binarizations (default 5), smoothed by alpha
  fvsbn               --data --epochs --batch --lr --seed --limit --threads --out
                      minibatch Adam, constant LR (default 0.003), 3 epochs by default
  --alpha A           Laplace smoothing of the table models (default 1)
)";

std::atomic<bool> interrupted{false};
extern "C" void onInterrupt(int) {
    interrupted.store(true);
}

std::string formatSeconds(double s) {
    std::ostringstream out;
    const long total = static_cast<long>(s + 0.5);
    if (total >= 3600)
        out << total / 3600 << "h" << std::setw(2) << std::setfill('0') << (total / 60) % 60 << "m";
    else
        out << total / 60 << "m" << std::setw(2) << std::setfill('0') << total % 60 << "s";
    return out.str();
}

/// Prints the progress line of an epoch; when validation improved, records it and saves.
template <typename Save>
void reportEpoch(const training::EpochReport& r, std::ostream& err, io::Metadata& metadata,
                 Save save) {
    err << "epoch " << r.epoch << "/" << r.epochs << "  " << std::fixed << std::setprecision(0)
        << r.imagesPerSecond << " images/s  train " << std::setprecision(3) << r.trainNll
        << "  validation " << r.validationNll << " (best " << r.bestValidationNll << ")  ETA "
        << formatSeconds(r.secondsLeft) << std::endl;
    if (r.improved) {
        metadata["validation_nll_nats"] = std::to_string(r.bestValidationNll);
        metadata["epochs"] = std::to_string(r.epoch);
        save();
    }
}

/// The command as documented: the output file is named by its file name alone, since a model file
/// is moved after training and the folder it was written to says nothing about how it was made.
std::string commandLine(const Words& words) {
    std::string line = "pixelchain-cli train";
    for (std::size_t k = 0; k < words.size(); ++k) {
        std::string word = words[k];
        if (k > 0 && words[k - 1] == "--out")
            word = word.substr(word.find_last_of('/') + 1);
        line += " " + word;
    }
    return line;
}

training::TrainSettings settingsFrom(const Arguments& args) {
    training::TrainSettings s;
    s.hidden = static_cast<int>(args.integer("hidden", 500, 1, 100000));
    s.epochs = static_cast<int>(args.integer("epochs", 100, 1, 100000));
    s.batch = static_cast<int>(args.integer("batch", 100, 1, 50000));
    s.lr = args.number("lr", 1e-3, 1e-7, 1.0);
    const std::string schedule = args.text("schedule", "cosine");
    if (schedule != "cosine" && schedule != "constant")
        throw UsageError("--schedule must be cosine or constant");
    s.cosineSchedule = schedule == "cosine";
    try {
        s.ordering = Ordering::parse(args.text("ordering", "raster"));
        s.activation = parseActivation(args.text("activation", "relu"));
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }
    s.seed = args.integer("seed", 1, 0, UINT64_MAX);
    s.limit = args.integer("limit", mnist::kTrainCount, 1, mnist::kTrainCount);
    s.threads = static_cast<int>(args.integer("threads", 2, 1, 256));
    return s;
}

/// Removes "--model VALUE" from `words` and returns VALUE ("nade" when absent).
std::string takeModel(Words& words) {
    for (std::size_t k = 0; k < words.size(); ++k) {
        if (words[k] != "--model")
            continue;
        if (k + 1 >= words.size())
            throw UsageError("--model needs a value");
        std::string model = words[k + 1];
        words.erase(words.begin() + static_cast<std::ptrdiff_t>(k),
                    words.begin() + static_cast<std::ptrdiff_t>(k + 2));
        for (const auto& w : words)
            if (w == "--model")
                throw UsageError("--model given twice");
        return model;
    }
    return "nade";
}

/// The order M of "markov:M"; UsageError for anything else.
int markovOrder(const std::string& model) {
    const std::string digits = model.substr(7);
    if (digits.empty() || digits.size() > 2 ||
        digits.find_first_not_of("0123456789") != std::string::npos ||
        std::stoi(digits) > Markov::kMaxOrder)
        throw UsageError("--model markov:ORDER needs an order 0..16, not '" + model + "'");
    return std::stoi(digits);
}

std::set<std::string> baselineOptions(const std::string& model) {
    if (model == "independent")
        return {"data", "limit", "alpha", "threads", "out"};
    if (model == "fvsbn")
        return {"data", "epochs", "batch", "lr", "seed", "limit", "threads", "out"};
    return {"data", "limit", "alpha", "draws", "seed", "threads", "out"};
}

training::FvsbnSettings fvsbnSettingsFrom(const Arguments& args) {
    training::FvsbnSettings s;
    s.epochs = static_cast<int>(args.integer("epochs", 3, 1, 100000));
    s.batch = static_cast<int>(args.integer("batch", 100, 1, 50000));
    s.lr = args.number("lr", 3e-3, 1e-7, 1.0);
    s.seed = args.integer("seed", 1, 0, UINT64_MAX);
    s.limit = args.integer("limit", mnist::kTrainCount, 1, mnist::kTrainCount);
    s.threads = static_cast<int>(args.integer("threads", 1, 1, 256));
    return s;
}

training::TableFitSettings tableSettingsFrom(const Arguments& args) {
    training::TableFitSettings s;
    s.alpha = args.number("alpha", 1.0, 1e-6, 1e6);
    s.draws = static_cast<int>(args.integer("draws", 5, 1, 1000));
    s.seed = args.integer("seed", 1, 0, UINT64_MAX);
    s.limit = args.integer("limit", mnist::kTrainCount, 1, mnist::kTrainCount);
    s.threads = static_cast<int>(args.integer("threads", 1, 1, 256));
    return s;
}

/// Fits (table models) or trains (FVSBN) a baseline; FVSBN rewrites `outPath` when it improves.
std::unique_ptr<DensityModel> fitBaseline(const std::string& model, const Arguments& args,
                                          const mnist::Mnist& data, io::Metadata& metadata,
                                          const std::string& outPath, std::ostream& err) {
    if (model != "fvsbn") {
        const training::TableFitSettings s = tableSettingsFrom(args);
        metadata["alpha"] = std::to_string(s.alpha);
        if (model == "independent")
            return std::make_unique<Independent>(training::fitIndependent(data, s));
        metadata["draws"] = std::to_string(s.draws);
        return std::make_unique<Markov>(training::fitMarkov(data, markovOrder(model), s));
    }
    training::FvsbnTrainer trainer(data, fvsbnSettingsFrom(args));
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    auto best = std::make_unique<Fvsbn>(trainer.run(
        [&](const training::EpochReport& r, const Fvsbn& bestSoFar) {
            reportEpoch(r, err, metadata, [&] { io::saveModel(outPath, bestSoFar, metadata); });
        },
        &interrupted));
    if (interrupted)
        err << "interrupted: keeping the best weights\n";
    return best;
}

/// `pixelchain-cli train --model independent|markov:M|fvsbn ...`.
int runBaselineTrain(const std::string& model, const Words& words, const Words& all,
                     std::ostream& out, std::ostream& err) {
    std::unique_ptr<Arguments> args;
    try {
        if (model.rfind("markov:", 0) == 0)
            markovOrder(model);
        else if (model != "independent" && model != "fvsbn")
            throw UsageError("--model must be nade, independent, markov:ORDER or fvsbn, not '" +
                             model + "'");
        args = std::make_unique<Arguments>(words, baselineOptions(model), std::set<std::string>{});
        args->required("out");
        tableSettingsFrom(*args);
        if (model == "fvsbn")
            fvsbnSettingsFrom(*args);
    } catch (const UsageError& e) {
        err << "pixelchain-cli train: " << e.what() << "\n";
        return 2;
    }
    try {
        const std::string outPath = args->required("out");
        const mnist::Mnist data = mnist::loadMnist(args->text("data", "data/mnist"));
        io::Metadata metadata{{"dataset", data.trainSha256}, {"command", commandLine(all)}};
        const auto start = std::chrono::steady_clock::now();
        const auto fitted = fitBaseline(model, *args, data, metadata, outPath, err);
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        metadata["training_seconds"] = std::to_string(static_cast<long>(seconds + 0.5));
        const int threads = static_cast<int>(args->integer("threads", 1, 1, 256));
        const training::TestScores scores = training::scoreTestSet(*fitted, data, threads);
        metadata["test_nll_nats"] = std::to_string(scores.nll);
        metadata["test_ll_quantiles"] = nlohmann::json(scores.quantiles).dump();
        metadata["test_ll_preparation"] = training::kThresholdPreparation;
        io::saveModel(outPath, *fitted, metadata);
        out << fitted->describe() << ": test NLL " << std::fixed << std::setprecision(3)
            << scores.nll << " nats (" << std::setprecision(4) << scores.bitsPerDim
            << " bits/pixel) after " << formatSeconds(seconds) << "; wrote " << outPath << "\n";
        return 0;
    } catch (const std::exception& e) { // options were all checked above: a run-time failure
        err << "pixelchain-cli train: " << e.what() << "\n";
        return 1;
    }
}

} // namespace

int runTrain(const Words& given, std::ostream& out, std::ostream& err) {
    if (given.size() == 1 && given[0] == "--help") {
        out << kHelp;
        return 0;
    }
    Words words = given;
    std::string model;
    try {
        model = takeModel(words);
    } catch (const UsageError& e) {
        err << "pixelchain-cli train: " << e.what() << "\n";
        return 2;
    }
    if (model != "nade")
        return runBaselineTrain(model, words, given, out, err);
    training::TrainSettings settings;
    std::string outPath, dataDir;
    try {
        const Arguments args(words,
                             {"data", "hidden", "epochs", "batch", "lr", "schedule", "ordering",
                              "activation", "seed", "limit", "threads", "out"},
                             {});
        settings = settingsFrom(args);
        outPath = args.required("out");
        dataDir = args.text("data", "data/mnist");
    } catch (const UsageError& e) {
        err << "pixelchain-cli train: " << e.what() << "\n";
        return 2;
    }
    try {
        const mnist::Mnist data = mnist::loadMnist(dataDir);
        io::Metadata metadata{{"dataset", data.trainSha256}, {"command", commandLine(words)}};
        training::Trainer trainer(data, settings);
        std::signal(SIGINT, onInterrupt);
        std::signal(SIGTERM, onInterrupt);
        int epochsRun = 0;
        const Nade best = trainer.run(
            [&](const training::EpochReport& r, const Nade& bestSoFar) {
                epochsRun = r.epoch;
                reportEpoch(r, err, metadata, [&] { io::saveNade(outPath, bestSoFar, metadata); });
            },
            &interrupted);
        if (interrupted)
            err << "interrupted after epoch " << epochsRun << ": keeping the best weights\n";
        const training::TestScores scores = training::scoreTestSet(best, data, settings.threads);
        metadata["test_nll_nats"] = std::to_string(scores.nll);
        metadata["test_ll_quantiles"] = nlohmann::json(scores.quantiles).dump();
        metadata["test_ll_preparation"] = training::kThresholdPreparation;
        io::saveNade(outPath, best, metadata);
        out << "test NLL " << std::fixed << std::setprecision(3) << scores.nll << " nats ("
            << std::setprecision(4) << scores.bitsPerDim << " bits/pixel); wrote " << outPath
            << "\n";
        return 0;
    } catch (const std::exception& e) {
        err << "pixelchain-cli train: " << e.what() << "\n";
        return 1;
    }
}

} // namespace pixelchain::cli
