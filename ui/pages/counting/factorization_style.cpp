#include "ui/pages/counting/factorization_style.h"

namespace pixelchain::ui {

using counting::Factorization;

QString FactorizationStyle::shortName(Factorization f) {
    switch (f) {
    case Factorization::Full:
        return tr("Full joint");
    case Factorization::Independent:
        return tr("Independent");
    case Factorization::ChainRule:
        return tr("Chain rule");
    case Factorization::Markov:
        return tr("Markov");
    case Factorization::Fvsbn:
        return tr("FVSBN");
    case Factorization::Nade:
        return tr("NADE");
    }
    return {};
}

QString FactorizationStyle::name(Factorization f, const counting::CountQuery& query) {
    switch (f) {
    case Factorization::Markov:
        return tr("Markov (order %1)").arg(query.markovOrder);
    case Factorization::Nade:
        return tr("NADE (H = %1)").arg(query.hidden);
    default:
        return shortName(f);
    }
}

// Okabe & Ito (2008), "Color Universal Design"; yellow is left out: it vanishes on white.
QColor FactorizationStyle::color(Factorization f) {
    switch (f) {
    case Factorization::Full:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case Factorization::Independent:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    case Factorization::ChainRule:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    case Factorization::Markov:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case Factorization::Fvsbn:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case Factorization::Nade:
        return QColor(0x00, 0x72, 0xB2); // blue
    }
    return Qt::black;
}

Qt::PenStyle FactorizationStyle::lineStyle(Factorization f) {
    return f == Factorization::ChainRule ? Qt::DashLine : Qt::SolidLine;
}

int FactorizationStyle::row(Factorization f) {
    int index = 0;
    for (const Factorization each : counting::kAllFactorizations) {
        if (each == f)
            return index;
        ++index;
    }
    return -1;
}

} // namespace pixelchain::ui
