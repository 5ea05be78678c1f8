#pragma once
// The gradient of the FVSBN's negative log-likelihood over a minibatch, written out by hand.
// For B images as the columns of X: [D, B] (0/1):
//
//   A = b 1ᵀ + W X,   P = σ(A)                     W strictly lower triangular     A, P: [D, B]
//   NLL = Σ_n Σ_i −[x_in log p_in + (1 − x_in) log(1 − p_in)]
//   Δ = P − X                                      ∂NLL/∂A                          Δ: [D, B]
//   ∂NLL/∂b = Δ 1,   ∂NLL/∂W = strictly-lower(Δ Xᵀ)  (∂/∂w_ij = Σ_n δ_in x_jn, j < i)
#include "core/models/fvsbn.h"

namespace pixelchain::training {

/// Writes ∂(Σ_n NLL_n)/∂θ over `count` rows of 784 bytes (raster order) to `grad` (shapes of
/// `weights`; only the strict lower triangle of grad.W is non-zero) and returns Σ_n NLL_n in nats.
double fvsbnGradient(const FvsbnWeights& weights, const std::uint8_t* rows, std::size_t count,
                     FvsbnWeights& grad);

/// Σ_n NLL_n of `count` rows (raster order) in nats, batched.
double fvsbnNll(const FvsbnWeights& weights, const std::uint8_t* rows, std::size_t count);

} // namespace pixelchain::training
