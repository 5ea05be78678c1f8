#include "ui/pages/density/grey_density_view.h"

#include "core/stats/percentiles.h"
#include "ui/adapters/grey_model_library.h"
#include "ui/adapters/grey_model_picker.h"
#include "ui/pages/density/answer_tabs.h"
#include "ui/pages/density/canvas_fit.h"
#include "ui/pages/density/gallery_strip.h"
#include "ui/pages/density/grey_canvas.h"
#include "ui/pages/density/grey_density_panel.h"
#include "ui/pages/density/grey_pixel_readout.h"
#include "ui/pages/density/grey_toolbar.h"
#include "ui/pages/density/heatmap_panel.h"
#include "ui/widgets/control_role.h"
#include "ui/widgets/heading.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QTabBar>
#include <QVBoxLayout>
#include <cmath>
#include <limits>

namespace pixelchain::ui {

GreyDensityView::GreyDensityView(GreyModelLibrary* models, QWidget* parent)
    : QWidget(parent)
    , models_(models) {
    // As in the binary mode: the canvas column at the left, sized to the height it has; the
    // answers at the right, one question per tab: the numbers, the pixel maps, and why a density
    // can exceed 1. The model picker is made here and shown by the page, beside its mode switch.
    auto* columns = new QHBoxLayout(this);
    columns->addWidget(buildDrawingColumn(), 0);
    columns->addWidget(buildAnswerTabs(), 1);
    connectParts();
    if (!gallery_->digits().greyImages.empty())
        canvas_->setDrawing(gallery_->digits().greyImages.front());
    setStaticTexts();
    onModelChanged();
}

void GreyDensityView::setStaticTexts() {
    canvas_->setAccessibleName(tr("Greyscale drawing canvas, 28 by 28 pixels"));
    canvas_->setAccessibleDescription(
        tr("Grey pixels from paper to ink; the arrow keys move the cursor, Space adds ink and "
           "Delete erases. The answers beside it follow every change."));
    drawHeading_->setText(tr("Draw in grey"));
    hint_->setText(tr("A soft brush: left button adds ink, right erases; keyboard: arrows, "
                      "Space and Delete."));
    galleryHeading_->setText(tr("Real test digits in grey: click one to load it"));
    modelLabel_->setText(tr("&Model"));
    const QString nats = QLocale().toString(double(kSurpriseRange), 'f', 0);
    surprise_->setTexts(tr("Surprise −log p(y<sub>i</sub> | earlier pixels), nats"),
                        {tr("−%1").arg(nats), QLocale().toString(0), tr("+%1").arg(nats)});
    surpriseKey_->setText(tr("<b>Blue</b>: below 0, the density is above 1 — the model was sure "
                             "and right. <b>Orange</b>: a value it did not expect."));
    expected_->setTexts(tr("Expected E[y<sub>i</sub> | earlier pixels]"), tr("0: paper"),
                        tr("1: ink"));
    // Where the full names do not fit (presentation mode on a projector), shorter ones do.
    answerTabs_->setTab(0, tr("How probable?"),
                        tr("p(y): the drawing's density, bits per dimension and percentile"),
                        tr("p(y)"));
    answerTabs_->setTab(1, tr("Pixel maps"),
                        tr("Each pixel's surprise and what the model expected there"));
    answerTabs_->setTab(2, tr("Density above 1?"), tr("Why a density can exceed 1"),
                        tr("Density > 1?"));
    answerTabs_->setTab(3, tr("Bits per dimension"),
                        tr("From a density to the probability of an 8-bit value"), tr("Bits/dim"));
    answerTabs_->bar()->setAccessibleName(tr("Questions about the drawing"));
}

void GreyDensityView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitCanvas(); // and again once the column has its new width, and its wrapped text its height:
    QMetaObject::invokeMethod(this, &GreyDensityView::fitCanvas, Qt::QueuedConnection);
}

void GreyDensityView::fitCanvas() {
    fitDrawingColumn(this, drawingColumn_, canvas_, answerTabs_, hint_);
}

