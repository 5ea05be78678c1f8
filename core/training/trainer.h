#pragma once
// The Trainer: the one training loop of every gradient-trained family (NADE, FVSBN, …). Minibatch
// Adam on dynamically binarized MNIST, keeping the weights with the best validation NLL. The
// family supplies only its gradient (gradient_family.h).
//
// Epoch e (0-based) redraws the binarization of the training images (round e + 1 of `seed`), or
// for a Dequantized family their dequantization noise u (the same round), and reshuffles them
// (Fisher–Yates, seed mix64(seed) + e). A minibatch of B rows is split into one contiguous slice
// per thread; each thread accumulates its own gradient buffer, the buffers are summed in thread
// order and divided by B, and Adam takes one step:
//
//   g = (1/B) Σ_t Σ_{n ∈ slice t} ∂NLL_n/∂θ,      θ ← Adam(θ, g, lr_e)
//
// so a run is deterministic for a given seed and thread count (unless it has a time budget, which
// ends it wherever the clock says). The learning rate follows a cosine from `lr` down to
// `lr · finalLrFraction`, or stays at `lr`. By default the cosine moves once per epoch:
//
//   lr_e = lr_min + ½ (lr − lr_min)(1 + cos(π e / (E − 1))),   lr_min = lr · finalLrFraction
//
// With `stepSchedule` it moves every minibatch, over the fraction p of the budget spent: the
// training seconds over `seconds` when there is a time budget, else the images seen over E · N:
//
//   lr(p) = lr_min + ½ (lr − lr_min)(1 + cos(π p))
//
// and with `warmupSteps` = W > 0 the first W minibatches ramp up linearly, lr · (s + 1)/W at step
// s, before the schedule takes over (the minimum of the two).
//
// Validation runs after every epoch on the 10,000 held-out training images (fixed binarization,
// mnist::kEvaluationSeed; dequantized at the bin centres). Keep-the-best, the same rule for every
// family: the best so far starts as the initial weights with an infinite validation loss, so the
// first validated epoch is always kept; a later one replaces it only when its validation loss is
// strictly lower. The loss is the validation NLL unless the family defines another
// (GradientFamily::validate).
//
// Interim reports (`reportEvery` images > 0) come between epoch ends, for a live view: the mean
// train NLL since the last report and, with `interimValidation` = M > 0, the NLL of the first M
// held-out images. They never change the kept weights.
//
// Stopping: the control (train_control.h) is asked before every minibatch, and a time budget
// (`seconds` of training: each epoch's binarization and its minibatches, not validation, reports
// or pauses) is checked there too, from the second minibatch on. When either says stop, the loop
// finishes the minibatch it is in, validates the partial epoch like a full one (keeping it if it is
// the best), reports it and returns the best weights.
#include "core/training/adam.h"
#include "core/training/gradient_family.h"
#include "core/training/train_control.h"

#include <atomic>
#include <functional>

namespace pixelchain::training {

struct TrainSettings {
    int epochs = 100;
    int batch = 100;
    double lr = 1e-3;
    double finalLrFraction = 0.05;
    bool cosineSchedule = true;             ///< else a constant `lr`
    std::uint64_t seed = 1;                 ///< binarization and shuffling
    std::size_t limit = mnist::kTrainCount; ///< train on the first `limit` training images
    int threads = 2;
    double seconds = 0;                ///< a training-time budget; 0: none
    bool stepSchedule = false;         ///< the cosine moves every minibatch (see above)
    int warmupSteps = 0;               ///< minibatches of linear warm-up
    std::size_t reportEvery = 0;       ///< training images between interim reports; 0: none
    std::size_t interimValidation = 0; ///< held-out images an interim report validates on
};

struct EpochReport {
    int epoch = 0; ///< 1-based
    int epochs = 0;
    double imagesPerSecond = 0; ///< training images of this epoch per second of its training
    double trainNll = 0;        ///< mean over the epoch's images, at the weights they saw (nats)
    double validationNll = 0;   ///< on the 10,000 held-out images, fixed binarization (nats)
    double validationLoss = 0;  ///< what keep-the-best compares (the NLL for most families)
    double validationAccuracy = std::numeric_limits<double>::quiet_NaN(); ///< of a classifier
    double bestValidationLoss = 0;
    double bestValidationNll = 0; ///< the NLL of the kept weights
    double secondsLeft = 0;
    bool improved = false;      ///< this epoch gave the best weights so far
    bool interim = false;       ///< a report within an epoch: nothing was validated for keeping
    std::size_t imagesSeen = 0; ///< training images stepped on since the start
    double trainingSeconds = 0; ///< spent training since the start (see Stopping above)
    double learningRate = 0;    ///< of the last minibatch
};

/// lr_e of the schedule above for epoch e (0-based).
double learningRate(const TrainSettings& settings, int epoch);
/// The learning rate of minibatch `step` (0-based) when a fraction `progress` of the budget is
/// spent: the per-minibatch cosine, or lr_e with the epoch's e, either under the warm-up.
double learningRate(const TrainSettings& settings, int epoch, std::int64_t step, double progress);

/// One minibatch: the gradient of `rows` (all of them) by `threads` slices, summed in thread order,
/// divided by rows.count, and one Adam step with learning rate `lr`. Returns Σ_n NLL_n (nats).
/// `family.prepareGradients(threads)` must have run.
double trainMinibatch(GradientFamily& family, Adam& adam, ImageRows rows, double lr, int threads);
/// The same for a Dequantized family.
double trainMinibatch(GradientFamily& family, Adam& adam, GreyRows rows, double lr, int threads);

class Trainer {
public:
    /// Throws std::invalid_argument for settings out of range.
    Trainer(const mnist::Mnist& data, TrainSettings settings);

    using Progress = std::function<void(const EpochReport&, const Model& best)>;
    /// Trains `family` in place until all epochs ran, the time budget is spent or `control` says
    /// stop; calls `progress` after every epoch and every interim report, on this thread, between
    /// minibatches (so it may read the family's weights). Returns the model with the best
    /// validation NLL.
    std::unique_ptr<Model> run(GradientFamily& family, const Progress& progress,
                               TrainControl* control);
    /// The same with a plain stop flag.
    std::unique_ptr<Model> run(GradientFamily& family, const Progress& progress,
                               const std::atomic<bool>* stop = nullptr);

private:
    struct Run; // the state of one run() call
    /// One epoch in the family's preparation (binarized or dequantized rows); false when it
    /// stopped early.
    bool trainEpoch(Run& run, int epoch);
    void reportInterim(Run& run, int epoch);
    void fillCommon(const Run& run, EpochReport& report) const;

    const mnist::Mnist& data_;
    TrainSettings settings_;
};

} // namespace pixelchain::training
