#include "app/cli/train_progress.h"

#include "core/image/grey_image.h"
#include "core/training/presets.h"

#include <cmath>
#include <csignal>
#include <iomanip>
#include <sstream>

namespace pixelchain::cli {

std::atomic<bool> interrupted{false};

namespace {
extern "C" void onInterrupt(int) {
    interrupted.store(true);
}
} // namespace

training::TrainSettings trainSettings(const Arguments& args, int epochs, double lr, bool cosine,
                                      bool timedPreset) {
    training::TrainSettings t;
    // With a time budget the run ends by the clock: the epochs only bound it, and the cosine
    // follows the budget.
    t.seconds = args.number("seconds", 0.0, 0.0, 1e7);
    const bool timed = t.seconds > 0;
    if (timed && timedPreset) { // the shipped schedule against the clock (presets.h)
        lr = training::kTimedLr;
        t.batch = training::kTimedBatch;
        t.warmupSteps = training::kTimedWarmup;
    }
    t.epochs =
        static_cast<int>(args.integer("epochs", timed ? 100000 : std::uint64_t(epochs), 1, 100000));
    t.batch = static_cast<int>(args.integer("batch", std::uint64_t(t.batch), 1, 50000));
    t.lr = args.number("lr", lr, 1e-7, 1.0);
    const std::string schedule = args.text("schedule", !cosine ? "constant"
                                                       : timed ? "steps"
                                                               : "cosine");
    if (schedule != "cosine" && schedule != "constant" && schedule != "steps")
        throw UsageError("--schedule must be cosine, steps or constant");
    t.cosineSchedule = schedule != "constant";
    t.stepSchedule = schedule == "steps";
    t.finalLrFraction = args.number("final-lr", 0.05, 0.0, 1.0);
    t.warmupSteps =
        static_cast<int>(args.integer("warmup", std::uint64_t(t.warmupSteps), 0, 1000000));
    t.seed = args.integer("seed", 1, 0, UINT64_MAX);
    t.limit = args.integer("limit", mnist::kTrainCount, 1, mnist::kTrainCount);
    // 2 threads for every model: a run is deterministic for a seed and a thread count; the table
    // fits and the test scores do not depend on it at all.
    t.threads = static_cast<int>(args.integer("threads", 2, 1, 256));
    return t;
}

void catchInterrupts() {
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
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

void reportEpoch(const training::EpochReport& r, std::ostream& err, io::Metadata& metadata,
                 const std::function<void()>& save, bool greyscale) {
    err << "epoch " << r.epoch << "/" << r.epochs << "  " << std::fixed << std::setprecision(0)
        << r.imagesPerSecond << " images/s  train " << std::setprecision(3) << r.trainNll
        << "  validation " << r.validationNll;
    if (greyscale)
        err << " (" << std::setprecision(4) << bitsPerDimension(-r.validationNll) << " bits/dim)"
            << std::setprecision(3);
    if (!std::isnan(r.validationAccuracy))
        err << ", accuracy " << std::setprecision(2) << 100 * r.validationAccuracy << "%, loss "
            << std::setprecision(3) << r.validationLoss;
    err << " (best " << r.bestValidationLoss << ")  ETA " << formatSeconds(r.secondsLeft)
        << std::endl;
    if (r.improved) {
        metadata["validation_nll_nats"] = std::to_string(r.bestValidationNll);
        metadata["epochs"] = std::to_string(r.epoch);
        save();
    }
}

std::string commandLine(const Words& words) {
    std::string line = "pixelchain-cli train";
    for (std::size_t k = 0; k < words.size(); ++k) {
        std::string word = words[k];
        if (k > 0 && (words[k - 1] == "--out" || words[k - 1] == "--init"))
            word = word.substr(word.find_last_of('/') + 1);
        line += " " + word;
    }
    return line;
}

} // namespace pixelchain::cli
