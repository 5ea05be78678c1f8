#pragma once
// Parameter counts for greyscale digits: RNADE beside the chain rule with full tables.
//
// RNADE (Uria, Murray & Larochelle, 2013; core/models/rnade.h) models D real-valued pixels with
// H hidden units and a mixture of K Gaussians as each conditional:
//   W (H × D) and c (H): the hidden layer, shared by every position as in NADE     HD + H
//   per pixel d: mixing logits, means and log scales, each K × H weights + K biases  3K(H + 1)
//   in all  HD + H + D · 3K(H + 1)  =  (3K + 1)HD + H + 3KD
// It grows linearly in D: the shipped one (D = 784, H = 400, K = 8) has
// (3 · 8 + 1) · 400 · 784 + 400 + 3 · 8 · 784 = 7,859,216 parameters.
//
// The chain rule with a full table per factor, each 8-bit pixel a categorical variable with 256
// grey levels: factor i conditions on the i − 1 pixels before it, so it has 256^(i−1) contexts,
// each a table of 256 − 1 = 255 free numbers (they sum to one). In all
//   Σ_{i=1..D} 255 · 256^(i−1)  =  256^D − 1
// (the sum telescopes to the full joint table), exponential in D: for D = 784 a number of 1,889
// digits. It is Factorization::ChainRule with k = 256, exact with GMP as every count here.
#include "core/counting/parameter_count.h"

namespace pixelchain::counting {

/// Grey levels of an 8-bit pixel: the states of each variable of the categorical chain rule.
inline constexpr std::uint64_t kGreyLevels = 256;

/// Mixture components per conditional that RNADE accepts: pixelchain::kMaxComponents of
/// core/models/gaussian_mixture.h, which counting may not include (tst_grey_count checks the two
/// agree).
inline constexpr std::uint64_t kMinComponents = 1;
inline constexpr std::uint64_t kMaxComponents = 64;

/// An RNADE's size: D pixels, H hidden units, K components (defaults: the shipped RNADE's).
struct RnadeQuery {
    std::uint64_t pixels = 784;   ///< D, kMinVariables..kMaxVariables
    std::uint64_t hidden = 400;   ///< H, kMinHidden..kMaxHidden
    std::uint64_t components = 8; ///< K, kMinComponents..kMaxComponents
};

/// Throws OutOfRange when a field is outside its accepted range.
void validate(const RnadeQuery& query);

/// (3K + 1)HD + H + 3KD, exact (validated first).
ParameterCount rnadeCount(const RnadeQuery& query);

/// 256^D − 1: the chain rule over D categorical pixels of 256 grey levels, exact. Throws
/// OutOfRange for D outside kMinVariables..kMaxVariables.
ParameterCount greyChainRuleCount(std::uint64_t pixels);

} // namespace pixelchain::counting
