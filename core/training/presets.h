#pragma once
// Ready-made runs of the Training page, in one place so that their values change in one place.
//
// "NADE in one minute": a NADE that turns noise into digits in front of a class. A per-minibatch
// cosine over a 60-second budget (stepSchedule) spends the large steps early, where a short run
// gains most.
#include "core/training/family_choice.h"
#include "core/training/trainer.h"

namespace pixelchain::training {

struct TrainingPreset {
    FamilyChoice family;
    TrainSettings settings;
};

/// NADE H = 500, raster order, ReLU; batch 100, lr 0.001, a 60-second budget, the cosine moving
/// every minibatch, no warm-up.
TrainingPreset oneMinuteNade();

} // namespace pixelchain::training
