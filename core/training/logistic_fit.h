#pragma once
// Fits the discriminative baseline (core/models/logistic_regression.h) on the same digits as the
// class-conditional models: the 50,000 training digits with their labels, binarized dynamically
// (epoch e draws round e + 1 of `seed`, as the Trainer does), in shuffled minibatches. It minimizes
// the cross-entropy −log p(y | x) with Adam (adam.h) and a cosine learning rate (trainer.h's
// schedule), and keeps the weights with the lowest cross-entropy on the 10,000 validation digits.
//
//   ∂/∂s_y' = p(y' | x) − [y' = y],   ∂/∂W[y', :] = ∂/∂s_y' · x,   ∂/∂b_y' = ∂/∂s_y'
#include "core/mnist/binarize.h"
#include "core/models/logistic_regression.h"
#include "core/training/trainer.h"

namespace pixelchain::training {

struct LogisticReport {
    int epoch = 0;
    double trainCrossEntropy = 0;      ///< nats per digit, at the weights each batch saw
    double validationCrossEntropy = 0; ///< nats per digit
    double validationAccuracy = 0;
    bool improved = false;
};

/// Fits on `data` with `settings` (epochs, batch, lr, schedule, seed, limit; threads for the
/// binarization); calls `progress` after every epoch; returns the best weights.
LogisticRegression
fitLogisticRegression(const mnist::Mnist& data, const TrainSettings& settings,
                      const std::function<void(const LogisticReport&)>& progress);

} // namespace pixelchain::training
