#pragma once
// FittedGrid: a PixelGrid that fills whatever rectangle its layout gives it, the 28×28 field
// staying square and centred, instead of asking for a height from its width. Inside a scrolling
// page a height-for-width child makes the whole page as tall as its preferred size; the Sampling
// page must fit the projector's screen without scrolling.
#include "ui/widgets/pixel_grid.h"

namespace pixelchain::ui {

class FittedGrid : public PixelGrid {
    Q_OBJECT
public:
    /// `preferred` is the side the grid asks for when space is plentiful.
    explicit FittedGrid(int preferred, QWidget* parent = nullptr);

    bool hasHeightForWidth() const override { return false; }
    QSize sizeHint() const override { return {preferred_, preferred_}; }

private:
    int preferred_;
};

} // namespace pixelchain::ui
