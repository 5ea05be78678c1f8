#include "core/models/model_registry.h"

#include <array>

namespace pixelchain {
namespace {

constexpr int kAll = DensityModel::kAllEarlier;

// Sorted by id (tst_model_registry checks it).
constexpr std::array kShipped{
    ShippedModel{"class-nade-mnist", ModelFamily::ClassNade, "raster", kAll,
                 "Class-conditional NADE (Bayes' rule)"},
    ShippedModel{"fvsbn-mnist", ModelFamily::Fvsbn, "raster", kAll,
                 "FVSBN (logistic regression on all earlier pixels)"},
    ShippedModel{"independent-mnist", ModelFamily::Independent, "raster", 0,
                 "Independent Bernoulli pixels"},
    ShippedModel{"markov1-mnist", ModelFamily::Markov, "raster", 1, "Markov chain of order 1"},
    ShippedModel{"markov8-mnist", ModelFamily::Markov, "raster", 8, "Markov chain of order 8"},
    ShippedModel{"nade-column-mnist", ModelFamily::Nade, "column", kAll, "NADE, column order"},
    ShippedModel{"nade-mnist", ModelFamily::Nade, "raster", kAll, "NADE, raster order"},
    ShippedModel{"nade-random-mnist", ModelFamily::Nade, "random:7", kAll, "NADE, random order"},
    ShippedModel{"nade-spiral-mnist", ModelFamily::Nade, "spiral", kAll, "NADE, spiral order"},
    ShippedModel{"naive-bayes-mnist", ModelFamily::NaiveBayes, "raster", kAll,
                 "Naive Bayes (independent pixels per digit)"},
};

// The models of greyscale digits (continuous_density.h), sorted by id.
constexpr std::array kGreyscale{
    ShippedModel{"independent-mixture-mnist", ModelFamily::IndependentMixture, "raster", 0,
                 "Independent Gaussian mixtures (greyscale)"},
    ShippedModel{"rnade-mnist", ModelFamily::Rnade, "raster", kAll, "RNADE (greyscale)"},
};

template <std::size_t N> constexpr bool sortedById(const std::array<ShippedModel, N>& list) {
    for (std::size_t i = 1; i < list.size(); ++i)
        if (!(list[i - 1].id < list[i].id))
            return false;
    return true;
}
static_assert(sortedById(kShipped) && sortedById(kGreyscale),
              "keep the shipped models sorted by id, each id once");

} // namespace

std::string ShippedModel::fileName() const {
    return std::string(id) + ".safetensors";
}

std::span<const ShippedModel> ModelRegistry::all() {
    return kShipped;
}

std::span<const ShippedModel> ModelRegistry::greyscale() {
    return kGreyscale;
}

const ShippedModel* ModelRegistry::find(std::string_view id) {
    for (const auto list : {all(), greyscale()})
        for (const ShippedModel& m : list)
            if (m.id == id)
                return &m;
    return nullptr;
}

const ShippedModel& ModelRegistry::defaultModel() {
    return *find(kDefaultId);
}

std::vector<const ShippedModel*> ModelRegistry::ofFamily(ModelFamily family) {
    std::vector<const ShippedModel*> result;
    for (const auto list : {all(), greyscale()})
        for (const ShippedModel& m : list)
            if (m.family == family)
                result.push_back(&m);
    return result;
}

} // namespace pixelchain
