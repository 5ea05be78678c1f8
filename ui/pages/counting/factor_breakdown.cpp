#include "ui/pages/counting/factor_breakdown.h"

#include "ui/pages/counting/count_text.h"
#include "ui/pages/counting/factorization_style.h"
#include "ui/widgets/math_text.h"

#include <QHeaderView>

namespace pixelchain::ui {

using counting::Factorization;

namespace {
// Longer counts are written as a power of ten so that each cell stays on one or two lines.
constexpr std::size_t kShortDigits = 12;
} // namespace

FactorBreakdown::FactorBreakdown(QWidget* parent)
    : QTableWidget(0, 2, parent) {
    setObjectName(QStringLiteral("factorBreakdown"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    verticalHeader()->setVisible(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

QString FactorBreakdown::factorText(std::uint64_t index, std::uint64_t conditionedOn) {
    const auto x = [](std::uint64_t i) {
        return QStringLiteral("x") + math::subscript(static_cast<long long>(i));
    };
    if (conditionedOn == 0)
        return QStringLiteral("p(%1)").arg(x(index));
    // The factor looks at the conditionedOn variables right before x_index.
    const std::uint64_t first = index - conditionedOn;
    QStringList given;
    if (conditionedOn <= 3) {
        for (std::uint64_t j = first; j < index; ++j)
            given << x(j);
    } else {
        given << x(first) << QStringLiteral("…") << x(index - 1);
    }
    return QStringLiteral("p(%1 | %2)").arg(x(index), given.join(QStringLiteral(", ")));
}

void FactorBreakdown::fillColumn(int column, const std::vector<counting::FactorCount>& factors,
                                 const counting::ParameterCount& total, std::uint64_t variables) {
    int row = 0;
    for (const counting::FactorCount& factor : factors) {
        auto* cell = new QTableWidgetItem(
            QStringLiteral("%1: %2").arg(factorText(factor.index, factor.conditionedOn),
                                         CountText::scientific(factor.parameters, kShortDigits)));
        cell->setData(Qt::UserRole, CountText::exact(factor.parameters));
        setItem(row++, column, cell);
    }
    if (variables > factors.size()) {
        auto* more = new QTableWidgetItem(
            tr("⋮ %1 factors in all").arg(math::groupDigits(QString::number(variables))));
        more->setTextAlignment(Qt::AlignCenter);
        setItem(row++, column, more);
    }
    auto* sum =
        new QTableWidgetItem(tr("Total: %1").arg(CountText::scientific(total, kShortDigits)));
    QFont bold = font();
    bold.setBold(true);
    sum->setFont(bold);
    sum->setData(Qt::UserRole, CountText::exact(total));
    setItem(row, column, sum);
}

void FactorBreakdown::showResult(const CountingResult& result) {
    const std::uint64_t n = result.query.variables;
    const bool truncated = n > result.chainFactors.size();
    setRowCount(static_cast<int>(result.chainFactors.size()) + (truncated ? 2 : 1));
    const auto header = [&](Factorization f) {
        return new QTableWidgetItem(FactorizationStyle::name(f, result.query));
    };
    setHorizontalHeaderItem(ChainColumn, header(Factorization::ChainRule));
    setHorizontalHeaderItem(MarkovColumn, header(Factorization::Markov));
    const auto total = [&](Factorization f) {
        return result.counts[static_cast<std::size_t>(FactorizationStyle::row(f))];
    };
    fillColumn(ChainColumn, result.chainFactors, total(Factorization::ChainRule), n);
    fillColumn(MarkovColumn, result.markovFactors, total(Factorization::Markov), n);
    resizeRowsToContents();
    // A header needs its text's height, not the two scroll bars' room a scroll area asks for.
    horizontalHeader()->setMinimumHeight(horizontalHeader()->sizeHint().height());
    updateGeometry();
}

} // namespace pixelchain::ui
