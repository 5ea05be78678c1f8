#pragma once
// What every gradient-trained model's `train` shares: its schedule options, Ctrl-C handling, the
// epoch line, the command recorded in the file.
#include "app/cli/arguments.h"
#include "app/cli/commands.h"
#include "core/io/safetensors.h"
#include "core/training/trainer.h"

#include <atomic>
#include <functional>
#include <ostream>

namespace pixelchain::cli {

/// --epochs --batch --lr --schedule (cosine, steps or constant) --final-lr --warmup --seconds
/// --seed --limit --threads, checked, with a model's defaults for the epochs, the rate and the
/// schedule; UsageError when one is out of range. With --seconds, `timedPreset` makes the
/// shipped timed schedule (core/training/presets.h) the default rate, batch and warm-up.
training::TrainSettings trainSettings(const Arguments& args, int epochs, double lr, bool cosine,
                                      bool timedPreset = false);

/// Set by SIGINT or SIGTERM once catchInterrupts() ran: the trainer stops within a minibatch.
extern std::atomic<bool> interrupted;
void catchInterrupts();

/// "4m05s" or "1h02m".
std::string formatSeconds(double seconds);

/// Prints the progress line of an epoch (with bits/dim for a greyscale model); when validation
/// improved, records it in `metadata` and calls `save`.
void reportEpoch(const training::EpochReport& report, std::ostream& err, io::Metadata& metadata,
                 const std::function<void()>& save, bool greyscale = false);

/// The command as documented: the output (and --init) file is named by its file name alone, since
/// a model file is moved after training and the folder it was written to says nothing about how
/// it was made.
std::string commandLine(const Words& words);

} // namespace pixelchain::cli
