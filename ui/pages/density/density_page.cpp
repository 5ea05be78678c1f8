#include "ui/pages/density/density_page.h"

#include "core/image/normalize.h"
#include "ui/adapters/blank_canvas.h"
#include "ui/adapters/grey_model_library.h"
#include "ui/adapters/model_library.h"
#include "ui/adapters/model_picker.h"
#include "ui/adapters/surprise_bits.h"
#include "ui/pages/density/answer_tabs.h"
#include "ui/pages/density/bayes_judge.h"
#include "ui/pages/density/bayes_panel.h"
#include "ui/pages/density/canvas_fit.h"
#include "ui/pages/density/drawing_canvas.h"
#include "ui/pages/density/drawing_file.h"
#include "ui/pages/density/drawing_toolbar.h"
#include "ui/pages/density/gallery_strip.h"
#include "ui/pages/density/grey_density_view.h"
#include "ui/pages/density/heatmap_panel.h"
#include "ui/pages/density/model_scores.h"
#include "ui/pages/density/pixel_mode_switch.h"
#include "ui/pages/density/pixel_readout.h"
#include "ui/pages/density/score_panel.h"
#include "ui/widgets/control_role.h"
#include "ui/widgets/heading.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace pixelchain::ui {
namespace {

// Readable from the back row: body text 14 pt, headings 17 pt, the numbers themselves 22 pt.
constexpr double kBodyPoints = 14;
// The surprise map saturates here: 7 bits is p(x_i | x_<i) ≈ 0.008, a pixel the model ruled out.
constexpr float kSurpriseTopBits = 7.0f;

} // namespace

DensityPage::DensityPage(ModelLibrary* models, GreyModelLibrary* greyModels, QWidget* parent)
    : QWidget(parent)
    , models_(models) {
    QFont body = font();
    body.setPointSizeF(std::max(body.pointSizeF(), kBodyPoints));
    setFont(body);

    // The canvas column at the left, sized by resizeEvent to the height it has; the answers at
    // the right, one question per tab, so every part fits a 1024×768 projector without scrolling.
    auto* content = new QWidget;
    auto* columns = new QHBoxLayout(content);
    columns->addWidget(buildDrawingColumn(), 0);
    columns->addWidget(buildAnswerTabs(), 1);
    content->setObjectName(QStringLiteral("binaryDensityView"));
    binaryView_ = content;
    // Binary pixels (the page above) or greyscale pixels, one switch over both; any model of the
    // library can score the drawing, and the switch shows the picker of the mode beside it.
    modeSwitch_ = new PixelModeSwitch(this);
    markAsControl(modeSwitch_);
    auto* modes = new QStackedWidget(this);
    modes->addWidget(content);
    modes->addWidget(buildGreyMode(greyModels));
    QWidget* modelPicker = ModelPicker::labelled(models_, Qt::Horizontal, this);
    markAsControl(modelPicker);
    modeSwitch_->setModelPickers(modelPicker, greyView_->modelPickerRow());
    modeSwitch_->setViews(modes);
    // The binary view is fitted again when shown: the window may have changed meanwhile.
    connect(modeSwitch_, &PixelModeSwitch::modeChanged, this, &DensityPage::fitCanvas,
            Qt::QueuedConnection);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(modeSwitch_);
    layout->addWidget(modes, 1);

    connectParts();
    addShortcuts();
    if (gallery_->digits().size() > 0)
        canvas_->setDrawing(gallery_->digits().images.front());
    bayes_->setGallery(gallery_->digits().images, gallery_->digits().labels);
    setStaticTexts();
    onModelChanged();
}

