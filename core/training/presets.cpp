#include "core/training/presets.h"

namespace pixelchain::training {

TrainSettings timedSettings(double seconds, int threads) {
    TrainSettings s;
    s.seconds = seconds;
    s.epochs = 100000; // the clock ends the run, as --seconds does in the CLI
    s.batch = kTimedBatch;
    s.lr = kTimedLr;
    s.cosineSchedule = true;
    s.stepSchedule = true;
    s.warmupSteps = kTimedWarmup;
    s.threads = threads;
    return s;
}

TrainingPreset oneMinuteNade() {
    TrainingPreset preset;
    preset.family.kind = FamilyKind::Nade;
    preset.family.hidden = kOneMinuteHidden;
    preset.family.ordering = Ordering::raster();
    preset.family.activation = Activation::Relu;
    preset.settings = timedSettings(kOneMinute);
    return preset;
}

} // namespace pixelchain::training
