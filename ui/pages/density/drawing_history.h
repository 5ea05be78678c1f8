#pragma once
// ImageHistory: undo and redo for a drawing canvas. Each entry is a whole image (784 bytes), so
// one stroke, one loaded digit or one "normalize" is one step, and undoing gives back exactly the
// image that was there before. DrawingHistory keeps binary drawings, GreyDrawingHistory greyscale
// ones; the two share this one implementation.
#include "core/image/binary_image.h"
#include "core/image/grey_image.h"

#include <optional>
#include <vector>

namespace pixelchain::ui {

template <typename Image> class ImageHistory {
public:
    /// Older steps are forgotten beyond this many.
    static constexpr std::size_t kLimit = 500;

    /// Remembers `before` as the image to return to; clears what could be redone.
    void record(const Image& before);
    /// The image before the last step, given the one on screen now; nothing when there is none.
    std::optional<Image> undo(const Image& current);
    /// The image the last undo left, given the one on screen now; nothing when there is none.
    std::optional<Image> redo(const Image& current);

    bool canUndo() const { return !undo_.empty(); }
    bool canRedo() const { return !redo_.empty(); }

private:
    std::vector<Image> undo_;
    std::vector<Image> redo_;
};

extern template class ImageHistory<BinaryImage>;
extern template class ImageHistory<GreyImage>;

using DrawingHistory = ImageHistory<BinaryImage>;
using GreyDrawingHistory = ImageHistory<GreyImage>;

} // namespace pixelchain::ui
