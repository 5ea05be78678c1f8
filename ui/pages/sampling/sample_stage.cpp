#include "ui/pages/sampling/sample_stage.h"

#include "core/sampling/sampler.h"
#include "ui/pages/sampling/decision_view.h"
#include "ui/pages/sampling/fitted_grid.h"
#include "ui/pages/sampling/sampling_formula.h"
#include "ui/widgets/color_legend.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>

namespace pixelchain::ui {
namespace {

constexpr int kHeatmapMaximum = 308;

QLabel* makeHeading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

SampleStage::SampleStage(QWidget* parent)
    : QWidget(parent)
    , canvas_(new FittedGrid(300, this))
    , mode_(new QLabel(this))
    , hover_(new QLabel(this)) {
    canvas_->setObjectName(QStringLiteral("sampleCanvas"));
    canvas_->setMinimumSize(300, 300);
    mode_->setObjectName(QStringLiteral("completionBanner"));
    mode_->setWordWrap(true);
    mode_->hide();
    hover_->setObjectName(QStringLiteral("hoverLabel"));
    hover_->setWordWrap(true);

    ordering_ = new QCheckBox(this);
    ordering_->setObjectName(QStringLiteral("orderingCheck"));
    // The switch on a line of its own, the readout under it across the canvas's width: beside
    // each other on a projector, the readout was a column of one or two words a line.
    auto* underCanvas = new QVBoxLayout;
    underCanvas->addWidget(ordering_);
    underCanvas->addWidget(hover_);
    auto* canvasColumn = new QVBoxLayout;
    canvasColumn->addWidget(canvas_, 1);
    canvasColumn->addLayout(underCanvas);
    canvasColumn->addWidget(mode_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(canvasColumn, 1);
    buildSide();

    connect(ordering_, &QCheckBox::toggled, this, &SampleStage::setOrderingShown);
    connect(canvas_, &PixelGrid::hovered, this, &SampleStage::describePixel);
    connect(heatmap_, &PixelGrid::hovered, this, &SampleStage::describePixel);
    retranslate();
}

// The completion banner comes with the page's next showSampler().
void SampleStage::retranslate() {
    hover_->setText(tr("Point at a pixel to see how it was decided."));
    ordering_->setText(tr("Show the order"));
    ordering_->setToolTip(tr("Draw the path along which the model visits the pixels"));
    canvas_->setAccessibleName(tr("Sample canvas"));
    canvas_->setAccessibleDescription(
        tr("The digit being drawn pixel by pixel: decided pixels in black and white, the current "
           "pixel outlined, pixels still to come as a faint grid"));
    heatmap_->setAccessibleName(tr("Probability heatmap"));
    heatmap_->setAccessibleDescription(
        tr("For every pixel decided so far, the probability the model gave it of being on, from "
           "dark (0) to yellow (1)"));
    sideHeading_->setText(
        tr("%1 so far").arg(SamplingFormula::conditional(sampler_ ? sampler_->label() : -1)));
}

QWidget* SampleStage::buildSide() {
    auto* side = new QWidget(this);
    side_ = side;
    side->hide(); // until the page places it
    heatmap_ = new FittedGrid(168, side);
    heatmap_->setObjectName(QStringLiteral("probabilityHeatmap"));
    heatmap_->setMinimumSize(168, 168);
    heatmap_->setMaximumHeight(kHeatmapMaximum);
    legend_ = new ColorLegend(ColorMap::Viridis, 0, 1, side);
    decision_ = new DecisionView(side);
    decision_->setObjectName(QStringLiteral("decisionView"));

    // The heatmap and its legend over each other, the coin flip beside them: the panel is
    // wider than tall, which a short projector screen has room for.
    auto* heatmapColumn = new QVBoxLayout;
    sideHeading_ = makeHeading(QString(), side);
    heatmapColumn->addWidget(sideHeading_);
    heatmapColumn->addWidget(heatmap_, 1);
    heatmapColumn->addWidget(legend_);
    auto* decisionColumn = new QVBoxLayout;
    decisionColumn->addWidget(decision_);
    decisionColumn->addStretch(1);
    auto* layout = new QHBoxLayout(side);
    // The coin flip's words wrap less in the wider share: the panel stays short.
    layout->addLayout(heatmapColumn, 2);
    layout->addLayout(decisionColumn, 3);
    return side;
}

void SampleStage::showNothing() {
    sampler_ = nullptr;
    canvas_->setImage(BinaryImage());
    heatmap_->setValues({}, 0, 1, ColorMap::Viridis);
    decision_->showNothing();
}

void SampleStage::showSampler(const Sampler& sampler, int given) {
    sampler_ = &sampler;
    const Ordering& ordering = sampler.model().ordering();
    const int decided = sampler.step();
    const int current = decided > 0 ? sampler.history().back().pixel : ordering.pixel(0);
    canvas_->setImage(sampler.image());
    canvas_->setDecided(ordering, decided);
    canvas_->setHighlight(sampler.done() ? -1 : current);
    showOrdering();

    std::vector<float> values(kPixels, 0.0f);
    for (const SampleStep& s : sampler.history())
        values[static_cast<std::size_t>(s.pixel)] = static_cast<float>(s.probability);
    heatmap_->setValues(std::move(values), 0, 1, ColorMap::Viridis);
    heatmap_->setDecided(ordering, decided);
    heatmap_->setHighlight(decided > 0 && !sampler.done() ? current : -1);
    decision_->showSampler(sampler);
    // Given a label the heatmap shows p(x_i = 1 | x_<i, y): the heading says which.
    sideHeading_->setText(tr("%1 so far").arg(SamplingFormula::conditional(sampler.label())));

    mode_->setVisible(given > 0);
    mode_->setText(tr("Completing a digit: the first %1 pixels are given, the model draws the "
                      "rest. “New sample” returns to free sampling.")
                       .arg(given));
}

void SampleStage::setOrderingShown(bool shown) {
    orderingShown_ = shown;
    showOrdering();
}

void SampleStage::showOrdering() {
    if (!sampler_)
        return;
    // The route still ahead, from the current pixel on: the decided digit stays uncluttered,
    // and at the start the whole ordering is shown.
    const int from = std::max(0, sampler_->step() - 1);
    canvas_->setOrderingOverlay(sampler_->model().ordering(), from, orderingShown_ ? kPixels : 0);
}

void SampleStage::describePixel(int pixel) {
    if (!sampler_ || pixel < 0) {
        hover_->setText(tr("Point at a pixel to see how it was decided."));
        return;
    }
    const int position = sampler_->model().ordering().position(pixel);
    const QString where = tr("Row %1, column %2 (i = %3)")
                              .arg(pixel / kSide + 1)
                              .arg(pixel % kSide + 1)
                              .arg(position + 1);
    if (position >= sampler_->step()) {
        hover_->setText(tr("%1: not decided yet.").arg(where));
        return;
    }
    const SampleStep& s = sampler_->history()[static_cast<std::size_t>(position)];
    QString how = QStringLiteral("u = %1").arg(s.uniform, 0, 'f', 3);
    if (s.given)
        how = tr("given");
    else if (sampler_->temperature() == 0)
        how = tr("greedy");
    hover_->setText(tr("%1: p = %2, %3 → %4")
                        .arg(where, QString::number(s.probability, 'f', 3), how,
                             s.value ? tr("on") : tr("off")));
}

void SampleStage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pixelchain::ui
