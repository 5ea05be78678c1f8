#include "ui/pages/sampling/decision_view.h"

#include "core/sampling/sampler.h"
#include "ui/pages/sampling/coin_flip_bar.h"
#include "ui/pages/sampling/sampling_formula.h"
#include "ui/pages/sampling/sampling_numbers.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pixelchain::ui {
namespace {

// Numbers the class reads from the back row are larger than the body text.
constexpr double kBigPoints = 20;

QLabel* makeLabel(const char* name, double points, bool bold, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    if (points > 0) {
        QFont font = label->font();
        font.setPointSizeF(points);
        font.setBold(bold);
        label->setFont(font);
    }
    return label;
}

} // namespace

DecisionView::DecisionView(QWidget* parent)
    : QWidget(parent)
    , where_(makeLabel("decisionWhere", 0, false, this))
    , probability_(makeLabel("decisionProbability", kBigPoints, true, this))
    , tempered_(makeLabel("decisionTempered", 0, false, this))
    , bar_(new CoinFlipBar(this))
    , outcome_(makeLabel("decisionOutcome", kBigPoints, true, this))
    , logProb_(makeLabel("decisionLogProb", 0, false, this)) {
    bar_->setObjectName(QStringLiteral("decisionBar"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(where_);
    layout->addWidget(probability_);
    layout->addWidget(tempered_);
    layout->addWidget(bar_);
    layout->addWidget(outcome_);
    layout->addWidget(logProb_);
}

void DecisionView::showNothing() {
    where_->setText(tr("No model is loaded, so there is nothing to sample."));
    probability_->clear();
    tempered_->clear();
    outcome_->clear();
    logProb_->clear();
    bar_->setDecision(0, std::nullopt);
}

void DecisionView::showSampler(const Sampler& sampler) {
    if (sampler.step() == 0)
        showFirst(sampler);
    else
        showLatest(sampler);
    tempered_->setVisible(!tempered_->text().isEmpty());
    showLogProb(sampler);
}

void DecisionView::showFirst(const Sampler& sampler) {
    const int pixel = sampler.model().ordering().pixel(0);
    const double p = sampler.nextProbability();
    where_->setText(tr("Next: i = 1 of %1 · row %2, column %3")
                        .arg(kPixels)
                        .arg(pixel / kSide + 1)
                        .arg(pixel % kSide + 1));
    // The model's own factor: p(x₁ = 1) has nothing to condition on yet.
    probability_->setText(
        QStringLiteral("%1 = %2").arg(SamplingFormula::factor(sampler.model(), 1, sampler.label()),
                                      SamplingNumbers::probability(p)));
    tempered_->setText(tr("Press Play or Step to flip the first coin."));
    bar_->setDecision(p, std::nullopt);
    outcome_->setText(tr("not decided yet"));
}

void DecisionView::showLatest(const Sampler& sampler) {
    const SampleStep& s = sampler.history().back();
    where_->setText(tr("i = %1 of %2 · row %3, column %4")
                        .arg(s.step + 1)
                        .arg(kPixels)
                        .arg(s.pixel / kSide + 1)
                        .arg(s.pixel % kSide + 1));
    // The model's own factor: independent pixels condition on nothing, order m on m pixels.
    probability_->setText(QStringLiteral("%1 = %2").arg(
        SamplingFormula::factor(sampler.model(), s.step + 1, sampler.label()),
        SamplingNumbers::probability(s.probability)));
    const QString value = s.value ? tr("on") : tr("off");
    const double t = sampler.temperature();
    if (s.given) {
        tempered_->setText(tr("Given: this pixel is copied from the digit being completed."));
        bar_->setDecision(s.probability, std::nullopt);
        outcome_->setText(tr("given → %1").arg(value));
    } else if (t == 0) {
        tempered_->setText(tr("Greedy (temperature 0): no coin, the more likely value wins."));
        bar_->setDecision(s.probability, std::nullopt);
        outcome_->setText(
            tr("p %1 0.5 → %2").arg(s.value ? QStringLiteral(">") : QStringLiteral("≤"), value));
    } else {
        tempered_->setText(t == 1 ? QString()
                                  : tr("At temperature T = %1 the coin uses p<sub>T</sub> = %2.")
                                        .arg(SamplingNumbers::fixed(t, 2),
                                             SamplingNumbers::probability(s.tempered)));
        bar_->setDecision(s.tempered, s.uniform);
        const QString compare = s.value ? QStringLiteral("&lt;") : QStringLiteral("≥");
        const QString p = t == 1 ? QStringLiteral("p") : QStringLiteral("p<sub>T</sub>");
        outcome_->setText(tr("u = %1 %2 %3 = %4 → %5")
                              .arg(SamplingNumbers::fixed(s.uniform, 3), compare, p,
                                   SamplingNumbers::probability(s.tempered), value));
    }
}

void DecisionView::showLogProb(const Sampler& sampler) {
    // Given a label the sum is log p(x | y), not log p(x): the label is written into it.
    const int label = sampler.label();
    if (!sampler.done()) {
        const QString sum = SamplingNumbers::fixed(sampler.logProb(), 2);
        logProb_->setText(
            label < 0
                ? tr("So far: log p(x<sub>&lt;%1</sub>) = %2 nats").arg(sampler.step() + 1).arg(sum)
                : tr("So far: log p(x<sub>&lt;%1</sub> | y = %2) = %3 nats")
                      .arg(sampler.step() + 1)
                      .arg(label)
                      .arg(sum));
        return;
    }
    // Two numbers, not one: log p(x) in nats is negative; bits per pixel is −log₂ p(x) / 784.
    const Evaluation total{sampler.logProb(), {}, {}};
    const QString nats = SamplingNumbers::fixed(sampler.logProb(), 2);
    const QString bits = SamplingNumbers::fixed(total.bitsPerPixel(), 3);
    if (label < 0)
        logProb_->setText(tr("<b>log p(x) = %1 nats</b>; &nbsp;−log<sub>2</sub> p(x) / %2 = %3 "
                             "bits per pixel")
                              .arg(nats)
                              .arg(kPixels)
                              .arg(bits));
    else
        logProb_->setText(tr("<b>log p(x | y = %1) = %2 nats</b>; &nbsp;−log<sub>2</sub> p(x | y = "
                             "%1) / %3 = %4 bits per pixel")
                              .arg(label)
                              .arg(nats)
                              .arg(kPixels)
                              .arg(bits));
}

} // namespace pixelchain::ui
