#pragma once
// Many images through one NADE at once: the same O(HD) recurrence as Nade::evaluate, but with the
// loops turned inside out (pixel outside, image inside) so that W[:, j] and V_j stay in cache
// while a block of running pre-activations A [H, B] is updated. Threads take disjoint blocks.
#include "core/models/nade.h"

#include <cstdint>
#include <vector>

namespace pixelchain {

/// log p(x_n) in nats for every row, computed with `threads` threads (result independent of it).
std::vector<double> logLikelihoods(const Nade& model, ImageRows rows, int threads);

/// Mean −log p over the rows (nats).
double meanNll(const std::vector<double>& logLikelihoods);

} // namespace pixelchain