void DensityPage::setStaticTexts() {
    // Help ▸ Keyboard shortcuts lists each key with these words.
    shortcuts_[0]->setWhatsThis(tr("Density page: undo the last stroke"));
    shortcuts_[1]->setWhatsThis(tr("Density page: redo the stroke undone"));
    shortcuts_[2]->setWhatsThis(tr("Density page: redo the stroke undone"));
    canvas_->setAccessibleName(tr("Drawing canvas, 28 by 28 pixels"));
    canvas_->setAccessibleDescription(
        tr("Black-and-white pixels; the arrow keys move the cursor and Space sets a pixel. The "
           "answers beside it follow every change."));
    hint_->setText(tr("Left button draws, right erases; keyboard: arrows and Space."));
    drawHeading_->setText(tr("Draw a digit"));
    // Where the full names do not fit (presentation mode on a projector), the notation does.
    answerTabs_->setTab(0, tr("How probable?"),
                        tr("p(x): the drawing's probability and its verdict"), tr("p(x)"));
    answerTabs_->setTab(1, tr("Which digit?"), tr("p(y | x): Bayes' rule names the digit"),
                        tr("p(y | x)"));
    answerTabs_->setTab(2, tr("Pixel maps"),
                        tr("Each pixel's conditional probability and surprise"));
    answerTabs_->setTab(3, tr("Every model"), tr("The same drawing under every model"));
    answerTabs_->bar()->setAccessibleName(tr("Questions about the drawing"));
    galleryHeading_->setText(tr("Real test digits: click one to load it"));
    conditionals_->setTexts(tr("p(x<sub>i</sub> = 1 | earlier pixels)"), tr("0: off"), tr("1: on"));
    surprise_->setTexts(tr("Surprise −log<sub>2</sub> p(x<sub>i</sub> | earlier pixels)"),
                        tr("0 bits"), tr("≥ %1 bits").arg(double(kSurpriseTopBits)));
}

// The drawing, the history and the model stay; the texts and the scores' words are redone.
void DensityPage::retranslate() {
    setStaticTexts();
    onModelChanged();
}

