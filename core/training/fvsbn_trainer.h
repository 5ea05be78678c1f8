#pragma once
// Trains an FVSBN by minibatch Adam on dynamically binarized MNIST (a fresh binarization and
// shuffle every epoch), keeping the weights with the best validation NLL. Starts from W = 0 and
// b = the logit of each pixel's mean: the independent model, so the first step already scores
// about 206 nats and every epoch can only add what the earlier pixels tell.
//
// The matrix products run on Eigen's threads: run() sets Eigen::setNbThreads(threads).
#include "core/mnist/binarize.h"
#include "core/models/fvsbn.h"
#include "core/training/trainer.h"

#include <atomic>
#include <functional>

namespace pixelchain::training {

struct FvsbnSettings {
    int epochs = 3;
    int batch = 100;
    double lr = 3e-3; ///< constant Adam learning rate
    std::uint64_t seed = 1;
    std::size_t limit = mnist::kTrainCount;
    int threads = 1;
};

class FvsbnTrainer {
public:
    /// Throws std::invalid_argument for settings out of range.
    FvsbnTrainer(const mnist::Mnist& data, FvsbnSettings settings);

    using Progress = std::function<void(const EpochReport&, const Fvsbn& best)>;
    /// Trains until all epochs ran or `stop` turns true (checked between minibatches).
    Fvsbn run(const Progress& progress, const std::atomic<bool>* stop = nullptr);

    /// W = 0, b_i = logit of the mean grey value of pixel i (clamped to [0.001, 0.999]).
    FvsbnWeights initialWeights() const;

private:
    double trainEpoch(int epoch, FvsbnWeights& weights, class FvsbnAdam& adam,
                      const std::atomic<bool>* stop);

    const mnist::Mnist& data_;
    FvsbnSettings settings_;
    mnist::BinarySet validation_;
};

} // namespace pixelchain::training
