#include "ui/pages/models/model_style.h"

#include "core/models/markov.h"
#include "core/models/nade.h"

namespace pixelchain::ui {

QColor ModelStyle::color(const std::string& kind) {
    if (kind == "independent")
        return QColor(0xE6, 0x9F, 0x00); // orange
    if (kind == "markov")
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    if (kind == "fvsbn")
        return QColor(0x00, 0x9E, 0x73); // bluish green
    if (kind == "nade")
        return QColor(0x00, 0x72, 0xB2); // blue
    return QColor(0xD5, 0x5E, 0x00);     // vermillion
}

QString ModelStyle::shortName(const DensityModel& model) {
    if (const auto* markov = dynamic_cast<const Markov*>(&model))
        return tr("Markov, order %1").arg(markov->order());
    if (const auto* nade = dynamic_cast<const Nade*>(&model))
        return tr("NADE, H = %1").arg(nade->hidden());
    if (model.kind() == "independent")
        return tr("Independent");
    if (model.kind() == "fvsbn")
        return tr("FVSBN");
    return QString::fromStdString(model.kind());
}

QColor ModelStyle::publishedColor() {
    return QColor(0xCC, 0x79, 0xA7);
} // reddish purple

} // namespace pixelchain::ui
