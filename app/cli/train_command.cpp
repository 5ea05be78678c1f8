// pixelchain-cli train: trains a NADE or an FVSBN (through the one Trainer), or fits one of the
// table baselines (independent pixels, a Markov chain of order M) in closed form, on MNIST, and
// writes it as safetensors. The greyscale models (rnade, independent-mixture) are handed to
// train_continuous_command.cpp. Options are parsed once, for every model alike.
#include "app/cli/arguments.h"
#include "app/cli/commands.h"
#include "app/cli/train_progress.h"
#include "core/io/model_file.h"
#include "core/training/class_nade_family.h"
#include "core/training/family_choice.h"
#include "core/training/table_fit.h"
#include "core/training/test_figures.h"
#include "core/training/trainer.h"

#include <atomic>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <iomanip>
#include <memory>
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
  --schedule S        cosine (once per epoch, the default), steps (every minibatch, over the
                      epochs or the --seconds) or constant
  --final-lr F        the cosine ends at LR·F (default 0.05)
  --warmup N          the first N minibatches ramp the learning rate up linearly (default 0)
  --seconds S         stop after S seconds of training (validation not counted) and keep the
                      best weights; the epochs then default to as many as fit, and a NADE's
                      rate, batch and schedule to the ones shipped for short runs (the
                      Training page's, steps over the S seconds); a run with a time budget
                      is not reproducible to the image, since it ends where the clock says
  --ordering O        raster, column, spiral or random:SEED (default raster)
  --activation A      relu or sigmoid (default relu)
  --seed S            initialisation, shuffling and binarization seed (default 1)
  --limit N           train on the first N of the 50,000 training images (default 50000)
  --threads T         worker threads, for every model (default 2); a run is deterministic for a
                      seed and T
  --out FILE          where to write the model (required)
  --model M           nade (default), class-nade, independent, markov:ORDER (0..16), fvsbn
                      or naive-bayes; logistic-regression (not a density: the discriminative
                      baseline of Bayes' rule, with --data --epochs (default 20) --batch --lr
                      --schedule --seed --limit --threads --out)

The baselines take fewer options (any other is refused):
  independent         --data --limit --alpha --threads --out
                      closed form: p_i = (expected count of pixel i on + alpha) / (N + 2 alpha)
  markov:ORDER        --data --limit --alpha --draws --seed --threads --out
                      tables counted over DRAWS binarizations (default 5), smoothed by alpha
  fvsbn               --data --epochs --batch --lr --seed --limit --threads --out and the
                      schedule options (--schedule --final-lr --warmup --seconds); minibatch
                      Adam like the NADE (same trainer, Ctrl-C and keep-the-best), constant
                      LR (default 0.003), 3 epochs by default
  class-nade          the NADE's options and --discriminative; trains p(x | y) on the digits
                      with their labels (p(y) is the labels' frequency) and adds the test
                      accuracy of Bayes' rule and its confusion matrix to the file
  naive-bayes         --data --limit --alpha --threads --out
                      closed form: the independent fit within each label
  --alpha A           Laplace smoothing of the table models (default 1)
  --discriminative L  class-nade: loss −log p(x|y) − L log p(y|x), L ≥ 0 (default 0: purely
                      generative)
  --init FILE         class-nade: continue training from the weights in FILE (its hidden units,
                      ordering and activation; a new schedule and new Adam moments)

Greyscale digits (the 8-bit values dequantized to y = (v + u)/256, a fresh u every epoch; the
test figure is bits per dimension of the 8-bit data):
  rnade               the NADE's options (default 50 epochs) and --components K (1..64, default
                      10): a Gaussian mixture of K components per conditional; its output biases
                      start at per-pixel mixtures fitted to the first 10,000 training digits;
                      --init FILE continues from an RNADE file; --mean-step F (1e-6..1,
                      default 0.0002) scales the Adam steps of the means, which must stay finer
                      than the narrow components across the black bin
  independent-mixture --data --components --iterations (default 50) --seed --limit --threads --out
                      one Gaussian mixture per pixel, fitted by EM
)";

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