QWidget* GreyDensityView::buildDrawingColumn() {
    auto* column = new DrawingColumn(this);
    canvas_ = new GreyCanvas(column);
    canvas_->setObjectName(QStringLiteral("greyCanvas"));
    canvas_->setFixedSize(kCanvasMinimum, kCanvasMinimum);
    toolbar_ = new GreyToolbar(column);
    markAsControl(toolbar_);
    gallery_ = new GalleryStrip(column, GalleryStrip::Shade::Grey);
    gallery_->setObjectName(QStringLiteral("greyGallery"));
    hint_ = new QLabel(column);
    hint_->setObjectName(QStringLiteral("greyDrawHint"));
    hint_->setWordWrap(true);

    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    drawHeading_ = makeHeading(QString(), column);
    layout->addWidget(drawHeading_);
    layout->addWidget(hint_);
    layout->addWidget(canvas_);
    layout->addWidget(toolbar_);
    galleryHeading_ = new QLabel(column);
    galleryHeading_->setWordWrap(true);
    QFont bold = galleryHeading_->font();
    bold.setBold(true);
    galleryHeading_->setFont(bold);
    layout->addWidget(galleryHeading_);
    layout->addWidget(gallery_);
    layout->addStretch(1);
    drawingColumn_ = column;
    return column;
}

QWidget* GreyDensityView::buildMapColumn() {
    auto* column = new QWidget(this);
    surprise_ = new HeatmapPanel({QString(), ColorMap::BlueOrange, QString(), QString()}, column);
    surprise_->grid()->setObjectName(QStringLiteral("greySurpriseMap"));
    expected_ = new HeatmapPanel({QString(), ColorMap::Grey, QString(), QString()}, column);
    expected_->grid()->setObjectName(QStringLiteral("greyExpectedMap"));
    surpriseKey_ = new QLabel(column);
    surpriseKey_->setObjectName(QStringLiteral("greySurpriseKey"));
    surpriseKey_->setWordWrap(true);
    surpriseKey_->setTextFormat(Qt::RichText);
    readout_ = new GreyPixelReadout(column);

    auto* maps = new QHBoxLayout;
    maps->addWidget(surprise_, 1);
    maps->addWidget(expected_, 1);
    auto* layout = new QVBoxLayout(column);
    layout->addLayout(maps, 1);
    layout->addWidget(surpriseKey_);
    layout->addWidget(readout_);
    return column;
}

QWidget* GreyDensityView::buildAnswerTabs() {
    picker_ = new GreyModelPicker(models_, this);
    modelLabel_ = new QLabel(this);
    modelLabel_->setBuddy(picker_);
    pickerRow_ = new QWidget(this);
    markAsControl(pickerRow_);
    auto* row = new QHBoxLayout(pickerRow_);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(modelLabel_);
    row->addWidget(picker_, 1);
    panel_ = new GreyDensityPanel(this);
    panel_->setObjectName(QStringLiteral("greyDensityPanel"));
    answerTabs_ = new AnswerTabs(QStringLiteral("greyAnswerTabs"), this);
    for (QWidget* answer : {static_cast<QWidget*>(panel_), buildMapColumn(),
                            panel_->densityExplanation(), panel_->binExplanation()})
        answerTabs_->addAnswer(answer);
    return answerTabs_;
}

void GreyDensityView::connectParts() {
    connect(canvas_, &GreyCanvas::changed, this, &GreyDensityView::refresh);
    connect(canvas_, &GreyCanvas::strokeFinished, this, [this](const GreyImage& before) {
        history_.record(before);
        showHistoryState();
    });
    connect(toolbar_, &GreyToolbar::toolChosen, canvas_, &GreyCanvas::setTool);
    connect(toolbar_, &GreyToolbar::brushChosen, canvas_, &GreyCanvas::setBrushSize);
    connect(toolbar_, &GreyToolbar::undoRequested, this, &GreyDensityView::undo);
    connect(toolbar_, &GreyToolbar::redoRequested, this, &GreyDensityView::redo);
    connect(toolbar_, &GreyToolbar::clearRequested, this, [this] { setDrawing(GreyImage()); });
    connect(gallery_, &GalleryStrip::digitChosen, this, &GreyDensityView::loadGalleryDigit);
    for (PixelGrid* grid : {static_cast<PixelGrid*>(canvas_), surprise_->grid(), expected_->grid()})
        connect(grid, &PixelGrid::hovered, this, &GreyDensityView::showHover);
    if (models_) {
        connect(models_, &GreyModelLibrary::currentChanged, this, &GreyDensityView::onModelChanged);
        connect(models_, &GreyModelLibrary::entriesChanged, this, &GreyDensityView::onModelChanged);
    }
}

