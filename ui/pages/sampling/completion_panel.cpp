#include "ui/pages/sampling/completion_panel.h"

#include "core/models/density_model.h"
#include "ui/adapters/gallery_digits.h"
#include "ui/pages/sampling/draw_pad.h"
#include "ui/pages/sampling/sample_batch_task.h"
#include "ui/pages/sampling/thumbnail_grid.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

namespace pixelchain::ui {
namespace {

constexpr int kGatherMs = 150;
enum Source { Drawing, CurrentSample, FirstGalleryDigit };

} // namespace

CompletionPanel::CompletionPanel(QWidget* parent)
    : QWidget(parent)
    , pad_(new DrawPad(this))
    , completions_(new ThumbnailGrid(4, 2, this))
    , task_(new SampleBatchTask(this))
    , gather_(new QTimer(this)) {
    pad_->setObjectName(QStringLiteral("completionPad"));
    pad_->setMinimumSize(196, 196);
    completions_->setObjectName(QStringLiteral("completionThumbnails"));
    caption_ = new QLabel(this);
    caption_->setWordWrap(true);
    watch_ = new QPushButton(this);
    watch_->setObjectName(QStringLiteral("watchCompletionButton"));

    // The drawing and its completions side by side, under the caption and the choice of start:
    // the panel is wider than tall, as a short projector screen leaves it.
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(caption_, 0, 0, 1, 2);
    layout->addWidget(buildSourceRow(), 1, 0, 1, 2);
    galleryNote_ = new QLabel(this);
    galleryNote_->setObjectName(QStringLiteral("completionGalleryNote"));
    galleryNote_->setWordWrap(true);
    galleryNote_->hide();
    layout->addWidget(galleryNote_, 5, 0, 1, 2);
    layout->addWidget(pad_, 2, 0, 2, 1);
    waysLabel_ = new QLabel(this);
    waysLabel_->setObjectName(QStringLiteral("completionWays"));
    waysLabel_->setWordWrap(true); // "… finishes it as a 7:" in a narrow column
    layout->addWidget(waysLabel_, 2, 1);
    layout->addWidget(completions_, 3, 1);
    layout->addWidget(watch_, 4, 0, 1, 2);
    layout->setRowStretch(3, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);

    gather_->setSingleShot(true);
    gather_->setInterval(kGatherMs);
    connect(gather_, &QTimer::timeout, this, &CompletionPanel::launch);
    connect(task_, &SampleBatchTask::finished, this, &CompletionPanel::show);
    connect(pad_, &DrawPad::edited, this, [this] { refreshPad(); });
    connect(given_, &QSpinBox::valueChanged, this, [this] { refreshPad(); });
    connect(watch_, &QPushButton::clicked, this,
            [this] { Q_EMIT watchRequested(pad_->image(), givenCount()); });
    loadGalleryDigits();
    // A real digit makes the first completion meaningful; without the gallery, draw one.
    if (!galleryDigits_.empty()) {
        source_->setCurrentIndex(FirstGalleryDigit);
        chooseSource(FirstGalleryDigit);
    }
    retranslate();
}

void CompletionPanel::retranslate() {
    caption_->setText(tr("Give the model the first pixels of a digit (in its sampling "
                         "order) and let it finish. Draw with the left mouse button, "
                         "erase with the right."));
    watch_->setText(tr("Watch it finish on the big canvas"));
    waysLabel_->setText(
        label_ < 0 ? tr("%1 ways the model finishes it:").arg(kCompletions)
                   : tr("%1 ways the model finishes it as a %2:").arg(kCompletions).arg(label_));
    startLabel_->setText(tr("Start"));
    // "k" means the number of states everywhere else in the app: this count has its own name.
    givenLabel_->setText(tr("given pixels:"));
    given_->setToolTip(tr("How many pixels, in sampling order, the model is given"));
    given_->setAccessibleName(tr("Given pixels"));
    source_->setAccessibleName(tr("Start"));
    pad_->setAccessibleName(tr("Digit to complete"));
    pad_->setAccessibleDescription(
        tr("The start of a digit: the given pixels, in sampling order, that the model finishes"));
    source_->setItemText(Drawing, tr("Blank: draw"));
    source_->setItemText(CurrentSample, tr("The current sample"));
    for (std::size_t i = 0; i < galleryDigits_.size(); ++i)
        source_->setItemText(FirstGalleryDigit + int(i),
                             i < digitOf_.size()
                                 ? tr("Test digit %1: a %2").arg(i + 1).arg(digitOf_[i])
                                 : tr("Test digit %1").arg(i + 1));
}

QWidget* CompletionPanel::buildSourceRow() {
    auto* row = new QWidget(this);
    source_ = new QComboBox(row);
    source_->setObjectName(QStringLiteral("completionSource"));
    source_->addItem(QString());
    source_->addItem(QString());
    given_ = new QSpinBox(row);
    given_->setObjectName(QStringLiteral("completionGiven"));
    given_->setRange(0, kPixels);
    given_->setSingleStep(kSide);
    given_->setValue(kPixels / 2);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    startLabel_ = new QLabel(row);
    layout->addWidget(startLabel_);
    layout->addWidget(source_, 1);
    givenLabel_ = new QLabel(row);
    layout->addWidget(givenLabel_);
    layout->addWidget(given_);
    connect(source_, &QComboBox::activated, this, &CompletionPanel::chooseSource);
    return row;
}

void CompletionPanel::loadGalleryDigits() {
    // Real test digits, thresholded at 50% like a drawing. The panel works without them, and says
    // why the choice is missing.
    const GalleryDigits gallery = GalleryDigits::loadBuiltIn();
    if (!gallery.error.isEmpty()) {
        source_->setToolTip(gallery.error);
        galleryNote_->setText(gallery.error);
        galleryNote_->show();
        return;
    }
    galleryDigits_ = gallery.images;
    digitOf_.assign(gallery.labels.begin(), gallery.labels.end());
    for (std::size_t i = 0; i < gallery.size(); ++i)
        source_->addItem(QString()); // named by retranslate()
}

void CompletionPanel::chooseSource(int index) {
    if (index == Drawing)
        pad_->setDrawing(BinaryImage());
    else if (index == CurrentSample)
        pad_->setDrawing(currentSample_);
    else if (index - FirstGalleryDigit < static_cast<int>(galleryDigits_.size()))
        pad_->setDrawing(galleryDigits_[static_cast<std::size_t>(index - FirstGalleryDigit)]);
}

int CompletionPanel::givenCount() const {
    return given_->value();
}

const BinaryImage& CompletionPanel::drawing() const {
    return pad_->image();
}

void CompletionPanel::setSampling(std::shared_ptr<const DensityModel> model, std::uint64_t seed,
                                  double temperature, int label) {
    if (model == model_ && seed == seed_ && temperature == temperature_ && label == label_)
        return;
    model_ = std::move(model);
    seed_ = seed;
    temperature_ = temperature;
    label_ = label;
    retranslate();
    refreshPad();
}

void CompletionPanel::refreshPad() {
    if (model_)
        pad_->setDecided(model_->ordering(), givenCount());
    if (!gather_->isActive())
        gather_->start();
}

void CompletionPanel::launch() {
    if (!model_)
        return;
    SampleBatchRequest request;
    request.model = model_;
    request.prefix = pad_->image();
    request.prefixCount = givenCount();
    request.temperature = temperature_;
    request.label = label_;
    for (int i = 0; i < kCompletions; ++i)
        request.seeds.push_back(seed_ + static_cast<std::uint64_t>(i));
    launchedPrefix_ = request.prefixCount;
    launched_ = task_->request(std::move(request));
}

void CompletionPanel::show(const SampleBatch& batch) {
    if (batch.request != launched_ || !model_)
        return;
    completions_->setPrefix(model_->ordering(), launchedPrefix_);
    completions_->setImages(batch.images);
    shownPrefix_ = launchedPrefix_;
    shownRequest_ = batch.request;
    Q_EMIT updated();
}

bool CompletionPanel::upToDate() const {
    return !gather_->isActive() && !task_->busy() && shownRequest_ == launched_ && launched_ > 0;
}

void CompletionPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pixelchain::ui
