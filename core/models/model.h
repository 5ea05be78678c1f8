#pragma once
// Model: what every PixelChain model is, whatever it models. Two kinds derive from it:
// DensityModel (binary images, density_model.h) and ContinuousDensity (greyscale images,
// continuous_density.h). What they share is what a model file and a model list need: the family,
// a description, the ordering of the chain rule, the parameter count and the tensors. A caller
// that needs one kind asks binary() or continuous(), never casts.
#include "core/image/ordering.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace pixelchain {

class DensityModel;
class ContinuousDensity;

/// The families of models; a new family adds an enumerator (the compiler then names every
/// switch over families that needs a case: the file loader, the UI's names and colours).
/// NaiveBayes and ClassNade are class-conditional (class_conditional.h): mixtures over the labels.
/// Rnade and IndependentMixture model greyscale images (continuous_density.h).
enum class ModelFamily {
    Independent,
    Markov,
    Fvsbn,
    Nade,
    NaiveBayes,
    ClassNade,
    Rnade,
    IndependentMixture
};

/// "independent", "markov", "fvsbn", "nade", "naive-bayes", "class-nade", "rnade",
/// "independent-mixture": a family's name in
/// files ("pixelchain-" + name is the `format` of its model files), on the command line and in
/// logs.
const char* familyName(ModelFamily family);

/// One tensor of a model file, row-major; exactly one of `floats` and `ints` is filled.
struct NamedTensor {
    std::string name;
    std::vector<std::int64_t> shape;
    std::vector<float> floats;
    std::vector<std::int32_t> ints;
};

/// What a model's file holds besides the metadata every file shares (format, ordering): its
/// tensors in file order and the metadata keys of its family (a NADE's `activation`, `hidden`).
struct ModelTensors {
    std::vector<NamedTensor> tensors;
    std::map<std::string, std::string> metadata;
};

/// A hidden layer's nonlinearity h = act(a).
enum class Activation { Sigmoid, Relu };

/// The hidden layer of a model that has one (NADE, RNADE), read-only; empty (units = 0) for the
/// others. Unit h's pre-activation is a_h = c_h + Σ_j W[h, j] x_σ(j), so its input weights W[h, :]
/// are a template over the pixels, in sampling order.
struct HiddenLayerView {
    int units = 0; ///< H
    Activation activation = Activation::Sigmoid;
    const float* inputWeights = nullptr; ///< W [H, D] column-major (column j: the j-th pixel
                                         ///< in sampling order); valid while the model lives

    bool empty() const { return units == 0; }
    /// W[h, j].
    float weight(int h, int j) const {
        return inputWeights[static_cast<std::size_t>(j) * static_cast<std::size_t>(units) +
                            static_cast<std::size_t>(h)];
    }
};

class Model {
public:
    virtual ~Model() = default;

    virtual ModelFamily family() const = 0;
    /// familyName(family()): "nade", "independent", "rnade", …
    std::string kind() const { return familyName(family()); }
    /// A one-line human description, e.g. "NADE, 500 ReLU hidden units, raster order".
    virtual std::string describe() const = 0;
    virtual const Ordering& ordering() const = 0;
    /// Number of free parameters (matches the Counting page's formula for this model).
    virtual std::uint64_t parameterCount() const = 0;
    /// How many pixels just before the j-th one its conditional sees (DensityModel::contextSize).
    virtual int contextSize() const = 0;
    /// The model's hidden layer; empty for a model without one (the default).
    virtual HiddenLayerView hiddenLayer() const { return {}; }
    /// The tensors and family-specific metadata its model file holds (core/io/model_file.h
    /// writes them; reading dispatches on the file's `format`).
    virtual ModelTensors tensors() const = 0;

    /// This model as a density of binary images; nullptr for a greyscale one.
    virtual const DensityModel* binary() const { return nullptr; }
    /// This model as a density of greyscale images; nullptr for a binary one.
    virtual const ContinuousDensity* continuous() const { return nullptr; }
};

} // namespace pixelchain
