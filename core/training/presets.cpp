#include "core/training/presets.h"

namespace pixelchain::training {

TrainingPreset oneMinuteNade() {
    TrainingPreset preset;
    preset.family.kind = FamilyKind::Nade;
    preset.family.hidden = 500;
    preset.family.ordering = Ordering::raster();
    preset.family.activation = Activation::Relu;
    preset.settings.batch = 100;
    preset.settings.lr = 0.001;
    preset.settings.seconds = 60;
    preset.settings.epochs = 100000; // the budget ends the run, as --seconds does in the CLI
    preset.settings.cosineSchedule = true;
    preset.settings.stepSchedule = true;
    preset.settings.warmupSteps = 0;
    return preset;
}

} // namespace pixelchain::training
