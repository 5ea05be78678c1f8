#include "core/training/test_figures.h"

#include "core/io/continuous_model_file.h"
#include "core/models/class_conditional.h"
#include "core/models/density_model.h"
#include "core/training/continuous_scores.h"
#include "core/training/test_scores.h"

#include <cmath>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <sstream>

namespace pixelchain::training {

namespace {

TestFigures binaryFigures(const DensityModel& model, const mnist::Mnist& data, int threads) {
    TestFigures f;
    const TestScores scores = scoreTestSet(model, data, threads);
    f.testNll = scores.nll;
    f.metadata["test_nll_nats"] = std::to_string(scores.nll);
    f.metadata["test_ll_quantiles"] = nlohmann::json(scores.quantiles).dump();
    f.metadata["test_ll_preparation"] = kThresholdPreparation;
    std::ostringstream text;
    text << "test NLL " << std::fixed << std::setprecision(3) << scores.nll << " nats ("
         << std::setprecision(4) << scores.bitsPerDim << " bits/pixel)";
    if (const ClassConditional* classes = model.classConditional()) {
        const auto test = classifyTestSet(*classes, model.ordering(), data, threads);
        f.metadata["test_accuracy"] = std::to_string(test.accuracy);
        f.metadata["test_confusion"] = confusionJson(test.confusion);
        text << ", test accuracy " << std::setprecision(2) << 100 * test.accuracy << "%";
    }
    f.summary = text.str();
    return f;
}

TestFigures greyFigures(const ContinuousDensity& model, const mnist::Mnist& data, int threads) {
    TestFigures f;
    f.testNll = std::nan("");
    const auto scores = scoreContinuousTestSet(model, data, threads);
    f.metadata["test_bits_per_dim"] = std::to_string(scores.bitsPerDim);
    f.metadata["test_bits_per_dim_bin_centre"] = std::to_string(scores.binCentreBitsPerDim);
    f.metadata["test_ll_quantiles"] = nlohmann::json(scores.quantiles).dump();
    f.metadata["test_ll_preparation"] = io::kBinCentrePreparation;
    std::ostringstream text;
    text << "test " << std::fixed << std::setprecision(4) << scores.bitsPerDim << " bits/dim ("
         << scores.binCentreBitsPerDim << " at the bin centres)";
    f.summary = text.str();
    return f;
}

} // namespace

TestFigures measureTestFigures(const Model& model, const mnist::Mnist& data, int threads) {
    if (const DensityModel* binary = model.binary())
        return binaryFigures(*binary, data, threads);
    return greyFigures(*model.continuous(), data, threads);
}

} // namespace pixelchain::training
