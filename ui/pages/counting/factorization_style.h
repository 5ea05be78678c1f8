#pragma once
// How each factorization looks everywhere on the Counting page: its name, its colour (Okabe–Ito,
// distinguishable with the common colour-vision deficiencies) and its line style, so the table row,
// the chart curve and the graph drawing of one factorization match.
#include "core/counting/parameter_count.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace pixelchain::ui {

class FactorizationStyle {
    Q_DECLARE_TR_FUNCTIONS(FactorizationStyle)
public:
    using Factorization = counting::Factorization;

    /// "Full joint", "Markov (order 2)", "NADE (H = 500)", …
    static QString name(Factorization f, const counting::CountQuery& query);
    /// The name without the query's numbers, for the chart legend and headings.
    static QString shortName(Factorization f);
    static QColor color(Factorization f);
    /// Chain rule counts coincide with the full joint; a dashed line keeps both visible.
    static Qt::PenStyle lineStyle(Factorization f);
    /// Row of `f` in lecture order (the index into counting::kAllFactorizations).
    static int row(Factorization f);
};

} // namespace pixelchain::ui
