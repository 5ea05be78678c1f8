#include "ui/pages/models/sample_strip.h"

#include "core/sampling/sampler.h"
#include "ui/pages/models/model_style.h"
#include "ui/widgets/pixel_grid.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace pixelchain::ui {
namespace {

constexpr int kCardGap = 20;   // between two cards side by side
constexpr int kRowGap = 12;    // between two rows of cards
constexpr int kSampleGap = 6;  // between the samples of one card
constexpr int kHeadingGap = 4; // between a card's name and its samples

int cardWidth(int side) {
    return SampleStrip::kSeeds * side + (SampleStrip::kSeeds - 1) * kSampleGap;
}

} // namespace

SampleStrip::SampleStrip(QWidget* parent)
    : QWidget(parent)
    , grid_(new QGridLayout(this)) {
    setObjectName(QStringLiteral("sampleStrip"));
    grid_->setContentsMargins(0, 0, 0, 0);
    grid_->setHorizontalSpacing(kCardGap);
    grid_->setVerticalSpacing(kRowGap);
    // The strip takes the room its section gives it and sizes its samples to that room.
    setMinimumSize(cardWidth(kSmallestSide), kSmallestSide);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void SampleStrip::showModels(const QVector<ModelEntry>& entries) {
    entries_.clear();
    for (const ModelEntry& e : entries)
        if (e.model && std::isfinite(e.testNll))
            entries_.append(e);
    std::stable_sort(entries_.begin(), entries_.end(), [](const auto& a, const auto& b) {
        return a.model->parameterCount() < b.model->parameterCount();
    });
    rebuild();
}

void SampleStrip::nextSeeds() {
    firstSeed_ += kSeeds;
    rebuild();
}

QList<PixelGrid*> SampleStrip::grids(const QString& id) const {
    QList<PixelGrid*> found;
    for (PixelGrid* g : findChildren<PixelGrid*>())
        if (g->property("modelId").toString() == id)
            found.append(g);
    return found;
}

QSize SampleStrip::sizeHint() const {
    // Every card at the largest side, four to a row.
    const int n = int(cards_.size());
    const int columns = std::max(1, std::min(n, 4));
    const int rows = std::max(1, (n + columns - 1) / columns);
    const int width = columns * cardWidth(kLargestSide) + (columns - 1) * kCardGap;
    const int card = headingHeight(cardWidth(kLargestSide)) + kHeadingGap + kLargestSide;
    return {width, rows * card + (rows - 1) * kRowGap};
}

void SampleStrip::rebuild() {
    qDeleteAll(cards_);
    cards_.clear();
    headings_.clear();
    columns_ = 0;
    for (const ModelEntry& e : entries_) {
        auto* card = new QWidget(this);
        card->setObjectName(QStringLiteral("sampleCard"));
        auto* heading = new QLabel(card);
        heading->setTextFormat(Qt::RichText);
        heading->setAlignment(Qt::AlignCenter);
        heading->setWordWrap(true);
        auto* samples = new QHBoxLayout;
        samples->setSpacing(kSampleGap);
        for (int k = 0; k < kSeeds; ++k) {
            const std::uint64_t seed = firstSeed_ + static_cast<std::uint64_t>(k);
            auto* sample = new PixelGrid(card);
            sample->setProperty("modelId", e.id);
            sample->setFixedSize(side_, side_);
            sample->setImage(Sampler::draw(e.model, seed));
            samples->addWidget(sample);
        }
        auto* layout = new QVBoxLayout(card);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(kHeadingGap);
        layout->addWidget(heading);
        layout->addLayout(samples);
        layout->addStretch(1);
        cards_.append(card);
        headings_.append(heading);
    }
    retranslate();
    arrange();
    for (QWidget* card : cards_)
        card->show();
}

int SampleStrip::headingHeight(int width) const {
    int tallest = 0;
    for (const QLabel* heading : headings_)
        tallest = std::max(tallest, heading->heightForWidth(width));
    return tallest;
}

void SampleStrip::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    arrange();
}

void SampleStrip::arrange() {
    const int n = int(cards_.size());
    if (n == 0)
        return;
    // For each number of columns, the largest side at which the cards fit the width and the
    // height; the columns that give the largest samples win.
    int bestSide = 0, bestColumns = 1;
    for (int columns = 1; columns <= n; ++columns) {
        const int rows = (n + columns - 1) / columns;
        const int across = (width() - (columns - 1) * kCardGap) / columns;
        int side = std::min(kLargestSide, (across - (kSeeds - 1) * kSampleGap) / kSeeds);
        // The headings wrap at the card's width; the samples share the height that is left.
        for (int pass = 0; pass < 2 && side > 0; ++pass) {
            const int heading = headingHeight(cardWidth(side)) + kHeadingGap;
            const int down = (height() - (rows - 1) * kRowGap) / rows - heading;
            side = std::min(side, down);
        }
        if (side > bestSide) {
            bestSide = side;
            bestColumns = columns;
        }
    }
    const int side = std::max(kSmallestSide, bestSide);
    if (side == side_ && bestColumns == columns_)
        return;
    side_ = side;
    columns_ = bestColumns;
    for (QWidget* card : cards_) {
        grid_->removeWidget(card);
        card->setFixedWidth(cardWidth(side_));
        for (PixelGrid* sample : card->findChildren<PixelGrid*>())
            sample->setFixedSize(side_, side_);
    }
    for (int i = 0; i < n; ++i)
        grid_->addWidget(cards_[i], i / columns_, i % columns_, Qt::AlignTop | Qt::AlignLeft);
    // The cards keep to the top left; what is left over stays empty.
    for (int c = 0; c < grid_->columnCount(); ++c)
        grid_->setColumnStretch(c, 0);
    for (int r = 0; r < grid_->rowCount(); ++r)
        grid_->setRowStretch(r, 0);
    grid_->setColumnStretch(columns_, 1);
    grid_->setRowStretch((n + columns_ - 1) / columns_, 1);
}

// The samples stay as drawn; only the card headings and the tooltips are words.
void SampleStrip::retranslate() {
    for (int i = 0; i < entries_.size() && i < cards_.size(); ++i) {
        const ModelEntry& e = entries_[i];
        headings_[i]->setText(
            QStringLiteral("<span style=\"color:%1\">■</span> %2")
                .arg(ModelStyle::color(e.model->family()).name(), e.shortName().toHtmlEscaped()));
        const QList<PixelGrid*> samples = cards_[i]->findChildren<PixelGrid*>();
        for (int k = 0; k < samples.size(); ++k)
            samples[k]->setToolTip(
                tr("%1, seed %2").arg(e.title).arg(firstSeed_ + std::uint64_t(k)));
    }
}

void SampleStrip::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        retranslate();
        columns_ = 0; // the headings may wrap to another height: place the cards again
        arrange();
    }
    QWidget::changeEvent(event);
}

} // namespace pixelchain::ui
