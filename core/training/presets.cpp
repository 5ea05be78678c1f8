#include "core/training/presets.h"

namespace pixelchain::training {

TrainSettings timedSettings(double seconds, int threads) {
    TrainSettings s;
    s.seconds = seconds;
    s.epochs = 100000; // the clock ends the run
    s.batch = kTimedBatch;
    s.lr = kTimedLr;
    s.cosineSchedule = true;
    s.stepSchedule = true;
    s.warmupSteps = kTimedWarmup;
    s.threads = threads;
    return s;
}

} // namespace pixelchain::training
