#pragma once
// The model registry: the one list of the models PixelChain ships in resources/models/. Each entry
// names its file (<id>.safetensors), its family, the ordering its file records, how much of the
// prefix its conditionals see and the English name the command line and logs use. The app builds
// every entry into its binary (ModelLibrary::loadBuiltIn), the command line falls back to the
// default entry, and the tests take ids and counts from here; tst_model_registry checks this list
// against resources/models/ both ways, so a file cannot be added or removed without it.
//
// A new shipped model adds one entry here (kept sorted by id: the order the app lists them in)
// and its file to resources/models/ and to the file list of resources/CMakeLists.txt.
#include "core/models/density_model.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pixelchain {

struct ShippedModel {
    std::string_view id; ///< file base name, e.g. "nade-mnist"
    ModelFamily family;
    std::string_view ordering;    ///< Ordering::name() the file records, e.g. "spiral", "random:7"
    int contextSize;              ///< contextSize(): 0, the Markov order, or all
    std::string_view englishName; ///< e.g. "NADE, spiral order"

    /// id + ".safetensors".
    std::string fileName() const;
};

class ModelRegistry {
public:
    /// The folder of the model files: under the source tree, and in the app's Qt resources
    /// (":/models"); installed under share/pixelchain/models.
    static constexpr std::string_view kSourceFolder = "resources/models";
    /// The model the app and the command line start with: the NADE in raster order.
    static constexpr std::string_view kDefaultId = "nade-mnist";

    /// Every shipped model of binary digits (DensityModel), sorted by id.
    static std::span<const ShippedModel> all();
    /// Every shipped model of greyscale digits (ContinuousDensity), sorted by id.
    static std::span<const ShippedModel> greyscale();
    /// The entry with this id in either list, or nullptr.
    static const ShippedModel* find(std::string_view id);
    /// The default entry (kDefaultId).
    static const ShippedModel& defaultModel();
    /// The entries of one family, in registry order (e.g. the four NADE orderings).
    static std::vector<const ShippedModel*> ofFamily(ModelFamily family);
};

} // namespace pixelchain
