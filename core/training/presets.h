#pragma once
// Training presets: the settings PixelChain ships for training against the clock, in one place,
// shared by the Training page ("NADE in one minute"), `pixelchain-cli train --seconds` and the
// time-to-quality benchmark, so that the three measure the same thing.
//
// A run with a time budget of S seconds uses the per-minibatch cosine over the budget
// (trainer.h, stepSchedule): lr(p) = lr_min + ½ (lr − lr_min)(1 + cos(π p)), p = seconds spent /
// S, from kTimedLr down to kTimedLr · 0.05, on minibatches of kTimedBatch. Short runs take few
// steps, so they want a rate several times the 10⁻³ of a 100-epoch run, and small batches give
// them more steps per image; the README's time-to-quality table says what each choice gave.
#include "core/training/family_choice.h"
#include "core/training/trainer.h"

namespace pixelchain::training {

inline constexpr double kTimedLr = 4e-3;
inline constexpr int kTimedBatch = 50;
inline constexpr int kTimedWarmup = 0;

/// The schedule above for a budget of `seconds` (> 0), on `threads` threads.
TrainSettings timedSettings(double seconds, int threads = 2);

/// "NADE in one minute": a NADE that turns noise into digits in front of a class.
inline constexpr int kOneMinuteHidden = 500;
inline constexpr double kOneMinute = 60;

struct TrainingPreset {
    FamilyChoice family;
    TrainSettings settings;
};

/// NADE, kOneMinuteHidden ReLU hidden units, raster order, trained with timedSettings(kOneMinute).
TrainingPreset oneMinuteNade();

} // namespace pixelchain::training
