#include "ui/pages/density/score_headline.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <cmath>

namespace pixelchain::ui {
namespace {
constexpr double kNumberPoints = 22;
} // namespace

ScoreHeadline::ScoreHeadline(QWidget* parent)
    : QWidget(parent) {
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(16);
    logProb_ = addNumber(0, tr("log p(x)"), QStringLiteral("logProbValue"));
    bits_ = addNumber(1, tr("bits per pixel"), QStringLiteral("bitsValue"));
    percentile_ = addNumber(2, tr("percentile"), QStringLiteral("percentileValue"));
}

QLabel* ScoreHeadline::addNumber(int column, const QString& caption, const QString& name) {
    auto* grid = static_cast<QGridLayout*>(layout());
    auto* label = new QLabel(caption, this);
    label->setWordWrap(true);
    auto* value = new QLabel(QStringLiteral("—"), this);
    value->setObjectName(name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = value->font();
    big.setPointSizeF(kNumberPoints);
    big.setBold(true);
    value->setFont(big);
    grid->addWidget(label, 0, column, Qt::AlignBottom);
    grid->addWidget(value, 1, column, Qt::AlignTop);
    grid->setColumnStretch(column, 1);
    return value;
}

void ScoreHeadline::showScore(const ModelScore& score) {
    const QLocale locale;
    logProb_->setText(tr("%1 nats").arg(locale.toString(score.logProb, 'f', 1)));
    bits_->setText(locale.toString(score.bitsPerPixel, 'f', 3));
    percentile_->setText(std::isnan(score.percentile) ? QStringLiteral("—")
                                                      : locale.toString(score.percentile, 'f', 0));
}

void ScoreHeadline::showNothing() {
    for (QLabel* label : {logProb_, bits_, percentile_})
        label->setText(QStringLiteral("—"));
}

} // namespace pixelchain::ui
