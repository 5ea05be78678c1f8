#pragma once
// HiddenUnitTiles: what a NADE's hidden units look at, as pictures. Hidden unit h sums the pixels
// that are on, each weighted by its column of W, so its input weights are a 28×28 template:
//
//   a_h = c_h + Σ_j W[h, j] x_σ(j),   tile_h(i) = W[h, σ⁻¹(i)]   (i: raster index)
//
// W's columns follow the sampling order σ (column j belongs to the j-th pixel visited), so the
// tile puts column σ⁻¹(i) at pixel i. The units are ranked by the Euclidean norm of their weights
// ‖W[h, :]‖₂ — the units that react most strongly to ink — and the strongest `count` are kept.
// Each tile is a 28×28 QImage through a diverging blue–white–orange map centred at 0, all tiles
// on one symmetric scale ±s so that their colours compare. For H = 500 the whole computation takes
// about 4 ms, so the Models page makes them on the UI thread when a NADE is chosen; the Training
// page makes them on its worker, from the weights being trained.
#include "core/image/binary_image.h"
#include "core/models/model.h"

#include <QImage>
#include <vector>

namespace pixelchain::ui {

struct HiddenUnitTiles {
    std::vector<int> units;                  ///< hidden unit h of each tile, largest norm first
    std::vector<double> norms;               ///< ‖W[h, :]‖₂ of each tile's unit
    std::vector<std::vector<float>> weights; ///< per tile: 784 weights in raster order
    std::vector<QImage> images;              ///< per tile: 28×28, the weights through the map
    float scale = 1;     ///< s: weights ≤ −s are darkest blue, ≥ s darkest orange
    int hiddenCount = 0; ///< H, all the units of the model

    std::size_t size() const { return units.size(); }

    /// The `count` units of `model`'s hidden layer with the largest weight norm (fewer when H is
    /// smaller; none for a model without a hidden layer).
    static HiddenUnitTiles strongest(const Model& model, int count);
    /// The colour scale: the 99th percentile of |w| over `weights`, so a few outliers do not wash
    /// the other weights out to white (never 0).
    static float symmetricScale(const std::vector<std::vector<float>>& weights);
    /// The colour of weight `w` on the scale ±`scale`: t = 1/2 + w / 2s through
    /// ColorMap::BlueOrange.
    static QRgb colorOf(float w, float scale);
};

} // namespace pixelchain::ui
