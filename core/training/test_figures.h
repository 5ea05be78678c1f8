#pragma once
// TestFigures: what a trained model's file records about its test digits, measured once for the
// CLI and the Training page alike. A model of binary digits: its test NLL (nats) on the
// stochastically binarized test digits and the percentiles of the log-likelihoods of the digits
// thresholded at 50 % grey (test_scores.h); a class-conditional one adds the accuracy of Bayes'
// rule and its confusion matrix. A model of greyscale digits: bits per dimension of the 8-bit
// test digits, dequantized and at the bin centres, and the percentiles at the bin centres
// (continuous_scores.h).
#include "core/mnist/binarize.h"
#include "core/models/model.h"

#include <map>
#include <string>

namespace pixelchain::training {

struct TestFigures {
    std::map<std::string, std::string> metadata; ///< test_nll_nats, test_ll_quantiles, ...
    /// One line for a person: "test NLL 84.470 nats (0.1554 bits/pixel)", with ", test accuracy
    /// 97.10%" for a classifier; "test 1.2345 bits/dim (1.3000 at the bin centres)" for grey.
    std::string summary;
    double testNll = 0; ///< nats, binary models (NaN for grey)
};

/// Scores `model` on every test digit of `data` with `threads` threads.
TestFigures measureTestFigures(const Model& model, const mnist::Mnist& data, int threads);

} // namespace pixelchain::training
