#include "ui/adapters/hidden_unit_tiles.h"

#include "ui/widgets/color_map.h"

#include <Eigen/Core>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace pixelchain::ui {
namespace {
constexpr double kScalePercentile = 0.99;
} // namespace

HiddenUnitTiles HiddenUnitTiles::strongest(const Model& model, int count) {
    const HiddenLayerView layer = model.hiddenLayer();
    HiddenUnitTiles tiles;
    if (layer.empty())
        return tiles;
    const Eigen::Map<const Eigen::MatrixXf> W(layer.inputWeights, layer.units, kPixels); // [H, D]
    tiles.hiddenCount = int(W.rows());
    const Eigen::VectorXf norms = W.rowwise().norm();
    std::vector<int> order(std::size_t(W.rows()));
    std::iota(order.begin(), order.end(), 0);
    // A unit with a non-finite weight ranks last instead of breaking the sort.
    auto rankOf = [&](int h) { return std::isfinite(norms(h)) ? norms(h) : -1.0f; };
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return rankOf(a) > rankOf(b); });
    order.resize(std::size_t(std::clamp<Eigen::Index>(count, 0, W.rows())));

    const Ordering& ordering = model.ordering();
    for (const int h : order) {
        std::vector<float> tile(kPixels);
        for (int pixel = 0; pixel < kPixels; ++pixel)
            tile[std::size_t(pixel)] = W(h, ordering.position(pixel));
        tiles.units.push_back(h);
        tiles.norms.push_back(double(norms(h)));
        tiles.weights.push_back(std::move(tile));
    }
    tiles.scale = symmetricScale(tiles.weights);
    for (const std::vector<float>& tile : tiles.weights) {
        QImage image(kSide, kSide, QImage::Format_RGB32);
        for (int row = 0; row < kSide; ++row) {
            auto* line = reinterpret_cast<QRgb*>(image.scanLine(row));
            for (int col = 0; col < kSide; ++col)
                line[col] = colorOf(tile[std::size_t(row * kSide + col)], tiles.scale);
        }
        tiles.images.push_back(std::move(image));
    }
    return tiles;
}

float HiddenUnitTiles::symmetricScale(const std::vector<std::vector<float>>& weights) {
    std::vector<float> magnitudes;
    for (const auto& tile : weights)
        for (const float w : tile)
            if (std::isfinite(w))
                magnitudes.push_back(std::abs(w));
    if (magnitudes.empty())
        return 1;
    const auto k = std::size_t(kScalePercentile * double(magnitudes.size() - 1));
    std::nth_element(magnitudes.begin(), magnitudes.begin() + std::ptrdiff_t(k), magnitudes.end());
    const float s = magnitudes[k];
    return s > 0 ? s : 1;
}

QRgb HiddenUnitTiles::colorOf(float w, float scale) {
    const double t = std::isfinite(w) ? 0.5 + 0.5 * double(w) / double(scale) : 0.5;
    return colorAt(ColorMap::BlueOrange, t).rgb();
}

} // namespace pixelchain::ui
