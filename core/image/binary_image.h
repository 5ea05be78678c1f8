#pragma once
// BinaryImage: a 28×28 image of bits, the variables x_1..x_784 the lecture models.
// Pixels are addressed in raster order (index = row·28 + col); an Ordering says in which order an
// autoregressive model visits them.
#include <array>
#include <cstdint>
#include <string>

namespace pixelchain {

inline constexpr int kSide = 28;
inline constexpr int kPixels = kSide * kSide; // D = 784

class BinaryImage {
public:
    BinaryImage() { bits_.fill(0); }

    bool at(int index) const { return bits_[static_cast<std::size_t>(index)] != 0; }
    bool at(int row, int col) const { return at(row * kSide + col); }
    void set(int index, bool on) { bits_[static_cast<std::size_t>(index)] = on ? 1 : 0; }
    void set(int row, int col, bool on) { set(row * kSide + col, on); }

    /// Number of pixels that are on.
    int count() const;
    /// Raw bytes, 0 or 1, raster order.
    const std::uint8_t* data() const { return bits_.data(); }

    /// Thresholds grey values (0..255, raster order) at 50%: on when value ≥ 128.
    static BinaryImage fromGrey(const std::uint8_t* grey);

    /// 28 lines of '#' and '.', for messages and tests.
    std::string toText() const;

    friend bool operator==(const BinaryImage&, const BinaryImage&) = default;

private:
    std::array<std::uint8_t, kPixels> bits_{};
};

} // namespace pixelchain
