#pragma once
// Percentiles of a sample, and where a value falls among them.
//
// A model file carries the distribution of its test log-likelihoods as the 101 percentiles
// q_0 … q_100 (q_p is the p-th percentile); a drawing's percentile is read back from that list.
// Both directions interpolate linearly, so they are each other's inverse inside [q_0, q_100]:
//
//   percentiles: for N sorted values v_0 ≤ … ≤ v_{N−1}, position r = p/100 · (N − 1),
//                q_p = v_⌊r⌋ (1 − t) + v_{⌊r⌋+1} t,  t = r − ⌊r⌋     (the "linear" rule, R type 7)
//   percentileOf: for q_k ≤ x < q_{k+1},  100/(K − 1) · (k + (x − q_k)/(q_{k+1} − q_k)),  K = 101;
//                 x ≤ q_0 gives 0 and x ≥ q_100 gives 100; a value equal to a run of tied
//                 percentiles q_a = … = q_b gets the highest of them, 100 b/(K − 1).
#include <cstddef>
#include <vector>

namespace pixelchain::stats {

/// The percentiles 0, 1, …, 100: the length of every percentile list PixelChain stores or reads.
inline constexpr std::size_t kPercentileCount = 101;

/// The kPercentileCount percentiles 0..100 of `values` (linear interpolation between order
/// statistics); empty when `values` is.
std::vector<double> percentiles(std::vector<double> values);

/// Where `value` falls, 0..100, in the distribution whose sorted percentiles are given (any count
/// ≥ 2, evenly spaced from 0 to 100); NaN for fewer than 2 percentiles or a NaN value.
double percentileOf(const std::vector<double>& percentiles, double value);

} // namespace pixelchain::stats
