#pragma once
// Counter-based uniform numbers: u(seed, stream, index) in [0, 1).
//
// Each draw is a pure function of its coordinates (a SplitMix64 finaliser applied twice), so a
// sample, a binarization or a replay gives the same bits whichever thread draws it and in
// whatever order: the GUI and the CLI agree byte for byte, and `seek` needs no stored state.
#include <cstdint>

namespace pixelchain {

/// SplitMix64's finaliser: a bijection on 64-bit words that mixes every input bit.
constexpr std::uint64_t mix64(std::uint64_t z) {
    z += 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/// A uniform double in [0, 1) with 53 random bits.
constexpr double uniformAt(std::uint64_t seed, std::uint64_t stream, std::uint64_t index) {
    const std::uint64_t z = mix64(mix64(seed ^ mix64(stream)) + index);
    return static_cast<double>(z >> 11) * 0x1.0p-53;
}

} // namespace pixelchain
