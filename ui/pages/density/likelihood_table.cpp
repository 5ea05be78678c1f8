#include "ui/pages/density/likelihood_table.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace pixelchain::ui {
namespace {

QLabel* makeCell(QWidget* parent, const QString& name, Qt::Alignment alignment) {
    auto* label = new QLabel(QStringLiteral("—"), parent);
    label->setObjectName(name);
    label->setAlignment(alignment | Qt::AlignVCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void setBold(QLabel* label, bool bold) {
    QFont font = label->font();
    font.setBold(bold);
    label->setFont(font);
}

} // namespace

LikelihoodTable::LikelihoodTable(QWidget* parent)
    : QWidget(parent) {
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(0);
    digitHeader_ = new QLabel(this);
    likelihoodHeader_ = new QLabel(this);
    priorHeader_ = new QLabel(this);
    const QList<QLabel*> headers = {digitHeader_, likelihoodHeader_, priorHeader_};
    for (int column = 0; column < headers.size(); ++column) {
        headers[column]->setTextFormat(Qt::RichText);
        headers[column]->setAlignment(Qt::AlignRight | Qt::AlignBottom);
        setBold(headers[column], true);
        grid->addWidget(headers[column], 0, column);
    }
    for (int y = 0; y < kDigitClasses; ++y) {
        digits_.push_back(makeCell(this, QStringLiteral("tableDigit_%1").arg(y), Qt::AlignRight));
        likelihoods_.push_back(
            makeCell(this, QStringLiteral("logLikelihoodGiven_%1").arg(y), Qt::AlignRight));
        priors_.push_back(makeCell(this, QStringLiteral("logPrior_%1").arg(y), Qt::AlignRight));
        grid->addWidget(digits_.back(), y + 1, 0);
        grid->addWidget(likelihoods_.back(), y + 1, 1);
        grid->addWidget(priors_.back(), y + 1, 2);
    }
    grid->setRowStretch(kDigitClasses + 1, 1);
    retranslate();
    showScores(nullptr);
}

void LikelihoodTable::retranslate() {
    digitHeader_->setText(tr("y"));
    likelihoodHeader_->setText(tr("log p(x | y)"));
    priorHeader_->setText(tr("log p(y)"));
}

void LikelihoodTable::showScores(const ClassScores* scores) {
    const QLocale locale;
    for (int y = 0; y < kDigitClasses; ++y) {
        const auto i = std::size_t(y);
        const bool known = scores && i < scores->posterior.size();
        const bool top = known && scores->label == y;
        // The arrow marks the row without colour; bold makes it carry to the back row.
        digits_[i]->setText(top ? QStringLiteral("▶ %1").arg(locale.toString(y))
                                : locale.toString(y));
        likelihoods_[i]->setText(known ? locale.toString(scores->logLikelihoodGiven[i], 'f', 1)
                                       : QStringLiteral("—"));
        priors_[i]->setText(known ? locale.toString(scores->logPrior[i], 'f', 2)
                                  : QStringLiteral("—"));
        for (QLabel* cell : {digits_[i], likelihoods_[i], priors_[i]})
            setBold(cell, top);
    }
}

void LikelihoodTable::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pixelchain::ui
