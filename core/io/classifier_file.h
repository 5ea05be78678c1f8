#pragma once
// What a model file says about classifying the test digits, and the file of the discriminative
// baseline, which is no density model and so not a DensityModel file.
//
// "pixelchain-logistic-regression": W F32 [C, 784] (raster order), b F32 [C], metadata `classes`,
// `dataset`, `command`, `test_accuracy` and `test_confusion`, like the class-conditional models.
// Every weight lies within ±1e6.
#include "core/io/safetensors.h"
#include "core/models/class_conditional.h"
#include "core/models/logistic_regression.h"

#include <memory>
#include <optional>

namespace pixelchain::io {

/// The test confusion matrix a file records in `test_confusion` (JSON [C][C] counts, row: true
/// label); nullopt when absent. Throws FormatError when present but not 10 rows of 10 counts.
std::optional<ConfusionMatrix> testConfusion(const Metadata& metadata);

struct LoadedClassifier {
    std::shared_ptr<const LogisticRegression> model;
    Metadata metadata;
    std::optional<ConfusionMatrix> confusion; ///< of the test digits, when recorded
};

/// Writes a logistic regression atomically, with `format` and `classes` added to `metadata`.
void saveClassifier(const std::string& path, const LogisticRegression& model,
                    const Metadata& metadata);
/// Reads and validates a logistic-regression file; throws FormatError naming the problem.
LoadedClassifier loadClassifier(const std::string& path);
LoadedClassifier parseClassifier(std::string bytes);

} // namespace pixelchain::io
