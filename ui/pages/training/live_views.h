#pragma once
// The live views of a model being trained, from one snapshot of its weights: 16 digits sampled with
// fixed seeds (the same seeds every refresh, so the change is the model's alone), the log p of one
// real test digit, and the strongest hidden units as tiles. Run on the training thread: with
// H = 500 all of it takes a few milliseconds, and the GUI thread only paints the images.
#include "ui/pages/training/training_run.h"

namespace pixelchain::ui {

class LiveViewMaker {
public:
    static constexpr int kSamples = 16;
    static constexpr int kTiles = 30;

    /// Scores test digit `digitIndex` of `data` (thresholded at 50 % grey for a binary model, as
    /// the canvas prepares a drawing; its 8-bit values for a greyscale one).
    LiveViewMaker(const mnist::Mnist& data, std::size_t digitIndex);

    LiveViews make(const Model& model) const;

private:
    std::vector<std::uint8_t> grey_; ///< the test digit, 784 bytes, raster order
};

/// A 28×28 picture of binary pixels (ink black on white) or grey values (0 black background, as
/// MNIST stores them, shown as ink on white).
QImage digitImage(const std::uint8_t* ink, bool binary);

} // namespace pixelchain::ui
