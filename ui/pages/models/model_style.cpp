#include "ui/pages/models/model_style.h"

namespace pixelchain::ui {

QColor ModelStyle::color(ModelFamily family) {
    switch (family) {
    case ModelFamily::Independent:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case ModelFamily::Markov:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    case ModelFamily::Fvsbn:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case ModelFamily::Nade:
        return QColor(0x00, 0x72, 0xB2); // blue
    case ModelFamily::NaiveBayes:
        return QColor(0x55, 0x55, 0x55); // dark grey
    case ModelFamily::ClassNade:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case ModelFamily::Rnade:             // the continuous twins share their binary models' colours
        return QColor(0x00, 0x72, 0xB2);
    case ModelFamily::IndependentMixture:
        return QColor(0xE6, 0x9F, 0x00);
    }
    return QColor(0x00, 0x00, 0x00);
}

QColor ModelStyle::publishedColor() {
    return QColor(0xCC, 0x79, 0xA7); // reddish purple
}

} // namespace pixelchain::ui
