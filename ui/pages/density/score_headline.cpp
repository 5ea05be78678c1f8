#include "ui/pages/density/score_headline.h"

#include "ui/widgets/announce.h"

#include <QEvent>
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
    logProb_ = addNumber(0, QStringLiteral("logProbValue"));
    bits_ = addNumber(1, QStringLiteral("bitsValue"));
    percentile_ = addNumber(2, QStringLiteral("percentileValue"));
    retranslate();
}

// The captions sit in row 0 above their numbers; "%1 nats" comes with the next showScore().
void ScoreHeadline::retranslate() {
    const QStringList captions = {tr("log p(x)"), tr("bits per pixel"), tr("percentile")};
    auto* grid = static_cast<QGridLayout*>(layout());
    for (int column = 0; column < captions.size(); ++column)
        static_cast<QLabel*>(grid->itemAtPosition(0, column)->widget())->setText(captions[column]);
}

QLabel* ScoreHeadline::addNumber(int column, const QString& name) {
    auto* grid = static_cast<QGridLayout*>(layout());
    auto* label = new QLabel(this);
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
    showNumber(0, logProb_, tr("%1 nats").arg(locale.toString(score.logProb, 'f', 1)));
    showNumber(1, bits_, locale.toString(score.bitsPerPixel, 'f', 3));
    showNumber(2, percentile_,
               std::isnan(score.percentile) ? QStringLiteral("—")
                                            : locale.toString(score.percentile, 'f', 0));
}

void ScoreHeadline::showNothing() {
    showNumber(0, logProb_, QStringLiteral("—"));
    showNumber(1, bits_, QStringLiteral("—"));
    showNumber(2, percentile_, QStringLiteral("—"));
}

// A number is announced with its caption: "percentile: 47", not a bare "47".
void ScoreHeadline::showNumber(int column, QLabel* number, const QString& text) {
    const auto* grid = static_cast<QGridLayout*>(layout());
    const QString caption = static_cast<QLabel*>(grid->itemAtPosition(0, column)->widget())->text();
    setAnnouncedText(number, text, caption + QStringLiteral(": ") + text);
}

void ScoreHeadline::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pixelchain::ui
