#pragma once
// DrawingHistory: undo and redo for the drawing canvas. Each entry is a whole image (784 bytes),
// so one stroke, one loaded digit or one "normalize" is one step, and undoing gives back exactly
// the image that was there before.
#include "core/image/binary_image.h"

#include <optional>
#include <vector>

namespace pixelchain::ui {

class DrawingHistory {
public:
    /// Older steps are forgotten beyond this many.
    static constexpr std::size_t kLimit = 500;

    /// Remembers `before` as the image to return to; clears what could be redone.
    void record(const BinaryImage& before);
    /// The image before the last step, given the one on screen now; nothing when there is none.
    std::optional<BinaryImage> undo(const BinaryImage& current);
    /// The image the last undo left, given the one on screen now; nothing when there is none.
    std::optional<BinaryImage> redo(const BinaryImage& current);

    bool canUndo() const { return !undo_.empty(); }
    bool canRedo() const { return !redo_.empty(); }

private:
    std::vector<BinaryImage> undo_;
    std::vector<BinaryImage> redo_;
};

} // namespace pixelchain::ui
