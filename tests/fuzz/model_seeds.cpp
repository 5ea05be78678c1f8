// Seeds of fuzz_model: tiny model files of each kind written by core's own serializers (an
// independent model, Markov chains of order 0, 1 and 2, NADEs with one and two hidden units), and
// near-misses: one wrong metadata value, one poisoned number, a truncated file. A valid FVSBN needs
// 2.4 MB of weights, more than a seed should hold, so FVSBN seeds are near-misses only.
#include "core/io/model_file.h"
#include "core/models/independent.h"
#include "core/models/markov.h"
#include "seed_folder.h"

#include <cmath>
#include <cstring>
#include <random>

namespace pixelchain::fuzz {
namespace {

/// Deterministic numbers in (lo, hi) from a fixed seed (the engine's output is fixed by the
/// standard; the library's distributions are not, so they are not used).
class Draws {
public:
    explicit Draws(std::uint32_t seed)
        : engine_(seed) {}
    float next(float lo, float hi) {
        return lo + (hi - lo) * static_cast<float>((engine_() + 0.5) / 4294967296.0);
    }

private:
    std::mt19937 engine_;
};

std::vector<float> probabilities(std::size_t n, std::uint32_t seed) {
    Draws draws(seed);
    std::vector<float> p(n);
    for (float& v : p)
        v = draws.next(0.02f, 0.98f);
    return p;
}

Nade tinyNade(int hidden, Ordering ordering, Activation activation) {
    Draws draws(static_cast<std::uint32_t>(hidden));
    NadeWeights w(hidden, kPixels);
    for (Eigen::Index k = 0; k < w.W.size(); ++k)
        w.W.data()[k] = draws.next(-0.5f, 0.5f);
    for (Eigen::Index k = 0; k < w.Vt.size(); ++k)
        w.Vt.data()[k] = draws.next(-1, 1);
    for (int j = 0; j < kPixels; ++j)
        w.b(j) = draws.next(-2, 2);
    for (int h = 0; h < hidden; ++h)
        w.c(h) = draws.next(-0.5f, 0.5f);
    return Nade(std::move(w), std::move(ordering), activation);
}

std::string quantiles() {
    std::string text = "[";
    for (int q = 0; q <= 100; ++q)
        text += (q ? "," : "") + std::to_string(-300 + 2 * q);
    return text + "]";
}

/// `bytes` with the first `from` in the JSON header replaced by `to` of the same length.
std::string editHeader(std::string bytes, const std::string& from, const std::string& to) {
    std::uint64_t headerLength = 0;
    std::memcpy(&headerLength, bytes.data(), 8);
    const auto at = bytes.find(from, 8);
    if (from.size() != to.size() || at == std::string::npos || at + from.size() > 8 + headerLength)
        throw std::logic_error("seed edit '" + from + "' does not fit the header");
    return bytes.replace(at, from.size(), to);
}

/// `bytes` with the float at `offset` into the data section replaced by `value`.
std::string poisonFloat(std::string bytes, std::size_t offset, float value) {
    std::uint64_t headerLength = 0;
    std::memcpy(&headerLength, bytes.data(), 8);
    std::memcpy(bytes.data() + 8 + headerLength + offset, &value, sizeof value);
    return bytes;
}

std::string fvsbnNearMiss(io::Shape weightShape) {
    io::SafetensorsWriter writer;
    writer.addFloats("b", {kPixels}, probabilities(kPixels, 7));
    std::int64_t count = 1;
    for (const std::int64_t d : weightShape)
        count *= d;
    if (count > 0)
        writer.addFloats("W", weightShape, std::vector<float>(static_cast<std::size_t>(count)));
    writer.setMetadata({{"format", "pixelchain-fvsbn"}, {"ordering", "raster"}});
    return writer.serialize();
}

/// A Markov file whose order is above the largest accepted (16), tables sized for order 1.
std::string markovOrder17() {
    io::SafetensorsWriter writer;
    const auto size = static_cast<std::int64_t>(Markov::tableSize(1));
    writer.addFloats("p", {size}, probabilities(static_cast<std::size_t>(size), 4));
    writer.setMetadata({{"format", "pixelchain-markov"}, {"order", "17"}, {"ordering", "raster"}});
    return writer.serialize();
}

} // namespace

void writeModelSeeds(const SeedFolder& folder) {
    const io::Metadata scores = {{"test_nll_nats", "88.5"}, {"test_ll_quantiles", quantiles()}};
    const std::string independent =
        io::serializeModel(Independent(probabilities(kPixels, 1)), scores);
    folder.write("independent.safetensors", independent);
    for (const int order : {0, 1, 2})
        folder.write(
            "markov" + std::to_string(order) + ".safetensors",
            io::serializeModel(Markov(order, probabilities(Markov::tableSize(order), 2)), {}));
    const std::string nade = io::serializeNade(tinyNade(1, Ordering::raster(), Activation::Sigmoid),
                                               {{"test_nll_nats", "120"}});
    folder.write("nade-h1-raster.safetensors", nade);
    folder.write("nade-h2-spiral-relu.safetensors",
                 io::serializeNade(tinyNade(2, Ordering::spiral(), Activation::Relu), scores));

    folder.write("near-independent-certain-pixel.safetensors", poisonFloat(independent, 0, 1.0f));
    folder.write("near-independent-truncated.safetensors",
                 independent.substr(0, independent.size() - 4));
    const std::string markov1 =
        io::serializeModel(Markov(1, probabilities(Markov::tableSize(1), 3)), {});
    folder.write("near-markov-order-9.safetensors",
                 editHeader(markov1, "\"order\":\"1\"", "\"order\":\"9\""));
    folder.write("near-markov-order-17.safetensors", markovOrder17());
    folder.write("near-nade-nan-weight.safetensors", poisonFloat(nade, 4, std::nanf("")));
    folder.write("near-nade-huge-weight.safetensors", poisonFloat(nade, 8, 3e38f));
    folder.write("near-nade-hidden-2.safetensors",
                 editHeader(nade, "\"hidden\":\"1\"", "\"hidden\":\"2\""));
    folder.write("near-nade-tanh.safetensors", editHeader(nade, "sigmoid", "sigmoix"));
    folder.write(
        "near-nade-quantiles.safetensors",
        editHeader(io::serializeNade(tinyNade(1, Ordering::column(), Activation::Relu), scores),
                   "[-300,", "[-100,"));
    folder.write("near-fvsbn-no-weights.safetensors", fvsbnNearMiss({0}));
    folder.write("near-fvsbn-small-weights.safetensors", fvsbnNearMiss({2, 2}));
    folder.write("near-header-only.safetensors", std::string("\x02\0\0\0\0\0\0\0{}", 10));
}

} // namespace pixelchain::fuzz
