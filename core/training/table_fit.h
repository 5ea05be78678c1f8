#pragma once
// Closed-form fits of the two table models by counting, with Laplace (add-α) smoothing:
//
//   p(x_i = 1 | context) = (ones + α) / (seen + 2α)
//
// where `seen` counts the training digits whose context (the earlier pixels the factor looks at)
// has that value and `ones` those of them with pixel i on. α = 1 keeps every probability inside
// (0, 1), so no test digit gets probability zero.
//
// Training digits are grey; PixelChain binarizes them stochastically (pixel on with probability
// grey/255). The independent model uses expected counts under that binarization: ones = Σ_n
// grey/255, exact and free of sampling noise. A Markov context is a joint event of several pixels,
// so its expected count is averaged over `draws` binarizations of the training set instead (draw r
// uses the seed and round r, like a training epoch): ones and seen are divided by `draws`.
#include "core/mnist/binarize.h"
#include "core/models/independent.h"
#include "core/models/markov.h"
#include "core/models/naive_bayes.h"

namespace pixelchain::training {

struct TableFitSettings {
    double alpha = 1.0;                     ///< Laplace smoothing, > 0
    int draws = 5;                          ///< binarizations averaged (Markov only), ≥ 1
    std::uint64_t seed = 1;                 ///< binarization seed (Markov only)
    std::size_t limit = mnist::kTrainCount; ///< use the first `limit` training digits
    int threads = 1;
};

/// θ_i = (Σ_n grey_n,i / 255 + α) / (N + 2α) over the first `limit` training digits.
Independent fitIndependent(const mnist::Mnist& data, const TableFitSettings& settings);

/// Naive Bayes: θ_yi = (Σ_{n: y_n = y} grey_n,i / 255 + α) / (N_y + 2α), the independent fit
/// within each label, and p(y) the labels' frequencies, over the first `limit` training digits.
NaiveBayes fitNaiveBayes(const mnist::Mnist& data, const TableFitSettings& settings);

/// The tables of a Markov chain of order `order` (0..16) from averaged counts.
Markov fitMarkov(const mnist::Mnist& data, int order, const TableFitSettings& settings);

} // namespace pixelchain::training
