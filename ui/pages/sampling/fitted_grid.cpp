#include "ui/pages/sampling/fitted_grid.h"

namespace pixelchain::ui {

FittedGrid::FittedGrid(int preferred, QWidget* parent)
    : PixelGrid(parent)
    , preferred_(preferred) {}

} // namespace pixelchain::ui
