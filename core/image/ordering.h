#pragma once
// Ordering: the order in which an autoregressive model visits the pixels.
//
// The chain rule p(x) = Π_j p(x_σ(j) | x_σ(1), …, x_σ(j−1)) holds for every permutation σ of the
// pixels; the model's quality does not. `pixel(j)` is σ(j), the raster index (row·28 + col) of
// the j-th pixel visited; `position(i)` is σ⁻¹(i), when raster pixel i is visited.
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace pixelchain {

class Ordering {
public:
    /// Row by row, left to right: σ(j) = j.
    static Ordering raster();
    /// Column by column, top to bottom.
    static Ordering column();
    /// An outward spiral that starts at the centre of the image.
    static Ordering spiral();
    /// A uniformly random permutation drawn from `seed` (the same seed, the same permutation).
    static Ordering random(std::uint64_t seed);
    /// Any permutation of 0..783; throws std::invalid_argument otherwise.
    static Ordering custom(std::vector<int> pixels);
    /// Parses "raster", "column", "spiral", "random:SEED"; throws std::invalid_argument otherwise.
    static Ordering parse(const std::string& name);

    int pixel(int step) const { return pixels_[static_cast<std::size_t>(step)]; }
    int position(int pixel) const { return positions_[static_cast<std::size_t>(pixel)]; }
    const std::vector<int>& pixels() const { return pixels_; }
    /// "raster", "column", "spiral", "random:SEED" or "custom".
    const std::string& name() const { return name_; }

    friend bool operator==(const Ordering& a, const Ordering& b) { return a.pixels_ == b.pixels_; }

private:
    Ordering(std::vector<int> pixels, std::string name);

    std::vector<int> pixels_;
    std::vector<int> positions_;
    std::string name_;
};

} // namespace pixelchain
