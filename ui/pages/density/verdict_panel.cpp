#include "ui/pages/density/verdict_panel.h"

#include "ui/widgets/announce.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
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
    thresholdText_->setObjectName(QStringLiteral("thresholdText"));
    thresholdText_->setWordWrap(true);
    verdict_->setObjectName(QStringLiteral("verdict"));
    verdict_->setWordWrap(true);
    verdict_->setMargin(8);
    QFont big = verdict_->font();
    big.setPointSizeF(std::max(big.pointSizeF() + 4, 18.0));
    big.setBold(true);
    verdict_->setFont(big);
    verdict_->setAccessibleDescription(tr("The verdict on the drawing; it changes as you draw."));

    // The threshold's words beside its slider: one row under the verdict, so the histogram keeps
    // its height on a projector. The words take three quarters of it, on one line where they can.
    auto* threshold = new QHBoxLayout;
    threshold->addWidget(thresholdText_, 3);
    threshold->addWidget(slider_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(verdict_);
    layout->addLayout(threshold);
    connect(slider_, &QSlider::valueChanged, this, [this](int percent) {
        describeThreshold(percent);
        showPercentile(percentile_, aboveEvery_);
        Q_EMIT thresholdChanged(percent);
    });
    retranslate();
}

void VerdictPanel::retranslate() {
    slider_->setAccessibleName(tr("Threshold percentile"));
    describeThreshold(slider_->value());
    showPercentile(percentile_, aboveEvery_);
}

int VerdictPanel::thresholdPercent() const {
    return slider_->value();
}

void VerdictPanel::setThresholdPercent(int percent) {
    slider_->setValue(percent);
}

void VerdictPanel::describeThreshold(int percent) {
    thresholdText_->setText(
        tr("Threshold: unusual among the least probable %1% of the test digits.").arg(percent));
}

void VerdictPanel::showPercentile(double percentile, bool aboveEveryTestDigit) {
    percentile_ = percentile;
    aboveEvery_ = aboveEveryTestDigit;
    if (std::isnan(percentile)) {
        unusual_ = false;
        setAnnouncedText(verdict_,
                         tr("No verdict: this model has no test-set scores to compare with."));
        verdict_->setStyleSheet(kNeutralStyle);
        return;
    }
    // The percentile arrives rounded, as the page shows it: the shown number decides.
    unusual_ = percentile < thresholdPercent();
    setAnnouncedText(verdict_, verdictText(percentile, unusual_, aboveEveryTestDigit));
    verdict_->setStyleSheet(unusual_ ? kUnusualStyle
                                     : (aboveEveryTestDigit ? kNeutralStyle : kUsualStyle));
}

QString VerdictPanel::verdictText(double percentile, bool unusual, bool aboveEveryTestDigit) {
    // The verdict speaks of probability only: a probable image need not look like a digit.
    const QLocale locale;
    if (aboveEveryTestDigit)
        return tr("↑ More probable than every test digit: a high probability is not a likeness.");
    if (unusual)
        return tr("⚠ Unusual: less probable than %1% of the test digits.")
            .arg(locale.toString(100 - percentile, 'f', 0));
    return tr("✓ As probable as the typical test digit: more probable than %1% of them.")
        .arg(locale.toString(percentile, 'f', 0));
}

void VerdictPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pixelchain::ui
