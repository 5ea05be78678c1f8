#include "ui/pages/sampling/continuations_view.h"

#include "core/models/density_model.h"
#include "core/sampling/uniform.h"
#include "ui/pages/sampling/fitted_grid.h"
#include "ui/pages/sampling/sample_batch_task.h"
#include "ui/pages/sampling/thumbnail_grid.h"
#include "ui/widgets/pixel_grid.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QTimer>

namespace pixelchain::ui {
namespace {

// Requests are gathered for this long: quick enough to feel live, slow enough that a digit
// drawn at full speed asks for a handful of batches, not one per frame.
constexpr int kGatherMs = 150;
// Continuation seeds live in their own stream, away from the sample seeds the gallery uses.
constexpr std::uint64_t kContinuationStream = 0xC0471E;

} // namespace

ContinuationsView::ContinuationsView(QWidget* parent)
    : QWidget(parent)
    , thumbnails_(new ThumbnailGrid(4, 4, this))
    , average_(new FittedGrid(168, this))
    , caption_(new QLabel(this))
    , task_(new SampleBatchTask(this))
    , gather_(new QTimer(this)) {
    thumbnails_->setObjectName(QStringLiteral("continuationThumbnails"));
    average_->setObjectName(QStringLiteral("continuationAverage"));
    average_->setFixedSize(168, 168);
    caption_->setObjectName(QStringLiteral("continuationCaption"));
    caption_->setWordWrap(true);
    averageCaption_ = new QLabel(this);
    averageCaption_->setWordWrap(true);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(caption_, 0, 0, 1, 2);
    layout->addWidget(thumbnails_, 1, 0, 1, 2);
    layout->addWidget(average_, 2, 0);
    layout->addWidget(averageCaption_, 2, 1);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(1, 1);

    gather_->setSingleShot(true);
    gather_->setInterval(kGatherMs);
    connect(gather_, &QTimer::timeout, this, &ContinuationsView::launch);
    connect(task_, &SampleBatchTask::finished, this, &ContinuationsView::show);
    retranslate();
}

void ContinuationsView::retranslate() {
    caption_->setText(tr("What could happen next? 16 ways the model could finish this digit. "
                         "Black: the pixels decided so far; blue: what the model adds."));
    averageCaption_->setText(
        tr("Average of the 16: how often each pixel ends up on (darker = more often)."));
    average_->setAccessibleName(tr("Average of the continuations"));
    average_->setAccessibleDescription(
        tr("How often each pixel ends up on in the 16 continuations: darker means more often"));
}

void ContinuationsView::setPrefix(std::shared_ptr<const DensityModel> model,
                                  const BinaryImage& image, int decided, std::uint64_t seed,
                                  double temperature, int label) {
    model_ = std::move(model);
    label_ = label;
    image_ = image;
    decided_ = decided;
    seed_ = seed;
    temperature_ = temperature;
    if (!gather_->isActive())
        gather_->start();
}

void ContinuationsView::launch() {
    if (!model_)
        return;
    SampleBatchRequest request;
    request.model = model_;
    request.prefix = image_;
    request.prefixCount = decided_;
    request.temperature = temperature_;
    request.label = label_;
    const std::uint64_t base = mix64(seed_ ^ kContinuationStream);
    for (int i = 0; i < kContinuations; ++i)
        request.seeds.push_back(base + static_cast<std::uint64_t>(i));
    launchedPrefix_ = decided_;
    launched_ = task_->request(std::move(request));
}

void ContinuationsView::show(const SampleBatch& batch) {
    if (batch.request != launched_ || !model_)
        return;
    thumbnails_->setPrefix(model_->ordering(), launchedPrefix_);
    thumbnails_->setImages(batch.images);
    average_->setValues(batch.mean, 0.0f, 1.0f, ColorMap::Grey);
    shownPrefix_ = launchedPrefix_;
    shownRequest_ = batch.request;
    Q_EMIT updated();
}

bool ContinuationsView::upToDate() const {
    return !gather_->isActive() && !task_->busy() && shownRequest_ == launched_ && launched_ > 0;
}

void ContinuationsView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pixelchain::ui
