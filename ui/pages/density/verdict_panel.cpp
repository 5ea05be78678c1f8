#include "ui/pages/density/verdict_panel.h"

#include <QLabel>
#include <QSlider>
#include <QVBoxLayout>
#include <cmath>

namespace pixelchain::ui {
namespace {
// Okabe–Ito blue and vermillion: told apart under every common colour-vision deficiency, and
// each verdict also carries its own symbol and words.
const QString kUsualStyle = QStringLiteral("QLabel { color: #0072B2; border: 3px solid #0072B2; }");
const QString kUnusualStyle =
    QStringLiteral("QLabel { color: #B8510A; border: 3px solid #D55E00; }");
const QString kNeutralStyle = QStringLiteral("QLabel { border: 3px solid #999999; }");
} // namespace

VerdictPanel::VerdictPanel(QWidget* parent)
    : QWidget(parent)
    , slider_(new QSlider(Qt::Horizontal, this))
    , thresholdText_(new QLabel(this))
    , verdict_(new QLabel(this)) {
    slider_->setObjectName(QStringLiteral("thresholdSlider"));
    slider_->setRange(1, 50);
    slider_->setValue(kDefaultThreshold);
    slider_->setPageStep(5);
    slider_->setAccessibleName(tr("Threshold percentile"));
    thresholdText_->setObjectName(QStringLiteral("thresholdText"));
    thresholdText_->setWordWrap(true);
    verdict_->setObjectName(QStringLiteral("verdict"));
    verdict_->setWordWrap(true);
    verdict_->setMargin(8);
    QFont big = verdict_->font();
    big.setPointSizeF(std::max(big.pointSizeF() + 4, 18.0));
    big.setBold(true);
    verdict_->setFont(big);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(verdict_);
    layout->addWidget(thresholdText_);
    layout->addWidget(slider_);
    connect(slider_, &QSlider::valueChanged, this, [this](int percent) {
        describeThreshold(percent);
        showPercentile(percentile_);
        Q_EMIT thresholdChanged(percent);
    });
    describeThreshold(kDefaultThreshold);
}

int VerdictPanel::thresholdPercent() const {
    return slider_->value();
}

void VerdictPanel::setThresholdPercent(int percent) {
    slider_->setValue(percent);
}

void VerdictPanel::describeThreshold(int percent) {
    thresholdText_->setText(
        tr("Threshold: a drawing among the least probable %1% of the real test digits is called "
           "unusual.")
            .arg(percent));
}

void VerdictPanel::showPercentile(double percentile) {
    percentile_ = percentile;
    if (std::isnan(percentile)) {
        unusual_ = false;
        verdict_->setText(tr("No verdict: this model has no test-set scores to compare with."));
        verdict_->setStyleSheet(kNeutralStyle);
        return;
    }
    unusual_ = percentile < thresholdPercent();
    QString text = unusual_ ? tr("⚠ Unusual: the model finds this drawing improbable.")
                            : tr("✓ Looks like the digits the model learned.");
    if (percentile >= 100)
        text +=
            QLatin1Char('\n') + tr("More probable than every real test digit: see the pitfall.");
    verdict_->setText(text);
    verdict_->setStyleSheet(unusual_ ? kUnusualStyle : kUsualStyle);
}

} // namespace pixelchain::ui
