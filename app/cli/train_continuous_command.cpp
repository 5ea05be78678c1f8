// pixelchain-cli train --model rnade | independent-mixture: the models of greyscale digits, on the
// 8-bit MNIST values dequantized to y = (v + u)/256 with a fresh u every epoch. The RNADE trains
// through the one Trainer (Ctrl-C and keep-the-best as for NADE); the independent mixture is fitted
// by EM. Both are scored in bits per dimension of the 8-bit test digits.
#include "app/cli/arguments.h"
#include "app/cli/commands.h"
#include "app/cli/train_progress.h"
#include "core/io/continuous_model_file.h"
#include "core/io/model_file.h"
#include "core/models/rnade.h"
#include "core/training/family_choice.h"
#include "core/training/mixture_fit.h"
#include "core/training/rnade_family.h"
#include "core/training/test_figures.h"

#include <chrono>
#include <iomanip>
#include <ostream>

namespace pixelchain::cli {
namespace {

struct ContinuousRequest {
    bool rnade = true;
    std::string outPath, dataDir;
    training::TrainSettings train;
    training::MixtureFitSettings mixture;
    int hidden = 500;
    std::string init; ///< continue from this RNADE file's weights
    float meanStepScale = training::RnadeFamily::kMeanStepScale;
    Ordering ordering = Ordering::raster();
    Activation activation = Activation::Relu;
};

ContinuousRequest parse(const Words& words, bool rnade) {
    ContinuousRequest r;
    r.rnade = rnade;
    const std::set<std::string> options =
        rnade
            ? std::set<std::string>{"data",    "hidden",   "components", "epochs",     "batch",
                                    "lr",      "schedule", "ordering",   "activation", "seed",
                                    "limit",   "threads",  "out",        "init",       "mean-step",
                                    "seconds", "warmup",   "final-lr"}
            : std::set<std::string>{"data",  "components", "iterations", "seed",
                                    "limit", "threads",    "out"};
    const Arguments args(words, options, {});
    r.outPath = args.required("out");
    r.dataDir = args.text("data", "data/mnist");
    r.train = trainSettings(args, 50, 1e-3, true);
    r.mixture.components = static_cast<int>(args.integer("components", 10, 1, kMaxComponents));
    r.mixture.iterations = static_cast<int>(args.integer("iterations", 50, 1, 10000));
    r.mixture.seed = r.train.seed;
    r.mixture.limit = r.train.limit;
    r.mixture.threads = r.train.threads;
    r.hidden = static_cast<int>(args.integer("hidden", 500, 1, 100000));
    r.init = args.text("init");
    r.meanStepScale = static_cast<float>(
        args.number("mean-step", training::RnadeFamily::kMeanStepScale, 1e-6, 1.0));
    if (!r.init.empty() && (args.has("hidden") || args.has("components") || args.has("ordering") ||
                            args.has("activation")))
        throw UsageError("--init takes the hidden units, components, ordering and activation "
                         "from its file");
    try {
        r.ordering = Ordering::parse(args.text("ordering", "raster"));
        r.activation = parseActivation(args.text("activation", "relu"));
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }
    return r;
}

/// The RNADE to train: from the file given with --init (recording how that file was made), or
/// fresh, its output biases at per-pixel mixtures.
std::unique_ptr<training::GradientFamily>
startingRnade(const ContinuousRequest& r, const mnist::Mnist& data, io::Metadata& metadata) {
    if (r.init.empty()) {
        training::FamilyChoice fresh;
        fresh.kind = training::FamilyKind::Rnade;
        fresh.hidden = r.hidden;
        fresh.components = r.mixture.components;
        fresh.ordering = r.ordering;
        fresh.activation = r.activation;
        fresh.meanStepScale = r.meanStepScale;
        return training::startingFamily(fresh, data, r.train);
    }
    const io::LoadedContinuous start = io::loadContinuousModel(r.init);
    if (start.model->family() != ModelFamily::Rnade)
        throw std::runtime_error(r.init + " is not an RNADE");
    if (const auto it = start.metadata.find("command"); it != start.metadata.end())
        metadata["init_command"] = it->second;
    const HiddenLayerView hidden = start.model->hiddenLayer();
    return std::make_unique<training::RnadeFamily>(
        rnadeWeightsOf(start.model->tensors(), hidden.units, start.model->components()),
        start.model->ordering(), hidden.activation, r.meanStepScale);
}

std::unique_ptr<Model> trainRnade(const ContinuousRequest& r, const mnist::Mnist& data,
                                  io::Metadata& metadata, std::ostream& err) {
    const auto family = startingRnade(r, data, metadata);
    training::Trainer trainer(data, r.train);
    catchInterrupts();
    int epochsRun = 0;
    auto best = trainer.run(
        *family,
        [&](const training::EpochReport& report, const Model& bestSoFar) {
            epochsRun = report.epoch;
            reportEpoch(
                report, err, metadata, [&] { io::saveModel(r.outPath, bestSoFar, metadata); },
                true);
        },
        &interrupted);
    if (interrupted)
        err << "interrupted after epoch " << epochsRun << ": keeping the best weights\n";
    return best;
}

} // namespace

int runTrainContinuous(const Words& words, bool rnade, const std::string& command,
                       std::ostream& out, std::ostream& err) {
    ContinuousRequest r;
    try {
        r = parse(words, rnade);
    } catch (const UsageError& e) {
        err << "pixelchain-cli train: " << e.what() << "\n";
        return 2;
    }
    try {
        const mnist::Mnist data = mnist::loadMnist(r.dataDir);
        io::Metadata metadata{{"dataset", data.trainSha256}, {"command", command}};
        const auto started = std::chrono::steady_clock::now();
        std::unique_ptr<Model> model;
        if (rnade) {
            model = trainRnade(r, data, metadata, err);
        } else {
            model = std::make_unique<IndependentMixture>(
                training::fitIndependentMixture(data, r.mixture));
            metadata["iterations"] = std::to_string(r.mixture.iterations);
        }
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        metadata["training_seconds"] = std::to_string(static_cast<long>(seconds + 0.5));
        const training::TestFigures figures =
            training::measureTestFigures(*model, data, r.train.threads);
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
