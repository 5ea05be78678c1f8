#pragma once
// A Markov chain of order m over the pixels in raster order: pixel i looks only at the m pixels
// just before it (fewer at the start of the image),
//
//   p(x) = Π_i p(x_i | x_(i−c_i), …, x_(i−1)),      c_i = min(i − 1, m)   (i 1-based)
//
// Each factor is a table: one Bernoulli parameter for each of the 2^c_i values of its context,
// Σ_i 2^min(i−1, m) parameters in all (m = 1: 2n − 1). The context of pixel i is read as the
// number Σ_{t=1..c_i} x_(i−t) 2^(t−1): the nearest earlier pixel is the lowest bit.
//
// Tables are stored one after the other in raster order of the pixel: table i starts at
// offset(i) and holds 2^c_i probabilities p(x_i = 1 | context).
#include "core/models/density_model.h"

#include <vector>

namespace pixelchain {

class Markov : public DensityModel {
public:
    /// Highest order accepted: the tables of m = 16 already take 200 MB.
    static constexpr int kMaxOrder = 16;

    /// Number of probabilities the tables of order `order` hold: Σ_i 2^min(i−1, m).
    static std::size_t tableSize(int order);

    /// `probabilities`: all tables, laid out as above, each value strictly inside (0, 1);
    /// throws std::invalid_argument for a wrong size, a value outside (0, 1) or m outside 0..16.
    Markov(int order, std::vector<float> probabilities);

    ModelFamily family() const override { return ModelFamily::Markov; }
    std::string describe() const override;
    const Ordering& ordering() const override { return ordering_; }
    std::uint64_t parameterCount() const override { return probabilities_.size(); }
    Evaluation evaluate(const BinaryImage& image) const override;
    std::unique_ptr<ConditionalStepper> stepper() const override;
    /// m: pixel i sees the min(i − 1, m) pixels just before it.
    int contextSize() const override { return order_; }
    /// p F32 [Σ_i 2^min(i−1, m)], metadata `order` = m.
    ModelTensors tensors() const override;

    int order() const { return order_; }
    const std::vector<float>& probabilities() const { return probabilities_; }
    /// c_i, how many earlier pixels raster pixel `pixel` (0-based) conditions on.
    int contextLength(int pixel) const { return pixel < order_ ? pixel : order_; }
    /// Where the table of raster pixel `pixel` starts.
    std::size_t offset(int pixel) const { return offsets_[static_cast<std::size_t>(pixel)]; }
    /// p(x_pixel = 1 | context), the context as a number (see above).
    double probability(int pixel, std::uint32_t context) const {
        return probabilities_[offset(pixel) + context];
    }

private:
    int order_;
    std::vector<float> probabilities_;
    std::vector<std::size_t> offsets_;
    Ordering ordering_ = Ordering::raster();
};

/// The context of raster pixel `pixel` in `bits` (784 bytes 0/1, raster order) for order m.
std::uint32_t markovContext(const std::uint8_t* bits, int pixel, int order);

} // namespace pixelchain
