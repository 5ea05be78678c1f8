#include "ui/pages/density/grey_density_panel.h"

#include "ui/adapters/grey_model_library.h"
#include "ui/widgets/heading.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <tuple>

namespace pixelchain::ui {
namespace {

constexpr double kNumberPoints = 22;

QString number(double value, int decimals) {
    return QLocale().toString(value, 'f', decimals);
}

// Paragraphs of rich text, selectable, read from the top.
QLabel* makeText(QWidget* parent, const QString& name) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QString paragraphs(const QStringList& list) {
    return QStringLiteral("<p>") + list.join(QStringLiteral("</p><p>")) + QStringLiteral("</p>");
}

} // namespace

GreyDensityPanel::GreyDensityPanel(QWidget* parent)
    : QWidget(parent) {
    numbers_ = new QGridLayout;
    numbers_->setContentsMargins(0, 0, 0, 0);
    numbers_->setHorizontalSpacing(16);
    logDensity_ = addNumber(0, QStringLiteral("greyLogDensityValue"));
    bits_ = addNumber(1, QStringLiteral("greyBitsValue"));
    percentileValue_ = addNumber(2, QStringLiteral("greyPercentileValue"));
    reference_ = new QLabel(this);
    reference_->setObjectName(QStringLiteral("greyReference"));
    reference_->setWordWrap(true);
    percentileNote_ = makeText(this, QStringLiteral("greyPercentileNote"));
    // The explanation is long: two views, which the greyscale mode shows as tabs of their own.
    densityView_ = new QWidget(this);
    densityView_->setObjectName(QStringLiteral("greyDensityExplanationView"));
    densityHeading_ = makeHeading(QString(), densityView_);
    densityText_ = makeText(densityView_, QStringLiteral("greyDensityExplanation"));
    binView_ = new QWidget(this);
    binView_->setObjectName(QStringLiteral("greyExplanationView"));
    explanationHeading_ = makeHeading(QString(), binView_);
    explanation_ = makeText(binView_, QStringLiteral("greyExplanation"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(numbers_);
    layout->addWidget(reference_);
    layout->addWidget(percentileNote_);
    layout->addStretch(1);
    for (auto [view, heading, text] : {std::tuple{densityView_, densityHeading_, densityText_},
                                       std::tuple{binView_, explanationHeading_, explanation_}}) {
        auto* explained = new QVBoxLayout(view);
        explained->addWidget(heading);
        explained->addWidget(text);
        explained->addStretch(1);
    }
    retranslate();
}

QLabel* GreyDensityPanel::addNumber(int column, const QString& name) {
    auto* caption = new QLabel(this);
    caption->setWordWrap(true);
    auto* value = new QLabel(QStringLiteral("—"), this);
    value->setObjectName(name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = value->font();
    big.setPointSizeF(kNumberPoints);
    big.setBold(true);
    value->setFont(big);
    numbers_->addWidget(caption, 0, column, Qt::AlignBottom);
    numbers_->addWidget(value, 1, column, Qt::AlignTop);
    numbers_->setColumnStretch(column, 1);
    return value;
}

void GreyDensityPanel::retranslate() {
    const QStringList captions = {tr("log p(y)"), tr("bits per dimension"),
                                  tr("percentile among test digits")};
    for (int column = 0; column < captions.size(); ++column)
        static_cast<QLabel*>(numbers_->itemAtPosition(0, column)->widget())
            ->setText(captions[column]);
    logDensity_->setToolTip(tr("The log density of the drawing, in nats. It can be positive."));
    bits_->setToolTip(tr("−log p(y) / (%1 ln 2) + log₂ %2: bits per pixel of the 8-bit data.")
                          .arg(kPixels)
                          .arg(kGreyLevels));
    densityHeading_->setText(tr("Why a density can exceed 1"));
    explanationHeading_->setText(tr("From density to probability"));
    showReference();
    showNumbers();
    showExplanation();
}

void GreyDensityPanel::setModel(const GreyModelEntry* entry) {
    entry_ = entry;
    showReference();
}

void GreyDensityPanel::showEvaluation(const ContinuousEvaluation& evaluation, double percentile) {
    evaluation_ = evaluation;
    percentile_ = percentile;
    shown_ = evaluation.logDensities.size() == std::size_t(kPixels);
    showNumbers();
    showExplanation();
}

void GreyDensityPanel::showNothing() {
    shown_ = false;
    showNumbers();
    showExplanation();
}

void GreyDensityPanel::showNumbers() {
    if (!shown_) {
        for (QLabel* label : {logDensity_, bits_, percentileValue_})
            label->setText(QStringLiteral("—"));
        return;
    }
    logDensity_->setText(tr("%1 nats").arg(number(evaluation_.logDensity, 1)));
    bits_->setText(number(evaluation_.bitsPerDim(), 3));
    const bool known = std::isfinite(percentile_);
    percentileValue_->setText(known ? number(percentile_, 0) : QStringLiteral("—"));
    percentileValue_->setToolTip(
        known ? tr("Higher than the log density of %1% of the test digits.")
                    .arg(number(percentile_, 0))
              : tr("Unknown: this model file carries no percentiles of its test digits."));
}

// The drawing is scored at the bin centres, so the test digits' figure at the bin centres is its
// yardstick; the figure with random u beside it is the one papers report.
void GreyDensityPanel::showReference() {
    if (!entry_) {
        reference_->setText(tr("No greyscale model is loaded."));
        return;
    }
    const auto it = entry_->metadata.find("test_bits_per_dim_bin_centre");
    bool centreKnown = false;
    const double centre = it == entry_->metadata.end()
                              ? 0.0
                              : QString::fromStdString(it->second).toDouble(&centreKnown);
    const bool randomKnown = std::isfinite(entry_->testBitsPerDim);
    const QString name = entry_->shortName();
    if (centreKnown && randomKnown)
        reference_->setText(tr("%1 on the real test digits: %2 bits/dim at the bin centres, as "
                               "your drawing is scored; %3 bits/dim with random u, as papers "
                               "measure.")
                                .arg(name, number(centre, 3), number(entry_->testBitsPerDim, 3)));
    else if (randomKnown)
        reference_->setText(tr("%1 on the real test digits: %2 bits/dim with random u, as "
                               "papers measure.")
                                .arg(name, number(entry_->testBitsPerDim, 3)));
    else
        reference_->setText(tr("%1 has not been measured on the test digits.").arg(name));
}

// The general statements always; the live numbers of the drawing where there is an evaluation.
void GreyDensityPanel::showExplanation() {
    QStringList aboveOne, bin;
    aboveOne << tr("<b>A density is not a probability.</b> p(y<sub>i</sub> | earlier pixels) "
                   "says how tightly the model packs its belief around y<sub>i</sub>. Where it "
                   "is sure, a narrow Gaussian rises far above 1: one of width s peaks at "
                   "1/(s√(2π)).");
    if (shown_) {
        const auto& logs = evaluation_.logDensities;
        const auto top = std::max_element(logs.begin(), logs.end());
        const int pixel = int(top - logs.begin());
        const double density = std::exp(double(*top));
        const auto above = std::count_if(logs.begin(), logs.end(), [](float l) { return l > 0; });
        aboveOne << tr("In this drawing the largest is p(y<sub>i</sub> | earlier) = %1, at row "
                       "%2, column %3; %4 of the %5 pixels have a density above 1.")
                        .arg(QLocale().toString(density, 'g', 3))
                        .arg(pixel / kSide + 1)
                        .arg(pixel % kSide + 1)
                        .arg(above)
                        .arg(kPixels);
        aboveOne << tr("So log p(y) = Σ<sub>i</sub> log p(y<sub>i</sub> | earlier) can be "
                       "positive; here it is %1 nats.")
                        .arg(number(evaluation_.logDensity, 1));
        const double binShare = density / kGreyLevels;
        bin << tr("<b>A probability needs a bin.</b> The 8-bit value v stands for every "
                  "y in [v/%1, (v + 1)/%1), a bin 1/%1 wide; its probability is the "
                  "density's area over the bin, about density × width where the density "
                  "is flat across it: %2 × 1/%1 = %3 for that pixel.")
                   .arg(kGreyLevels)
                   .arg(QLocale().toString(density, 'g', 3))
                   .arg(QLocale().toString(binShare, 'g', 3));
        if (binShare > 1)
            bin << tr("Above 1, which no probability can be: the model's Gaussian there "
                      "is narrower than the bin, so its height at the centre overstates "
                      "the area. That is why scores at the bin centres come out lower "
                      "than with random u, and a blank canvas can even reach 0 bits/dim.");
        bin << tr("<b>So we report bits per dimension of the 8-bit data:</b> "
                  "−log p(y) / (%1 ln 2) + log<sub>2</sub> %2 = %3 bits here. They count "
                  "what encoding the 8-bit digit costs, do not change when y is rescaled, "
                  "and are what papers report.")
                   .arg(kPixels)
                   .arg(kGreyLevels)
                   .arg(number(evaluation_.bitsPerDim(), 3));
    } else {
        bin << tr("<b>A probability needs a bin:</b> the 8-bit value v stands for every y "
                  "in a bin 1/%1 wide, and its probability is about the density times "
                  "that width. Bits per dimension of the 8-bit data count that "
                  "probability; they are what papers report.")
                   .arg(kGreyLevels);
    }
    percentileNote_->setText(
        tr("The percentile ranks the drawing among real test digits prepared the same "
           "way: their 8-bit values scored at the bin centres, y = (v + ½)/%1.")
            .arg(kGreyLevels));
    densityText_->setText(paragraphs(aboveOne));
    explanation_->setText(paragraphs(bin));
}

void GreyDensityPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pixelchain::ui
