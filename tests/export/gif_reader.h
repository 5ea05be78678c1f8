#pragma once
// Reads a GIF back with giflib's own decoder (DGifSlurp), independently of the encoder under
// test: size, palette, every frame's pixels and delay, and the NETSCAPE2.0 loop count.
#include <cstdint>
#include <cstring>
#include <gif_lib.h>
#include <string>
#include <vector>

namespace pixelchain::test {

struct DecodedGif {
    bool ok = false;
    std::string error;
    int width = 0;
    int height = 0;
    std::vector<GifColorType> palette;
    std::vector<std::vector<std::uint8_t>> frames; ///< width × height indices each
    std::vector<int> delays;                       ///< 1/100 s; −1 when a frame has none
    int loopCount = -1;                            ///< 0 = forever; −1 = no NETSCAPE2.0 block
};

namespace detail {

struct ByteSource {
    const std::string* bytes;
    std::size_t offset = 0;
};

inline int readBytes(GifFileType* gif, GifByteType* out, int length) {
    auto* source = static_cast<ByteSource*>(gif->UserData);
    const std::size_t n =
        std::min(static_cast<std::size_t>(length), source->bytes->size() - source->offset);
    std::memcpy(out, source->bytes->data() + source->offset, n);
    source->offset += n;
    return static_cast<int>(n);
}

/// The loop count of a NETSCAPE2.0 block among `blocks`, or −1.
inline int loopCountIn(const ExtensionBlock* blocks, int count) {
    for (int i = 0; i + 1 < count; ++i) {
        const ExtensionBlock& name = blocks[i];
        const ExtensionBlock& data = blocks[i + 1];
        if (name.Function == APPLICATION_EXT_FUNC_CODE && name.ByteCount == 11 &&
            std::memcmp(name.Bytes, "NETSCAPE2.0", 11) == 0 && data.ByteCount == 3 &&
            data.Bytes[0] == 1)
            return data.Bytes[1] | (data.Bytes[2] << 8);
    }
    return -1;
}

} // namespace detail

inline DecodedGif decodeGif(const std::string& bytes) {
    DecodedGif out;
    detail::ByteSource source{&bytes};
    int error = 0;
    GifFileType* gif = DGifOpen(&source, detail::readBytes, &error);
    if (!gif) {
        out.error = GifErrorString(error);
        return out;
    }
    if (DGifSlurp(gif) != GIF_OK) {
        out.error = GifErrorString(gif->Error);
        DGifCloseFile(gif, &error);
        return out;
    }
    out.width = gif->SWidth;
    out.height = gif->SHeight;
    if (gif->SColorMap)
        out.palette.assign(gif->SColorMap->Colors,
                           gif->SColorMap->Colors + gif->SColorMap->ColorCount);
    out.loopCount = detail::loopCountIn(gif->ExtensionBlocks, gif->ExtensionBlockCount);
    for (int i = 0; i < gif->ImageCount; ++i) {
        const SavedImage& image = gif->SavedImages[i];
        const std::size_t area =
            static_cast<std::size_t>(image.ImageDesc.Width) * image.ImageDesc.Height;
        out.frames.emplace_back(image.RasterBits, image.RasterBits + area);
        GraphicsControlBlock control{};
        out.delays.push_back(DGifSavedExtensionToGCB(gif, i, &control) == GIF_OK ? control.DelayTime
                                                                                 : -1);
        if (out.loopCount < 0)
            out.loopCount = detail::loopCountIn(image.ExtensionBlocks, image.ExtensionBlockCount);
    }
    DGifCloseFile(gif, &error);
    out.ok = true;
    return out;
}

} // namespace pixelchain::test
