#pragma once
// The pieces every model file reader shares (model_file.cpp for binary models,
// continuous_model_file.cpp for greyscale ones): checked metadata and checked tensors. Each throws
// FormatError naming what is wrong.
#include "core/io/safetensors.h"
#include "core/models/nade.h"

#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace pixelchain::io {

/// Weights above this size are refused. Trained weights stay in the tens; huge finite ones overflow
/// the float sums to +inf and −inf, whose sum is NaN, and every digit would score NaN. With
/// |w| ≤ B, a NADE logit stays below B + H · 785 B · B ≈ 8e19 (H ≤ 100000), far from float's 3e38.
inline constexpr float kMaxWeight = 1e6f;

/// The whole of `text` as an integer in [low, high], or nothing.
std::optional<int> integerIn(const std::string& text, int low, int high);
/// Metadata `key` as a finite number ≥ low; NaN when absent; FormatError naming the key when it is
/// something else.
double optionalNumber(const Metadata& metadata, const std::string& key, double low = -INFINITY);
/// Metadata `hidden`: 1..100000.
int parseHidden(const std::string& text);
/// Metadata `test_ll_quantiles`: 101 sorted finite numbers, or empty when absent.
std::vector<double> parseQuantiles(const Metadata& metadata);
/// Metadata `test_nll_nats`: a finite number ≥ 0, or NaN when absent.
double parseNll(const Metadata& metadata);
/// A float tensor of exactly `shape`, every weight finite and within ±kMaxWeight.
std::vector<float> weights(const SafetensorsFile& file, const std::string& name,
                           const Shape& shape);
/// Metadata `activation`: "sigmoid" or "relu".
Activation readActivation(const SafetensorsFile& file);
/// W, V, b, c of a NADE with H hidden units.
NadeWeights readNadeWeights(const SafetensorsFile& file, int H);
/// The `ordering` tensor, named as the metadata names it when they agree.
Ordering readOrdering(const SafetensorsFile& file);

} // namespace pixelchain::io
