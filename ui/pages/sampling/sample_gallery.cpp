#include "ui/pages/sampling/sample_gallery.h"

#include "ui/pages/sampling/sample_batch_task.h"
#include "ui/pages/sampling/thumbnail_grid.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pixelchain::ui {

SampleGallery::SampleGallery(QWidget* parent)
    : QWidget(parent)
    , thumbnails_(new ThumbnailGrid(8, 8, this))
    , caption_(new QLabel(this))
    , regenerate_(new QPushButton(this))
    , task_(new SampleBatchTask(this)) {
    thumbnails_->setObjectName(QStringLiteral("galleryThumbnails"));
    // 64 digits in a short tab: each one still shows every one of its pixels.
    thumbnails_->setMinimumCell(kSide);
    caption_->setObjectName(QStringLiteral("galleryCaption"));
    caption_->setWordWrap(true);
    regenerate_->setObjectName(QStringLiteral("galleryRegenerate"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(caption_);
    layout->addWidget(thumbnails_, 1);
    layout->addWidget(regenerate_);

    connect(task_, &SampleBatchTask::finished, this, &SampleGallery::show);
    connect(regenerate_, &QPushButton::clicked, this, &SampleGallery::generateRequested);
    connect(thumbnails_, &ThumbnailGrid::activated, this, [this](int index) {
        Q_EMIT seedChosen(firstSeed_ + static_cast<std::uint64_t>(index));
    });
    retranslate();
}

void SampleGallery::retranslate() {
    regenerate_->setText(tr("64 samples from the current seed"));
    if (!drawn_)
        caption_->setText(tr("Drawing 64 samples…"));
    else if (label_ < 0)
        caption_->setText(tr("Seeds %1 to %2, drawn at once. Click one to watch it being drawn.")
                              .arg(firstSeed_)
                              .arg(firstSeed_ + kSamples - 1));
    else
        caption_->setText(tr("Seeds %1 to %2, each drawn from p(x | y = %3). Click one to watch "
                             "it being drawn.")
                              .arg(firstSeed_)
                              .arg(firstSeed_ + kSamples - 1)
                              .arg(label_));
}

void SampleGallery::generate(std::shared_ptr<const DensityModel> model, std::uint64_t firstSeed,
                             double temperature, int label) {
    SampleBatchRequest request;
    request.model = std::move(model);
    request.temperature = temperature;
    request.label = label;
    pendingLabel_ = label;
    for (int i = 0; i < kSamples; ++i)
        request.seeds.push_back(firstSeed + static_cast<std::uint64_t>(i));
    pendingSeed_ = firstSeed;
    launched_ = task_->request(std::move(request));
}

void SampleGallery::markSeed(std::uint64_t seed) {
    marked_ = seed;
    const bool inside = seed >= firstSeed_ && seed - firstSeed_ < std::uint64_t(kSamples);
    thumbnails_->setSelected(inside ? static_cast<int>(seed - firstSeed_) : -1);
}

void SampleGallery::show(const SampleBatch& batch) {
    if (batch.request != launched_)
        return;
    firstSeed_ = pendingSeed_;
    label_ = pendingLabel_;
    thumbnails_->setImages(batch.images);
    drawn_ = true;
    retranslate();
    markSeed(marked_);
    Q_EMIT updated();
}

void SampleGallery::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pixelchain::ui
