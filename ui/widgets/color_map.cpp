#include "ui/widgets/color_map.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cmath>

namespace pixelchain::ui {
namespace {

// 33 evenly spaced samples of each map (matplotlib's published viridis and cividis, CC0),
// interpolated linearly in between.
constexpr std::array<unsigned, 33> kViridis = {
    0x440154, 0x470d60, 0x48186a, 0x482374, 0x472d7b, 0x453781, 0x424086, 0x3e4989, 0x3b528b,
    0x375b8d, 0x33638d, 0x2f6b8e, 0x2c728e, 0x297a8e, 0x26828e, 0x23898e, 0x21918c, 0x1f988b,
    0x1fa088, 0x22a785, 0x28ae80, 0x32b67a, 0x3fbc73, 0x4ec36b, 0x5ec962, 0x70cf57, 0x84d44b,
    0x98d83e, 0xaddc30, 0xc2df23, 0xd8e219, 0xece51b, 0xfde725};
constexpr std::array<unsigned, 33> kCividis = {
    0x00224e, 0x00285b, 0x002e6a, 0x053371, 0x1a386f, 0x273e6e, 0x32436d, 0x3b496c, 0x434e6c,
    0x4b546c, 0x535a6d, 0x5a5f6e, 0x61656f, 0x686a71, 0x6f7073, 0x767676, 0x7d7c78, 0x848279,
    0x8c8878, 0x938e78, 0x9b9476, 0xa39a74, 0xaba072, 0xb4a76f, 0xbcae6c, 0xc4b468, 0xcdbb63,
    0xd5c25e, 0xdec958, 0xe7d150, 0xf0d846, 0xf9e03a, 0xfee838};

// Blue and orange stay apart under red–green colour blindness; both ends are about equally dark,
// so neither sign looks stronger (ColorBrewer's RdBu blues and PuOr oranges, around white).
constexpr std::array<unsigned, 5> kBlueOrange = {0x2166ac, 0x92c5de, 0xf7f7f7, 0xfdb863, 0xb35806};

template <std::size_t N> QColor interpolate(const std::array<unsigned, N>& table, double t) {
    const double x = t * (table.size() - 1);
    const auto i = std::min<std::size_t>(static_cast<std::size_t>(x), table.size() - 2);
    const double f = x - static_cast<double>(i);
    auto channel = [&](int shift) {
        const double a = (table[i] >> shift) & 0xFF, b = (table[i + 1] >> shift) & 0xFF;
        return static_cast<int>(std::lround(a + (b - a) * f));
    };
    return QColor(channel(16), channel(8), channel(0));
}

} // namespace

QColor colorAt(ColorMap map, double t) {
    t = std::isfinite(t) ? std::clamp(t, 0.0, 1.0) : 1.0;
    switch (map) {
    case ColorMap::Viridis:
        return interpolate(kViridis, t);
    case ColorMap::Cividis:
        return interpolate(kCividis, t);
    case ColorMap::BlueOrange:
        return interpolate(kBlueOrange, t);
    case ColorMap::Grey:
        break;
    }
    const int v = static_cast<int>(std::lround(255 * (1 - t)));
    return QColor(v, v, v);
}

QString colorMapName(ColorMap map) {
    switch (map) {
    case ColorMap::Viridis:
        return QCoreApplication::translate("ColorMap", "Viridis");
    case ColorMap::Cividis:
        return QCoreApplication::translate("ColorMap", "Cividis");
    case ColorMap::BlueOrange:
        return QCoreApplication::translate("ColorMap", "Blue–white–orange");
    case ColorMap::Grey:
        break;
    }
    return QCoreApplication::translate("ColorMap", "Grey");
}

} // namespace pixelchain::ui
