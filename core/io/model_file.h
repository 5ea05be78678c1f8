#pragma once
// PixelChain model files: safetensors with a `format` metadata key naming the model family.
// Writing asks the model for its tensors (DensityModel::tensors()); reading dispatches on
// `format`, the one place that constructs (and so names) each family.
//
// A NADE ("pixelchain-nade") holds W F32 [H, D] (row h, column j: weight from the j-th pixel in
// sampling order to hidden unit h), V F32 [D, H], b F32 [D], c F32 [H] and ordering I32 [D]
// (ordering[j] = raster index of the j-th pixel sampled), with metadata `activation`, `hidden`,
// `dataset` (sha256 of the training images), `test_nll_nats`, `command` and
// `test_ll_quantiles` (JSON array of the percentiles 0, 1, …, 100 of the test log-likelihoods,
// core/stats) and `test_ll_preparation` (how those test digits were made binary: "threshold-128",
// as the canvas does; files without it predate the key and ranked against stochastically binarized
// digits).
//
// The baselines carry the same metadata, all in raster order:
//   "pixelchain-independent"  p F32 [784], p(x_i = 1), each inside (0, 1)
//   "pixelchain-markov"       p F32 [Σ_i 2^min(i−1, m)], the tables of Markov::probabilities()
//                             (each inside (0, 1)), metadata `order` = m (0..16)
//   "pixelchain-fvsbn"        b F32 [784], W F32 [784, 784] (row i, column j: w_ij), zero on and
//                             above the diagonal
// The class-conditional models (class_conditional.h) add `classes` = C to the metadata and
// log_prior F32 [C] (log p(y), the training labels' frequencies, summing to probability 1):
//   "pixelchain-naive-bayes"  p F32 [C, 784], p(x_i = 1 | y) (each inside (0, 1)), raster order
//   "pixelchain-class-nade"   the NADE's W, V, b, c, ordering and metadata, and U F32 [H, C],
//                             A F32 [D, C] (class_nade.h); `test_nll_nats` is of p(x)
// and, when trained by pixelchain-cli, `test_accuracy` and `test_confusion` (JSON [C][C] counts,
// row: true label, column: predicted) on the same stochastically binarized test digits.
// Every NADE and FVSBN weight lies within ±1e6 (larger ones would overflow the float sums).
#include "core/io/safetensors.h"
#include "core/models/nade.h"

#include <memory>

namespace pixelchain::io {

/// A model read from a file with what its metadata says about it.
struct LoadedModel {
    std::shared_ptr<const DensityModel> model;
    Metadata metadata;
    double testNll = 0;                ///< NaN when the file does not say
    std::vector<double> testQuantiles; ///< empty when the file does not say
    std::string quantilePreparation;   ///< metadata `test_ll_preparation`; empty when absent
};

/// How long a model trained, from its metadata: the schedule's length (N of "--epochs N" in the
/// recorded `command`) and the epoch whose weights were kept (`epochs`, best validation NLL).
/// Both 0 for a model fitted in closed form (independent pixels, Markov tables).
struct TrainingLength {
    int scheduledEpochs = 0;
    int keptEpoch = 0;
};
TrainingLength trainingLength(const Metadata& metadata);

/// Writes a NADE atomically; throws WriteError.
void saveNade(const std::string& path, const Nade& nade, const Metadata& metadata);
/// The bytes saveNade would write.
std::string serializeNade(const Nade& nade, const Metadata& metadata);

/// Writes any PixelChain model, binary or greyscale, atomically: its Model::tensors(), `format` =
/// "pixelchain-" + familyName(family()), `ordering` and `metadata`; throws WriteError.
void saveModel(const std::string& path, const Model& model, const Metadata& metadata);
/// The bytes saveModel would write.
std::string serializeModel(const Model& model, const Metadata& metadata);

/// Reads and validates any PixelChain model file of binary images (continuous_model_file.h reads
/// the greyscale ones); throws FormatError (or std::runtime_error for
/// an unreadable file) with a message that names the problem. Never returns a half-read model.
LoadedModel loadModel(const std::string& path);
/// The same from bytes in memory.
LoadedModel parseModel(std::string bytes);

} // namespace pixelchain::io
