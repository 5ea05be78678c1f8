// libFuzzer target: model files of every kind (core/io/model_file.h: NADE, independent, Markov,
// FVSBN). The bytes are refused with a FormatError, or they give a model that works: it scores an
// image with a log-probability that is a number ≤ 0, every conditional is a probability, and its
// stepper walks all 784 pixels with logits that are numbers.
#include "core/io/model_file.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>

namespace {

using namespace pixelchain;

/// An image drawn from the input bytes, so different inputs score different images.
BinaryImage imageFrom(const std::uint8_t* data, std::size_t size) {
    BinaryImage image;
    for (int i = 0; i < kPixels; ++i)
        image.set(i, (data[static_cast<std::size_t>(i) % size] >> (i % 8)) & 1);
    return image;
}

void requireWorkingModel(const DensityModel& model, const BinaryImage& image) {
    if (model.parameterCount() == 0 || model.describe().empty())
        std::abort();
    const Evaluation e = model.evaluate(image);
    if (!(e.logProb <= 0) || e.conditionals.size() != kPixels || e.surprise.size() != kPixels)
        std::abort();
    for (int i = 0; i < kPixels; ++i) {
        const float p = e.conditionals[static_cast<std::size_t>(i)];
        if (!(p >= 0 && p <= 1) || !(e.surprise[static_cast<std::size_t>(i)] >= 0))
            std::abort();
    }
    const auto stepper = model.stepper();
    for (int j = 0; j < kPixels; ++j) {
        if (std::isnan(stepper->nextLogit()))
            std::abort();
        stepper->push(image.at(model.ordering().pixel(j)));
    }
    if (stepper->step() != kPixels)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    io::LoadedModel loaded;
    try {
        loaded = io::parseModel(std::string(reinterpret_cast<const char*>(data), size));
    } catch (const io::FormatError&) {
        return 0;
    }
    if (!loaded.model)
        std::abort();
    requireWorkingModel(*loaded.model, imageFrom(data, size));
    return 0;
}
