#include "ui/pages/models/sample_strip.h"

#include "core/sampling/sampler.h"
#include "ui/pages/models/model_style.h"
#include "ui/widgets/pixel_grid.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLayoutItem>
#include <algorithm>
#include <cmath>

namespace pixelchain::ui {

SampleStrip::SampleStrip(QWidget* parent)
    : QWidget(parent)
    , grid_(new QGridLayout(this)) {
    setObjectName(QStringLiteral("sampleStrip"));
    grid_->setContentsMargins(0, 0, 0, 0);
    grid_->setHorizontalSpacing(16);
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

void SampleStrip::rebuild() {
    while (QLayoutItem* item = grid_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int column = 0; column < entries_.size(); ++column) {
        const ModelEntry& e = entries_[column];
        auto* heading = new QLabel(this);
        heading->setTextFormat(Qt::RichText);
        heading->setAlignment(Qt::AlignCenter);
        grid_->addWidget(heading, 0, column);
        for (int k = 0; k < kSeeds; ++k) {
            const std::uint64_t seed = firstSeed_ + static_cast<std::uint64_t>(k);
            auto* sample = new PixelGrid(this);
            sample->setProperty("modelId", e.id);
            sample->setFixedSize(112, 112);
            sample->setImage(Sampler::draw(e.model, seed));
            grid_->addWidget(sample, k + 1, column, Qt::AlignHCenter);
        }
    }
    retranslate();
}

// The samples stay as drawn; only the column headings and the tooltips are words.
void SampleStrip::retranslate() {
    for (int column = 0; column < entries_.size(); ++column) {
        const ModelEntry& e = entries_[column];
        if (QLayoutItem* item = grid_->itemAtPosition(0, column))
            static_cast<QLabel*>(item->widget())
                ->setText(QStringLiteral("<span style=\"color:%1\">■</span> %2")
                              .arg(ModelStyle::color(e.model->family()).name(),
                                   e.shortName().toHtmlEscaped()));
        for (int k = 0; k < kSeeds; ++k)
            if (QLayoutItem* item = grid_->itemAtPosition(k + 1, column))
                item->widget()->setToolTip(
                    tr("%1, seed %2").arg(e.title).arg(firstSeed_ + std::uint64_t(k)));
    }
}

void SampleStrip::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pixelchain::ui