const GreyImage& GreyDensityView::drawing() const {
    return canvas_->drawing();
}

void GreyDensityView::setDrawing(const GreyImage& image) {
    if (image == drawing())
        return;
    history_.record(drawing());
    canvas_->setDrawing(image);
    showHistoryState();
    refresh();
}

bool GreyDensityView::loadGalleryDigit(int index) {
    const auto& digits = gallery_->digits().greyImages;
    if (index < 0 || std::size_t(index) >= digits.size())
        return false;
    setDrawing(digits[std::size_t(index)]);
    return true;
}

void GreyDensityView::undo() {
    if (canvas_->isStroking())
        return;
    if (const auto previous = history_.undo(drawing())) {
        canvas_->setDrawing(*previous);
        showHistoryState();
        refresh();
    }
}

void GreyDensityView::redo() {
    if (canvas_->isStroking())
        return;
    if (const auto next = history_.redo(drawing())) {
        canvas_->setDrawing(*next);
        showHistoryState();
        refresh();
    }
}

void GreyDensityView::showHistoryState() {
    toolbar_->setUndoEnabled(history_.canUndo());
    toolbar_->setRedoEnabled(history_.canRedo());
}

void GreyDensityView::onModelChanged() {
    panel_->setModel(models_ ? models_->current() : nullptr);
    refresh();
}

void GreyDensityView::refresh() {
    const GreyModelEntry* entry = models_ ? models_->current() : nullptr;
    if (!entry) {
        evaluation_ = ContinuousEvaluation{};
        percentile_ = std::numeric_limits<double>::quiet_NaN();
        surprise_->grid()->setValues({}, 0, 1, ColorMap::BlueOrange);
        expected_->grid()->setValues({}, 0, 1, ColorMap::Grey);
        panel_->showNothing();
        readout_->showPixel(-1, drawing(), evaluation_, Ordering::raster());
        Q_EMIT evaluated();
        return;
    }
    // The one pass of this update: log p(y), every conditional's log density and expectation.
    evaluation_ = entry->model->evaluate(drawing());
    percentile_ = stats::percentileOf(entry->testQuantiles, evaluation_.logDensity);
    std::vector<float> surprise(evaluation_.logDensities.size());
    for (std::size_t i = 0; i < surprise.size(); ++i)
        surprise[i] = -evaluation_.logDensities[i];
    surprise_->grid()->setValues(std::move(surprise), -kSurpriseRange, kSurpriseRange,
                                 ColorMap::BlueOrange);
    expected_->grid()->setValues(evaluation_.expectedValue, 0, 1, ColorMap::Grey);
    panel_->showEvaluation(evaluation_, percentile_);
    readout_->showPixel(hovered_, drawing(), evaluation_, entry->model->ordering());
    Q_EMIT evaluated();
}

void GreyDensityView::showHover(int pixel) {
    hovered_ = pixel;
    for (PixelGrid* grid : {static_cast<PixelGrid*>(canvas_), surprise_->grid(), expected_->grid()})
        grid->setHighlight(pixel);
    const GreyModelEntry* entry = models_ ? models_->current() : nullptr;
    readout_->showPixel(pixel, drawing(), evaluation_,
                        entry ? entry->model->ordering() : Ordering::raster());
}

void GreyDensityView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        setStaticTexts();
        refresh();
    }
    QWidget::changeEvent(event);
    // New words or larger type (presentation mode) change what the column and the answers need.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        QMetaObject::invokeMethod(this, &GreyDensityView::fitCanvas, Qt::QueuedConnection);
}

} // namespace pixelchain::ui
