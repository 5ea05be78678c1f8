// bench_time_to_quality: how good a NADE gets from scratch in S seconds of training on this
// machine. Not a pass/fail test: prints figures. For each budget, a fresh NADE (H = 500, ReLU,
// raster order, seed 1) trains on the 50,000 training digits with the shipped timed schedule
// (core/training/presets.h), keeps its best validation weights, and is scored on the 10,000 test
// digits (fixed binarization), as `pixelchain-cli train --seconds S` does.
// Usage: bench_time_to_quality [--data DIR] [--threads T] [--hidden H] [--lr LR] [--batch B]
//                              [--warmup W] [SECONDS ...]   (default budgets 10 30 60)
// Run it with nothing else on the machine: the budget is wall-clock training time.
#include "core/training/nade_family.h"
#include "core/training/presets.h"
#include "core/training/test_scores.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

using namespace pixelchain;

int main(int argc, char* argv[]) {
    std::string data = "data/mnist";
    int threads = 2, hidden = training::kOneMinuteHidden;
    double lr = training::kTimedLr;
    int batch = training::kTimedBatch, warmup = training::kTimedWarmup;
    std::vector<double> budgets;
    for (int i = 1; i < argc; ++i) {
        const bool value = i + 1 < argc;
        if (!std::strcmp(argv[i], "--data") && value)
            data = argv[++i];
        else if (!std::strcmp(argv[i], "--threads") && value)
            threads = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--hidden") && value)
            hidden = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--lr") && value)
            lr = std::atof(argv[++i]);
        else if (!std::strcmp(argv[i], "--batch") && value)
            batch = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--warmup") && value)
            warmup = std::atoi(argv[++i]);
        else
            budgets.push_back(std::atof(argv[i]));
    }
    if (budgets.empty())
        budgets = {10, 30, 60};
    const mnist::Mnist mnist = mnist::loadMnist(data);
    std::printf("NADE, H = %d, ReLU, raster; %d thread(s); lr %g, batch %d, warm-up %d, cosine "
                "over the budget\n",
                hidden, threads, lr, batch, warmup);
    std::printf("%8s %10s %10s %12s %10s %10s\n", "budget s", "images", "images/s", "validation",
                "test NLL", "wall s");
    for (const double budget : budgets) {
        training::TrainSettings s = training::timedSettings(budget, threads);
        s.lr = lr;
        s.batch = batch;
        s.warmupSteps = warmup;
        const Ordering ordering = Ordering::raster();
        training::NadeFamily family(
            training::initialNadeWeights(hidden, training::meanLogits(mnist, s.limit, ordering),
                                         s.seed),
            ordering, Activation::Relu);
        training::EpochReport last;
        const auto started = std::chrono::steady_clock::now();
        const auto best = training::Trainer(mnist, s).run(
            family, [&](const training::EpochReport& r, const Model&) { last = r; },
            static_cast<training::TrainControl*>(nullptr));
        const double wall =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        const double test = training::scoreTestSet(*best->binary(), mnist, threads).nll;
        std::printf("%8.0f %10zu %10.0f %12.3f %10.3f %10.1f\n", budget, last.imagesSeen,
                    double(last.imagesSeen) / last.trainingSeconds, last.bestValidationNll, test,
                    wall);
        std::fflush(stdout);
    }
    return 0;
}