/// The options `model` accepts; UsageError for an unknown model.
std::set<std::string> optionsOf(const std::string& model) {
    const std::set<std::string> schedule{"epochs", "batch",   "lr",      "schedule", "seed",
                                         "limit",  "threads", "seconds", "warmup",   "final-lr"};
    const auto with = [&](std::set<std::string> options) {
        options.insert(schedule.begin(), schedule.end());
        return options;
    };
    if (model == "nade")
        return with({"data", "hidden", "ordering", "activation", "out"});
    if (model == "class-nade")
        return with({"data", "hidden", "ordering", "activation", "out", "discriminative", "init"});
    if (model == "naive-bayes")
        return {"data", "limit", "alpha", "threads", "out"};
    if (model == "fvsbn")
        return with({"data", "out"});
    if (model == "independent")
        return {"data", "limit", "alpha", "threads", "out"};
    if (model.rfind("markov:", 0) == 0) {
        markovOrder(model);
        return {"data", "limit", "alpha", "draws", "seed", "threads", "out"};
    }
    throw UsageError("--model must be nade, class-nade, independent, markov:ORDER, fvsbn or "
                     "naive-bayes, not '" +
                     model + "'");
}

/// Everything `train` was asked for, parsed and range-checked once.
struct Request {
    std::string model, outPath, dataDir;
    training::TrainSettings train; ///< nade, fvsbn
    int hidden = 500;              ///< nade, class-nade
    double discriminative = 0;     ///< class-nade
    std::string init;              ///< class-nade: continue from this file's weights
    Ordering ordering = Ordering::raster();
    Activation activation = Activation::Relu;
    training::TableFitSettings table; ///< independent, markov
};

Request parseRequest(Words words) {
    Request r;
    r.model = takeModel(words);
    const Arguments args(words, optionsOf(r.model), {});
    r.outPath = args.required("out");
    r.dataDir = args.text("data", "data/mnist");
    const bool nade = r.model == "nade" || r.model == "class-nade";
    r.train = trainSettings(args, nade ? 100 : 3, nade ? 1e-3 : 3e-3, nade, nade);
    const int threads = r.train.threads;
    const std::uint64_t seed = r.train.seed;
    const std::size_t limit = r.train.limit;
    r.hidden = static_cast<int>(args.integer("hidden", 500, 1, 100000));
    r.discriminative = args.number("discriminative", 0.0, 0.0, 1e6);
    r.init = args.text("init");
    if (!r.init.empty() && (args.has("hidden") || args.has("ordering") || args.has("activation")))
        throw UsageError("--init takes the hidden units, ordering and activation from its file");
    try {
        r.ordering = Ordering::parse(args.text("ordering", "raster"));
        r.activation = parseActivation(args.text("activation", "relu"));
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }
    r.table.alpha = args.number("alpha", 1.0, 1e-6, 1e6);
    r.table.draws = static_cast<int>(args.integer("draws", 5, 1, 1000));
    r.table.seed = seed;
    r.table.limit = limit;
    r.table.threads = threads;
    return r;
}

/// What `r` asks for, as core describes a family.
training::FamilyChoice choiceOf(const Request& r) {
    training::FamilyChoice c;
    c.kind = r.model == "fvsbn"        ? training::FamilyKind::Fvsbn
             : r.model == "class-nade" ? training::FamilyKind::ClassNade
                                       : training::FamilyKind::Nade;
    c.hidden = r.hidden;
    c.ordering = r.ordering;
    c.activation = r.activation;
    c.discriminative = r.discriminative;
    return c;
}

