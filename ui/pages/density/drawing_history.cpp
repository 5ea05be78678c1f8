#include "ui/pages/density/drawing_history.h"

namespace pixelchain::ui {

template <typename Image> void ImageHistory<Image>::record(const Image& before) {
    if (undo_.size() >= kLimit)
        undo_.erase(undo_.begin());
    undo_.push_back(before);
    redo_.clear();
}

template <typename Image> std::optional<Image> ImageHistory<Image>::undo(const Image& current) {
    if (undo_.empty())
        return std::nullopt;
    Image previous = undo_.back();
    undo_.pop_back();
    redo_.push_back(current);
    return previous;
}

template <typename Image> std::optional<Image> ImageHistory<Image>::redo(const Image& current) {
    if (redo_.empty())
        return std::nullopt;
    Image next = redo_.back();
    redo_.pop_back();
    undo_.push_back(current);
    return next;
}

template class ImageHistory<BinaryImage>;
template class ImageHistory<GreyImage>;

} // namespace pixelchain::ui
