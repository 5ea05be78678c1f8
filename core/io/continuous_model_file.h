#pragma once
// Model files of greyscale (continuous) models, in the conventions of model_file.h: safetensors
// with a `format` key, written by saveModel (model_file.h), read here.
//
//   "pixelchain-rnade"  W F32 [H, D], c F32 [H], ordering I32 [D], Va, Vm, Vs F32 [D, K, H],
//                       ba, bm, bs F32 [D, K] (index j: the j-th pixel decided, rnade.h);
//                       metadata `components` = K, `activation`, `hidden`
//   "pixelchain-independent-mixture"
//                       pi, mu, sigma F32 [784, K] (raster order; each row of pi positive and
//                       summing to 1, sigma positive); metadata `components` = K
//
// Both carry `dataset`, `command`, `test_bits_per_dim` (bits per dimension of the 8-bit test
// digits, −log p(y) / (784 ln 2) + 8, with u drawn once from the evaluation seed, as the
// literature dequantizes) and `test_ll_quantiles`: the percentiles 0..100 of the test log
// densities at the bin centres, as a drawing is scored (`test_ll_preparation` = "bin-centre").
#include "core/io/safetensors.h"
#include "core/models/continuous_density.h"

#include <memory>

namespace pixelchain::io {

inline constexpr const char* kBinCentrePreparation = "bin-centre";

struct LoadedContinuous {
    std::shared_ptr<const ContinuousDensity> model;
    Metadata metadata;
    double testBitsPerDim = 0;         ///< NaN when the file does not say
    std::vector<double> testQuantiles; ///< empty when the file does not say
};

/// True for the formats of greyscale models.
bool isContinuousFormat(const std::string& format);
/// The `format` of a model file (any kind), from its header alone; throws as loadModel does.
std::string modelFormat(const std::string& path);

/// Reads and validates a greyscale model file; throws FormatError (or std::runtime_error for an
/// unreadable file) naming the problem.
LoadedContinuous loadContinuousModel(const std::string& path);
LoadedContinuous parseContinuousModel(std::string bytes);

} // namespace pixelchain::io