/// The family a gradient-trained model plugs into the Trainer with, at its initial weights. With
/// --init, the weights are the file's, and how that file was made goes into `metadata`.
std::unique_ptr<training::GradientFamily> familyFor(const Request& r, const mnist::Mnist& data,
                                                    io::Metadata& metadata) {
    if (r.model != "class-nade" || r.init.empty())
        return training::startingFamily(choiceOf(r), data, r.train);
    const io::LoadedModel start = io::loadModel(r.init);
    if (start.model->family() != ModelFamily::ClassNade)
        throw std::runtime_error(r.init + " is not a class-conditional NADE");
    if (const auto it = start.metadata.find("command"); it != start.metadata.end())
        metadata["init_command"] = it->second; // so the chain can be rerun
    return std::make_unique<training::ClassNadeFamily>(
        training::classNadeWeightsOf(start.model->tensors()),
        logPriorFromLabels(data.trainLabels.data(), r.train.limit, kDigitClasses),
        start.model->ordering(), start.model->hiddenLayer().activation, r.discriminative);
}

/// Trains a NADE or an FVSBN; rewrites the output file every time validation improves.
std::unique_ptr<Model> train(const Request& r, const mnist::Mnist& data, io::Metadata& metadata,
                             std::ostream& err) {
    const auto family = familyFor(r, data, metadata);
    training::Trainer trainer(data, r.train);
    catchInterrupts();
    int epochsRun = 0;
    auto best = trainer.run(
        *family,
        [&](const training::EpochReport& report, const Model& bestSoFar) {
            epochsRun = report.epoch;
            reportEpoch(report, err, metadata,
                        [&] { io::saveModel(r.outPath, bestSoFar, metadata); });
        },
        &interrupted);
    if (interrupted)
        err << "interrupted after epoch " << epochsRun << ": keeping the best weights\n";
    return best;
}

/// Fits (table models, closed form) or trains (gradient families) the model asked for.
std::unique_ptr<Model> fit(const Request& r, const mnist::Mnist& data, io::Metadata& metadata,
                           std::ostream& err) {
    if (r.model == "nade" || r.model == "class-nade" || r.model == "fvsbn")
        return train(r, data, metadata, err);
    metadata["alpha"] = std::to_string(r.table.alpha);
    if (r.model == "independent")
        return std::make_unique<Independent>(training::fitIndependent(data, r.table));
    if (r.model == "naive-bayes")
        return std::make_unique<NaiveBayes>(training::fitNaiveBayes(data, r.table));
    metadata["draws"] = std::to_string(r.table.draws);
    return std::make_unique<Markov>(training::fitMarkov(data, markovOrder(r.model), r.table));
}

} // namespace

int runTrain(const Words& given, std::ostream& out, std::ostream& err) {
    if (given.size() == 1 && given[0] == "--help") {
        out << kHelp;
        return 0;
    }
    Request r;
    try {
        Words rest = given;
        const std::string model = takeModel(rest);
        if (model == "logistic-regression")
            return runTrainLogistic(rest, commandLine(given), out, err);
        if (model == "rnade" || model == "independent-mixture")
            return runTrainContinuous(rest, model == "rnade", commandLine(given), out, err);
        r = parseRequest(given);
    } catch (const UsageError& e) {
        err << "pixelchain-cli train: " << e.what() << "\n";
        return 2;
    }
    try { // options were all checked above: a failure here is a run-time one
        const mnist::Mnist data = mnist::loadMnist(r.dataDir);
        io::Metadata metadata{{"dataset", data.trainSha256}, {"command", commandLine(given)}};
        const auto start = std::chrono::steady_clock::now();
        const auto fitted = fit(r, data, metadata, err);
        const DensityModel* model = fitted->binary(); // every family here models binary digits
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        metadata["training_seconds"] = std::to_string(static_cast<long>(seconds + 0.5));
        const training::TestFigures figures =
            training::measureTestFigures(*fitted, data, r.train.threads);
        metadata.insert(figures.metadata.begin(), figures.metadata.end());
        io::saveModel(r.outPath, *model, metadata);
        out << model->describe() << ": " << figures.summary << " after " << formatSeconds(seconds)
            << "; wrote " << r.outPath << "\n";
        return 0;
    } catch (const std::exception& e) {
        err << "pixelchain-cli train: " << e.what() << "\n";
        return 1;
    }
}

} // namespace pixelchain::cli
