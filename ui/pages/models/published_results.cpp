#include "ui/pages/models/published_results.h"

namespace pixelchain::ui {

QVector<PublishedResult> PublishedResults::all() {
    return {
        {tr("Mixture of Bernoullis"), 137.64, tr("Larochelle & Murray, 2011")},
        {tr("FVSBN"), 97.45, tr("Larochelle & Murray, 2011")},
        {tr("NADE"), 88.86, tr("Larochelle & Murray, 2011")},
        {tr("MADE"), 86.64, tr("Germain et al., 2015")},
        {tr("Order-agnostic NADE"), 85.10, tr("Uria et al., 2014 (2 layers, 128 orderings)")},
        {tr("PixelCNN"), 81.30, tr("van den Oord et al., 2016")},
    };
}

} // namespace pixelchain::ui
