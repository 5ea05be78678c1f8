#pragma once
// The NADE trainer: minibatch Adam on dynamically binarized MNIST, keeping the weights with the
// best validation NLL.
//
// Every epoch redraws the binarization of the training images and reshuffles them. A minibatch
// is split into one contiguous slice per thread; each thread accumulates its own gradient and the
// slices are summed in a fixed order, so a run is deterministic for a given seed and thread count.
// The learning rate follows a cosine from `lr` down to `lr · finalLrFraction` over the epochs.
#include "core/mnist/binarize.h"
#include "core/models/nade.h"

#include <atomic>
#include <functional>
#include <optional>

namespace pixelchain::training {

struct TrainSettings {
    int hidden = 500;
    int epochs = 100;
    int batch = 100;
    double lr = 1e-3;
    double finalLrFraction = 0.05;
    bool cosineSchedule = true;
    Ordering ordering = Ordering::raster();
    Activation activation = Activation::Relu;
    std::uint64_t seed = 1;
    std::size_t limit = mnist::kTrainCount;  ///< train on the first `limit` training images
    int threads = 2;
};

struct EpochReport {
    int epoch = 0;                ///< 1-based
    int epochs = 0;
    double imagesPerSecond = 0;
    double trainNll = 0;          ///< mean over the epoch's minibatches (nats)
    double validationNll = 0;     ///< on the 10,000 held-out images, fixed binarization (nats)
    double bestValidationNll = 0;
    double secondsLeft = 0;
    bool improved = false;        ///< this epoch gave the best weights so far
};

class Trainer {
public:
    /// Throws std::invalid_argument for settings out of range.
    Trainer(const mnist::Mnist& data, TrainSettings settings);

    using Progress = std::function<void(const EpochReport&, const Nade& best)>;
    /// Trains until all epochs ran or `stop` turns true (checked between minibatches); calls
    /// `progress` after every epoch. Returns the weights with the best validation NLL.
    Nade run(const Progress& progress, const std::atomic<bool>* stop = nullptr);

    /// Initial weights: small uniform W and V, c = 0, b = the logit of each pixel's mean.
    NadeWeights initialWeights() const;

private:
    double trainEpoch(int epoch, double lr, NadeWeights& weights, class Adam& adam,
                      const std::atomic<bool>* stop, std::size_t& seen);

    const mnist::Mnist& data_;
    TrainSettings settings_;
    mnist::BinarySet validation_;
};

} // namespace pixelchain::training
