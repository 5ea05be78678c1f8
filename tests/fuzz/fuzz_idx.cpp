// libFuzzer target: the IDX reader that opens MNIST (core/mnist/idx.h). The same bytes go to the
// image and to the label parser; each must refuse them with an IdxError or return exactly what
// the header promised, and nothing else may escape.
#include "core/mnist/idx.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace pixelchain::mnist;
    try {
        const GreyImages images = parseImages(data, size);
        const std::size_t promised = images.count * static_cast<std::size_t>(images.rows) *
                                     static_cast<std::size_t>(images.cols);
        if (images.rows < 1 || images.cols < 1 || images.pixels.size() != promised ||
            size != 16 + promised)
            std::abort();
    } catch (const IdxError&) {
    }
    try {
        const std::vector<std::uint8_t> labels = parseLabels(data, size);
        if (size != 8 + labels.size())
            std::abort();
    } catch (const IdxError&) {
    }
    return 0;
}
