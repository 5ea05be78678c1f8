#include "core/io/gif_animation.h"

#include "core/io/atomic_file.h"

#include <algorithm>
#include <array>
#include <gif_lib.h>
#include <memory>
#include <stdexcept>

namespace pixelchain::io {
namespace {

constexpr int kMaxSide = 65535;
constexpr int kMaxDelay = 65535;

void check(const GifAnimation& animation) {
    if (animation.width < 1 || animation.width > kMaxSide || animation.height < 1 ||
        animation.height > kMaxSide)
        throw std::invalid_argument("a GIF frame must be 1 to 65535 pixels wide and high");
    if (animation.palette.empty() || animation.palette.size() > 256)
        throw std::invalid_argument("a GIF palette holds 1 to 256 colours");
    if (animation.frames.empty())
        throw std::invalid_argument("an animation needs at least one frame");
    const std::size_t area =
        static_cast<std::size_t>(animation.width) * static_cast<std::size_t>(animation.height);
    for (std::size_t n = 0; n < animation.frames.size(); ++n) {
        const GifFrame& frame = animation.frames[n];
        const std::string which = "frame " + std::to_string(n);
        if (frame.indices.size() != area)
            throw std::invalid_argument(which + " does not have width × height pixels");
        if (frame.delay < 0 || frame.delay > kMaxDelay)
            throw std::invalid_argument(which + " has a delay outside 0..65535");
        for (const std::uint8_t index : frame.indices)
            if (index >= animation.palette.size())
                throw std::invalid_argument(which + " uses a colour outside the palette");
    }
}

/// giflib's output callback: appends to the std::string given as user data.
int appendBytes(GifFileType* gif, const GifByteType* bytes, int length) {
    static_cast<std::string*>(gif->UserData)
        ->append(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(length));
    return length;
}

struct GifCloser {
    void operator()(GifFileType* gif) const {
        int error = 0;
        EGifCloseFile(gif, &error);
    }
};
using GifWriter = std::unique_ptr<GifFileType, GifCloser>;

struct ColorMapFree {
    void operator()(ColorMapObject* map) const { GifFreeMapObject(map); }
};

[[noreturn]] void fail(const GifFileType* gif, const char* what) {
    const char* reason = GifErrorString(gif->Error);
    throw std::runtime_error(std::string("cannot encode GIF (") + what +
                             "): " + (reason ? reason : "unknown error"));
}

void putScreen(GifFileType* gif, const GifAnimation& animation) {
    int bits = 1;
    while ((1u << bits) < animation.palette.size())
        ++bits;
    std::vector<GifColorType> colors(std::size_t{1} << bits, GifColorType{0, 0, 0});
    for (std::size_t i = 0; i < animation.palette.size(); ++i)
        colors[i] = {animation.palette[i].red, animation.palette[i].green,
                     animation.palette[i].blue};
    const std::unique_ptr<ColorMapObject, ColorMapFree> map(
        GifMakeMapObject(static_cast<int>(colors.size()), colors.data()));
    if (!map)
        throw std::runtime_error("cannot encode GIF: out of memory for the palette");
    EGifSetGifVersion(gif, true);
    if (EGifPutScreenDesc(gif, animation.width, animation.height, bits, 0, map.get()) != GIF_OK)
        fail(gif, "screen descriptor");
}

// NETSCAPE2.0: sub-block {1, loop count low, high}; a loop count of 0 means forever.
void putLoopForever(GifFileType* gif) {
    static const char kName[] = "NETSCAPE2.0";
    const std::array<unsigned char, 3> loop{1, 0, 0};
    if (EGifPutExtensionLeader(gif, APPLICATION_EXT_FUNC_CODE) != GIF_OK ||
        EGifPutExtensionBlock(gif, 11, kName) != GIF_OK ||
        EGifPutExtensionBlock(gif, static_cast<int>(loop.size()), loop.data()) != GIF_OK ||
        EGifPutExtensionTrailer(gif) != GIF_OK)
        fail(gif, "loop extension");
}

void putFrame(GifFileType* gif, const GifAnimation& animation, const GifFrame& frame) {
    GraphicsControlBlock control{};
    control.DisposalMode = DISPOSE_DO_NOT;
    control.UserInputFlag = false;
    control.DelayTime = frame.delay;
    control.TransparentColor = NO_TRANSPARENT_COLOR;
    std::array<GifByteType, 4> extension{};
    const std::size_t length = EGifGCBToExtension(&control, extension.data());
    if (EGifPutExtension(gif, GRAPHICS_EXT_FUNC_CODE, static_cast<int>(length), extension.data()) !=
        GIF_OK)
        fail(gif, "frame delay");
    if (EGifPutImageDesc(gif, 0, 0, animation.width, animation.height, false, nullptr) != GIF_OK)
        fail(gif, "image descriptor");
    // giflib takes a mutable row pointer but only reads it.
    std::vector<GifPixelType> row(static_cast<std::size_t>(animation.width));
    for (int y = 0; y < animation.height; ++y) {
        const auto begin = frame.indices.begin() + static_cast<std::ptrdiff_t>(y) * animation.width;
        std::copy(begin, begin + animation.width, row.begin());
        if (EGifPutLine(gif, row.data(), animation.width) != GIF_OK)
            fail(gif, "pixels");
    }
}

} // namespace

std::string encodeGif(const GifAnimation& animation) {
    check(animation);
    std::string bytes;
    int error = 0;
    GifWriter gif(EGifOpen(&bytes, appendBytes, &error));
    if (!gif) {
        const char* reason = GifErrorString(error);
        throw std::runtime_error(std::string("cannot start a GIF: ") +
                                 (reason ? reason : "unknown error"));
    }
    putScreen(gif.get(), animation);
    putLoopForever(gif.get());
    for (const GifFrame& frame : animation.frames)
        putFrame(gif.get(), animation, frame);
    // Closing writes the trailer byte; the callback still appends to `bytes`.
    if (EGifCloseFile(gif.release(), &error) != GIF_OK) {
        const char* reason = GifErrorString(error);
        throw std::runtime_error(std::string("cannot finish a GIF: ") +
                                 (reason ? reason : "unknown error"));
    }
    return bytes;
}

void saveGif(const std::string& path, const GifAnimation& animation) {
    writeFileAtomically(path, encodeGif(animation));
}

} // namespace pixelchain::io
