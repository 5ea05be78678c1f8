// pixelchain-cli train: trains a NADE on MNIST and writes it as safetensors.
#include "app/cli/arguments.h"
#include "app/cli/commands.h"

#include "core/io/model_file.h"
#include "core/training/test_scores.h"
#include "core/training/trainer.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <iomanip>
#include <ostream>
#include <sstream>

namespace pixelchain::cli {
namespace {

constexpr const char* kHelp = R"(usage: pixelchain-cli train --out FILE [options]

Trains a NADE on dynamically binarized MNIST with minibatch Adam and writes the weights with the
best validation NLL as safetensors. The file is rewritten (atomically) every time validation
improves, so Ctrl-C stops cleanly and keeps the best weights; the test NLL and the percentiles of
the test log-likelihoods are added at the end.

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
)";

std::atomic<bool> interrupted{false};
extern "C" void onInterrupt(int) { interrupted.store(true); }

std::string formatSeconds(double s) {
    std::ostringstream out;
    const long total = static_cast<long>(s + 0.5);
    if (total >= 3600)
        out << total / 3600 << "h" << std::setw(2) << std::setfill('0') << (total / 60) % 60 << "m";
    else
        out << total / 60 << "m" << std::setw(2) << std::setfill('0') << total % 60 << "s";
    return out.str();
}

std::string commandLine(const Words& words) {
    std::string line = "pixelchain-cli train";
    for (const auto& w : words)
        line += " " + w;
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

} // namespace

int runTrain(const Words& words, std::ostream& out, std::ostream& err) {
    if (words.size() == 1 && words[0] == "--help") {
        out << kHelp;
        return 0;
    }
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
                err << "epoch " << r.epoch << "/" << r.epochs << "  " << std::fixed
                    << std::setprecision(0) << r.imagesPerSecond << " images/s  train "
                    << std::setprecision(3) << r.trainNll << "  validation " << r.validationNll
                    << " (best " << r.bestValidationNll << ")  ETA " << formatSeconds(r.secondsLeft)
                    << std::endl;
                if (r.improved) {
                    metadata["validation_nll_nats"] = std::to_string(r.bestValidationNll);
                    metadata["epochs"] = std::to_string(r.epoch);
                    io::saveNade(outPath, bestSoFar, metadata);
                }
            },
            &interrupted);
        if (interrupted)
            err << "interrupted after epoch " << epochsRun << ": keeping the best weights\n";
        const training::TestScores scores = training::scoreTestSet(best, data, settings.threads);
        metadata["test_nll_nats"] = std::to_string(scores.nll);
        metadata["test_ll_quantiles"] = nlohmann::json(scores.quantiles).dump();
        io::saveNade(outPath, best, metadata);
        out << "test NLL " << std::fixed << std::setprecision(3) << scores.nll << " nats ("
            << std::setprecision(4) << scores.bitsPerDim << " bits/pixel); wrote " << outPath << "\n";
        return 0;
    } catch (const std::exception& e) {
        err << "pixelchain-cli train: " << e.what() << "\n";
        return 1;
    }
}

} // namespace pixelchain::cli
