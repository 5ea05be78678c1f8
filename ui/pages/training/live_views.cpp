#include "ui/pages/training/live_views.h"

#include "core/image/grey_image.h"
#include "core/models/continuous_density.h"
#include "core/models/density_model.h"
#include "core/sampling/grey_sampler.h"
#include "core/sampling/sampler.h"

#include <array>

namespace pixelchain::ui {

namespace {

/// A model that lives as long as the caller's reference: the samplers want shared ownership.
template <typename T> std::shared_ptr<const T> borrowed(const T& model) {
    return std::shared_ptr<const T>(&model, [](const T*) {});
}

QImage binaryPicture(const BinaryImage& image) {
    std::array<std::uint8_t, kPixels> ink{};
    for (int i = 0; i < kPixels; ++i)
        ink[static_cast<std::size_t>(i)] = image.at(i) ? 255 : 0;
    return digitImage(ink.data(), true);
}

} // namespace

QImage digitImage(const std::uint8_t* ink, bool binary) {
    QImage image(kSide, kSide, QImage::Format_Grayscale8);
    for (int row = 0; row < kSide; ++row) {
        uchar* line = image.scanLine(row);
        for (int col = 0; col < kSide; ++col) {
            const int v = ink[row * kSide + col];
            line[col] = static_cast<uchar>(255 - (binary ? (v ? 255 : 0) : v));
        }
    }
    return image;
}

LiveViewMaker::LiveViewMaker(const mnist::Mnist& data, std::size_t digitIndex)
    : grey_(data.test.image(digitIndex), data.test.image(digitIndex) + kPixels) {}

LiveViews LiveViewMaker::make(const Model& model) const {
    LiveViews views;
    if (const DensityModel* binary = model.binary()) {
        const auto shared = borrowed(*binary);
        for (int s = 1; s <= kSamples; ++s)
            views.samples.push_back(binaryPicture(Sampler::draw(shared, std::uint64_t(s))));
        const BinaryImage digit = BinaryImage::fromGrey(grey_.data());
        views.digit = binaryPicture(digit);
        views.digitLogProb = binary->evaluate(digit).logProb;
    } else if (const ContinuousDensity* grey = model.continuous()) {
        const auto shared = borrowed(*grey);
        for (int s = 1; s <= kSamples; ++s)
            views.samples.push_back(
                digitImage(drawGreyDigit(shared, std::uint64_t(s)).data(), false));
        const GreyImage digit = GreyImage::fromBytes(grey_.data());
        views.digit = digitImage(grey_.data(), false);
        views.digitLogProb = grey->evaluate(digit).logDensity;
    }
    views.tiles = HiddenUnitTiles::strongest(model, kTiles);
    return views;
}

} // namespace pixelchain::ui