QWidget* DensityPage::buildDrawingColumn() {
    auto* column = new DrawingColumn(this);
    canvas_ = new DrawingCanvas(column);
    canvas_->setObjectName(QStringLiteral("drawingCanvas"));
    canvas_->setFixedSize(kCanvasMinimum, kCanvasMinimum);
    toolbar_ = new DrawingToolbar(column);
    markAsControl(toolbar_);
    message_ = new QLabel(column);
    message_->setObjectName(QStringLiteral("densityMessage"));
    message_->setWordWrap(true);
    message_->setMargin(8);
    message_->setStyleSheet(QStringLiteral("QLabel { border: 3px solid #D55E00; }"));
    message_->hide();
    gallery_ = new GalleryStrip(column);
    gallery_->setObjectName(QStringLiteral("gallery"));
    hint_ = new QLabel(column);
    hint_->setObjectName(QStringLiteral("drawHint"));
    hint_->setWordWrap(true);

    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    drawHeading_ = makeHeading(QString(), column);
    drawHeading_->setObjectName(QStringLiteral("drawHeading"));
    layout->addWidget(drawHeading_);
    layout->addWidget(hint_);
    layout->addWidget(canvas_); // square, sized by resizeEvent; the toolbar under it
    layout->addWidget(toolbar_);
    layout->addWidget(message_);
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

QWidget* DensityPage::buildMapColumn() {
    auto* column = new QWidget(this);
    conditionals_ = new HeatmapPanel({QString(), ColorMap::Viridis, QString(), QString()}, column);
    conditionals_->grid()->setObjectName(QStringLiteral("conditionalMap"));
    surprise_ = new HeatmapPanel({QString(), ColorMap::Cividis, QString(), QString()}, column);
    surprise_->grid()->setObjectName(QStringLiteral("surpriseMap"));
    readout_ = new PixelReadout(column);

    auto* maps = new QHBoxLayout;
    maps->addWidget(conditionals_, 1);
    maps->addWidget(surprise_, 1);
    auto* layout = new QVBoxLayout(column);
    layout->addLayout(maps, 1);
    layout->addWidget(readout_);
    return column;
}

// Without greyscale models the switch to the greyscale mode is disabled.
QWidget* DensityPage::buildGreyMode(GreyModelLibrary* greyModels) {
    greyView_ = new GreyDensityView(greyModels);
    greyView_->setObjectName(QStringLiteral("greyDensityView"));
    const auto available = [this, greyModels] {
        modeSwitch_->setGreyscaleAvailable(greyModels && greyModels->current());
    };
    available();
    if (greyModels)
        connect(greyModels, &GreyModelLibrary::entriesChanged, this, available);
    return greyView_;
}

QWidget* DensityPage::buildAnswerTabs() {
    answerTabs_ = new AnswerTabs(QStringLiteral("answerTabs"), this);
    scores_ = new ScorePanel(answerTabs_);
    bayes_ = new BayesPanel(answerTabs_);
    for (QWidget* panel : {static_cast<QWidget*>(scores_), static_cast<QWidget*>(bayes_),
                           buildMapColumn(), scores_->comparison()})
        answerTabs_->addAnswer(panel);
    answerTabs_->setHeading(0, scores_->heading());
    return answerTabs_;
}

void DensityPage::connectParts() {
    connect(canvas_, &DrawingCanvas::changed, this, &DensityPage::refresh);
    connect(canvas_, &DrawingCanvas::strokeFinished, this, [this](const BinaryImage& before) {
        history_.record(before);
        showHistoryState();
    });
    connect(toolbar_, &DrawingToolbar::toolChosen, canvas_, &DrawingCanvas::setTool);
    connect(toolbar_, &DrawingToolbar::brushChosen, canvas_, &DrawingCanvas::setBrushSize);
    connect(toolbar_, &DrawingToolbar::undoRequested, this, &DensityPage::undo);
    connect(toolbar_, &DrawingToolbar::redoRequested, this, &DensityPage::redo);
    connect(toolbar_, &DrawingToolbar::clearRequested, this, [this] { setDrawing(BinaryImage()); });
    connect(toolbar_, &DrawingToolbar::normalizeRequested, this,
            [this] { setDrawing(normalizeLikeMnist(drawing())); });
    connect(toolbar_, &DrawingToolbar::loadRequested, this, &DensityPage::chooseFileToLoad);
    connect(toolbar_, &DrawingToolbar::saveRequested, this, &DensityPage::chooseFileToSave);
    connect(gallery_, &GalleryStrip::digitChosen, this, &DensityPage::loadGalleryDigit);
    connect(scores_, &ScorePanel::blankRequested, this, [this] { setDrawing(BinaryImage()); });
    connect(bayes_, &BayesPanel::drawingRequested, this, &DensityPage::setDrawing);
    for (PixelGrid* grid :
         {static_cast<PixelGrid*>(canvas_), conditionals_->grid(), surprise_->grid()})
        connect(grid, &PixelGrid::hovered, this, &DensityPage::showHover);
    connect(models_, &ModelLibrary::currentChanged, this, &DensityPage::onModelChanged);
    connect(models_, &ModelLibrary::entriesChanged, this, &DensityPage::onModelChanged);
}

void DensityPage::addShortcuts() {
    const QList<std::pair<QKeySequence, void (DensityPage::*)()>> keys = {
        {QKeySequence::Undo, &DensityPage::undo},
        {QKeySequence::Redo, &DensityPage::redo},
        {QKeySequence(Qt::CTRL | Qt::Key_Y), &DensityPage::redo}};
    for (const auto& [sequence, action] : keys) {
        auto* shortcut = new QShortcut(sequence, this, this, action);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        shortcuts_ << shortcut;
    }
}

const BinaryImage& DensityPage::drawing() const {
    return canvas_->image();
}

double DensityPage::percentile() const {
    return scores_->percentile();
}

void DensityPage::setDrawing(const BinaryImage& image) {
    if (image == drawing())
        return;
    history_.record(drawing());
    canvas_->setDrawing(image);
    showHistoryState();
    refresh();
}

bool DensityPage::loadGalleryDigit(int index) {
    const GalleryDigits& digits = gallery_->digits();
    if (index < 0 || std::size_t(index) >= digits.size())
        return false;
    setDrawing(digits.images[std::size_t(index)]);
    showMessage(QString());
    return true;
}

// One Ctrl+Z for the page: it undoes on the canvas of the mode on screen.
void DensityPage::undo() {
    if (modeSwitch_->mode() == PixelModeSwitch::Mode::Greyscale)
        return greyView_->undo();
    if (canvas_->isStroking())
        return;
    if (const auto previous = history_.undo(drawing())) {
        canvas_->setDrawing(*previous);
        showHistoryState();
        refresh();
    }
}

void DensityPage::redo() {
    if (modeSwitch_->mode() == PixelModeSwitch::Mode::Greyscale)
        return greyView_->redo();
    if (canvas_->isStroking())
        return;
    if (const auto next = history_.redo(drawing())) {
        canvas_->setDrawing(*next);
        showHistoryState();
        refresh();
    }
}

void DensityPage::showHistoryState() {
    toolbar_->setUndoEnabled(history_.canUndo());
    toolbar_->setRedoEnabled(history_.canRedo());
}

void DensityPage::onModelChanged() {
    scores_->setModel(models_->current());
    scores_->showBlankCanvas(scoreBlankCanvas(*models_));
    bayes_->setJudge(chooseJudge(*models_));
    refresh();
}

void DensityPage::refresh() {
    bayes_->showDrawing(drawing());
    const ModelEntry* entry = models_->current();
    if (!entry) {
        evaluation_ = Evaluation{};
        conditionals_->grid()->setValues({}, 0, 1, ColorMap::Viridis);
        surprise_->grid()->setValues({}, 0, 1, ColorMap::Cividis);
        readout_->showPixel(-1, drawing(), evaluation_, Ordering::raster());
        Q_EMIT evaluated();
        return;
    }
    // The one pass of this update: log p, all conditionals and all surprises together.
    evaluation_ = entry->model->evaluate(drawing());
    conditionals_->grid()->setValues(evaluation_.conditionals, 0, 1, ColorMap::Viridis);
    surprise_->grid()->setValues(SurpriseBits::of(evaluation_), 0, kSurpriseTopBits,
                                 ColorMap::Cividis);
    scores_->showScores(scoreEveryModel(*models_, drawing(), evaluation_));
    readout_->showPixel(hovered_, drawing(), evaluation_, entry->model->ordering());
    Q_EMIT evaluated();
}

void DensityPage::showHover(int pixel) {
    hovered_ = pixel;
    for (PixelGrid* grid :
         {static_cast<PixelGrid*>(canvas_), conditionals_->grid(), surprise_->grid()})
        grid->setHighlight(pixel);
    if (const ModelEntry* entry = models_->current())
        readout_->showPixel(pixel, drawing(), evaluation_, entry->model->ordering());
}

bool DensityPage::loadFile(const QString& path) {
    QString error;
    const auto image = DrawingFile::load(path, &error);
    if (!image) {
        showMessage(tr("%1 Your drawing is unchanged.").arg(error));
        return false;
    }
    showMessage(QString());
    setDrawing(*image);
    return true;
}

bool DensityPage::saveFile(const QString& path) {
    QString error;
    const bool saved = DrawingFile::save(path, drawing(), &error);
    showMessage(saved ? QString() : error);
    return saved;
}

void DensityPage::chooseFileToLoad() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a drawing"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("PNG images (*.png)"));
    if (!path.isEmpty())
        loadFile(path);
}

void DensityPage::chooseFileToSave() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the drawing"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) +
            QStringLiteral("/digit.png"),
        tr("PNG images (*.png)"));
    if (!path.isEmpty())
        saveFile(path);
}

void DensityPage::showMessage(const QString& message) {
    message_->setText(message);
    message_->setVisible(!message.isEmpty());
    fitCanvas();
}

// The canvas is as large a square as the column's other parts leave room for.
void DensityPage::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitCanvas(); // and again once the column has its new width, and its wrapped text its height:
    QMetaObject::invokeMethod(this, &DensityPage::fitCanvas, Qt::QueuedConnection);
}

// The binary view is the page less the mode switch above it.
void DensityPage::fitCanvas() {
    fitDrawingColumn(binaryView_, drawingColumn_, canvas_, answerTabs_, hint_);
}

void DensityPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
    // New words or larger type (presentation mode) change what the column and the answers need.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        QMetaObject::invokeMethod(this, &DensityPage::fitCanvas, Qt::QueuedConnection);
}

} // namespace pixelchain::ui
