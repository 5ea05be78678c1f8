#include "ui/pages/density/drawing_history.h"

namespace pixelchain::ui {

void DrawingHistory::record(const BinaryImage& before) {
    if (undo_.size() >= kLimit)
        undo_.erase(undo_.begin());
    undo_.push_back(before);
    redo_.clear();
}

std::optional<BinaryImage> DrawingHistory::undo(const BinaryImage& current) {
    if (undo_.empty())
        return std::nullopt;
    BinaryImage previous = undo_.back();
    undo_.pop_back();
    redo_.push_back(current);
    return previous;
}

std::optional<BinaryImage> DrawingHistory::redo(const BinaryImage& current) {
    if (redo_.empty())
        return std::nullopt;
    BinaryImage next = redo_.back();
    redo_.pop_back();
    undo_.push_back(current);
    return next;
}

} // namespace pixelchain::ui
