#include "ui/pages/sampling/grey_draw_view.h"

#include "ui/adapters/grey_sampling_controller.h"
#include "ui/pages/sampling/sampling_numbers.h"

#include <QGridLayout>
#include <QLabel>

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

QString where(int i, int pixel) {
    return GreyDrawView::tr("i = %1 of %2 · pixel σ(%1) at row %3, column %4")
        .arg(i)
        .arg(kPixels)
        .arg(pixel / kSide + 1)
        .arg(pixel % kSide + 1);
}

} // namespace

GreyDrawView::GreyDrawView(QWidget* parent)
    : QWidget(parent)
    , where_(makeLabel("greyDrawWhere", 0, false, this))
    , drawn_(makeLabel("greyDrawValue", kBigPoints, true, this))
    , mean_(makeLabel("greyDrawMean", 0, false, this))
    , logDensity_(makeLabel("greyDrawLogDensity", kBigPoints, true, this))
    , note_(makeLabel("greyDrawNote", 0, false, this))
    , soFar_(makeLabel("greyDrawSoFar", 0, false, this)) {
    // Two columns under the stage: the draw itself on the left, its density on the right.
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(24);
    layout->setVerticalSpacing(2);
    layout->addWidget(where_, 0, 0);
    layout->addWidget(drawn_, 1, 0);
    layout->addWidget(mean_, 2, 0);
    layout->addWidget(note_, 0, 1);
    layout->addWidget(logDensity_, 1, 1);
    layout->addWidget(soFar_, 2, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
}

void GreyDrawView::showNothing() {
    where_->setText(tr("No greyscale model is loaded, so there is nothing to sample."));
    for (QLabel* label : {drawn_, mean_, logDensity_, note_, soFar_})
        label->clear();
}

void GreyDrawView::showController(const GreySamplingController& controller) {
    if (!controller.hasSample()) {
        showNothing();
        return;
    }
    const GreySampler& sampler = controller.sampler();
    const int steps = sampler.stepsDone();
    if (steps == 0) {
        const GaussianMixture next = sampler.nextMixture();
        where_->setText(tr("Next: %1").arg(where(1, sampler.model().ordering().pixel(0))));
        drawn_->setText(tr("not drawn yet"));
        mean_->setText(
            tr("The model expects E[y] = %1 there.").arg(SamplingNumbers::fixed(next.mean(), 3)));
        note_->setText(tr("Press Play or Step to draw the first grey value."));
        logDensity_->clear();
        soFar_->clear();
        return;
    }
    const GreyStep& s = controller.history().back();
    where_->setText(where(s.step + 1, s.pixel));
    drawn_->setText(tr("y = %1 → grey %2").arg(SamplingNumbers::fixed(s.drawn, 3)).arg(s.value));
    logDensity_->setText(tr("log p(y<sub>%1</sub> | y<sub>&lt;%1</sub>) = %2 nats")
                             .arg(s.step + 1)
                             .arg(SamplingNumbers::fixed(controller.logDensityOf(s.step), 2)));
    const double t = sampler.temperature();
    const QString mean = SamplingNumbers::fixed(s.mixture.mean(), 3);
    mean_->setText(t == 1 ? tr("The model expected E[y] = %1.").arg(mean)
                          : tr("The model expected E[y] = %1; drawn at temperature T = %2.")
                                .arg(mean, SamplingNumbers::fixed(t, 2)));
    note_->setText(t == 1 ? tr("A density, not a probability: it can exceed 1, its log be > 0.")
                          : tr("The curves and log p are the model's own (T = 1), not the "
                               "tempered ones the draw used."));
    const QString nats = SamplingNumbers::fixed(controller.logDensitySoFar(), 1);
    const QString bits = SamplingNumbers::fixed(controller.bitsPerDimSoFar(), 3);
    if (sampler.done())
        soFar_->setText(tr("<b>log p(y) = %1 nats · %2 bits/dim</b> (all %3 pixels)")
                            .arg(nats, bits)
                            .arg(kPixels));
    else
        soFar_->setText(tr("So far: log p(y<sub>≤%1</sub>) = %2 nats · %3 bits/dim over "
                           "these %1 pixels")
                            .arg(steps)
                            .arg(nats, bits));
}

} // namespace pixelchain::ui
