#include "ui/pages/counting/rnade_count_view.h"

#include "ui/pages/counting/count_text.h"
#include "ui/pages/counting/exact_count_view.h"
#include "ui/widgets/formula_view.h"
#include "ui/widgets/heading.h"
#include "ui/widgets/math_text.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace pixelchain::ui {
namespace {

QString num(std::uint64_t value) {
    return math::groupDigits(QString::number(value));
}

} // namespace

RnadeCountView::RnadeCountView(QWidget* parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("rnadeCountView"));
    heading_ = makeHeading(QString(), this);
    heading_->setObjectName(QStringLiteral("rnadeHeading"));
    rnade_ = new FormulaView(this);
    rnade_->setObjectName(QStringLiteral("rnadeFormula"));
    chainRule_ = new FormulaView(this);
    chainRule_->setObjectName(QStringLiteral("greyChainRuleFormula"));
    ratio_ = new QLabel(this);
    ratio_->setObjectName(QStringLiteral("rnadeRatio"));
    ratio_->setWordWrap(true);
    ratio_->setTextFormat(Qt::RichText);
    exact_ = new ExactCountView(this);
    exact_->setObjectName(QStringLiteral("greyChainRuleExact"));

    auto* formulas = new QHBoxLayout;
    formulas->addWidget(rnade_, 1);
    formulas->addWidget(chainRule_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading_);
    layout->addLayout(formulas);
    layout->addWidget(ratio_);
    layout->addWidget(exact_);
    showQuery(query_);
}

void RnadeCountView::showQuery(const counting::RnadeQuery& query) {
    query_ = query;
    retranslate();
}

void RnadeCountView::retranslate() {
    const counting::RnadeQuery& q = query_;
    heading_->setText(tr("RNADE beside the chain rule, D = %1 grey pixels").arg(num(q.pixels)));
    counting::ParameterCount rnade, table;
    try {
        rnade = counting::rnadeCount(q);
        table = counting::greyChainRuleCount(q.pixels);
    } catch (const counting::OutOfRange& e) {
        const QString reason = QString::fromStdString(e.what());
        rnade_->setFormula(tr("RNADE"), QString(), reason);
        chainRule_->setFormula(tr("Chain rule"), QString(), reason);
        ratio_->clear();
        exact_->showCount(QString(), QString());
        return;
    }
    rnade_->setFormula(
        tr("RNADE, H = %1 hidden units, K = %2 Gaussians per pixel")
            .arg(num(q.hidden), num(q.components)),
        tr("p(y<sub>i</sub> | y<sub>&lt;i</sub>) = ∑<sub>k</sub> π<sub>ik</sub> "
           "N(y<sub>i</sub>; μ<sub>ik</sub>, s<sub>ik</sub><sup>2</sup>), with π, μ and s from "
           "h<sub>i</sub> = act(W<sub>·,&lt;i</sub> y<sub>&lt;i</sub> + c)"),
        QStringLiteral("(3K + 1)HD + H + 3KD = (3 · %1 + 1) · %2 · %3 + %2 + 3 · %1 · %3 = "
                       "<b>%4</b>")
            .arg(num(q.components), num(q.hidden), num(q.pixels), CountText::scientific(rnade)));
    const std::uint64_t levels = counting::kGreyLevels;
    chainRule_->setFormula(
        tr("Chain rule, a table of %1 grey levels per factor").arg(levels),
        tr("p(x) = ∏<sub>i=1</sub><sup>D</sup> p(x<sub>i</sub> | x<sub>1</sub>, …, "
           "x<sub>i−1</sub>): %1<sup>i−1</sup> contexts, %2 numbers each")
            .arg(levels)
            .arg(levels - 1),
        QStringLiteral("∑<sub>i=1</sub><sup>D</sup> %1 · %2<sup>i−1</sup> = %2<sup>D</sup> − 1 = "
                       "%2<sup>%3</sup> − 1 = <b>%4</b>")
            .arg(levels - 1)
            .arg(levels)
            .arg(num(q.pixels), CountText::scientific(table)));
    ratio_->setText(tr("The table needs about <b>%1</b> times as many parameters as RNADE.")
                        .arg(math::fromLog10(table.log10 - rnade.log10)));
    exact_->showCount(tr("Exact count, chain rule with %1 grey levels (%2 digits)")
                          .arg(levels)
                          .arg(math::groupDigits(QString::number(table.digits))),
                      CountText::exact(table));
}

void RnadeCountView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace pixelchain::ui
