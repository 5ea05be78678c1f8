#pragma once
// Animated GIF files through giflib, for slides that show a digit being sampled pixel by pixel.
//
// An animation is a sequence of frames of palette indices, all of one size, played in a loop
// forever (the NETSCAPE2.0 application extension with a loop count of 0). Each frame carries its
// own delay in hundredths of a second, so a final frame can be held longer than the others.
// The file is GIF89a with one global colour table; giflib needs a table of 2^k entries, so the
// palette is padded with black up to the next power of two (the padding is never referenced).
#include <cstdint>
#include <string>
#include <vector>

namespace pixelchain::io {

struct GifColor {
    std::uint8_t red = 0;
    std::uint8_t green = 0;
    std::uint8_t blue = 0;
};

struct GifFrame {
    std::vector<std::uint8_t> indices; ///< width × height palette indices, row-major
    int delay = 10;                    ///< how long the frame shows, in 1/100 s (0..65535)
};

struct GifAnimation {
    int width = 0;                 ///< 1..65535
    int height = 0;                ///< 1..65535
    std::vector<GifColor> palette; ///< 1..256 colours
    std::vector<GifFrame> frames;  ///< at least one
};

/// The bytes of a looping GIF89a; throws std::invalid_argument for an animation that breaks the
/// limits above (an index outside the palette, a frame of the wrong size, no frames, …) and
/// std::runtime_error when giflib reports an error.
std::string encodeGif(const GifAnimation& animation);

/// Writes encodeGif(animation) to `path` atomically; throws what encodeGif throws, or WriteError.
void saveGif(const std::string& path, const GifAnimation& animation);

} // namespace pixelchain::io
