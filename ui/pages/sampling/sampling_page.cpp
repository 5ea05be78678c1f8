#include "ui/pages/sampling/sampling_page.h"

#include "ui/adapters/grey_model_library.h"
#include "ui/adapters/grey_sampling_controller.h"
#include "ui/adapters/model_library.h"
#include "ui/adapters/model_picker.h"
#include "ui/adapters/sampling_controller.h"
#include "ui/pages/sampling/completion_panel.h"
#include "ui/pages/sampling/continuations_view.h"
#include "ui/pages/sampling/grey_sampling_view.h"
#include "ui/pages/sampling/sample_gallery.h"
#include "ui/pages/sampling/sample_stage.h"
#include "ui/pages/sampling/sampling_controls.h"
#include "ui/pages/sampling/sampling_formula.h"
#include "ui/widgets/control_role.h"
#include "ui/widgets/formula_view.h"

#include <QEvent>
#include <QPushButton>
#include <QResizeEvent>
#include <QShortcut>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace pixelchain::ui {
namespace {

// Readable from the back row of a classroom.
constexpr double kBodyPoints = 16;
// The canvas and the column of tabs beside it share the width in these proportions; the tabs
// never get less than their tab bar and widest view need, nor more than kTabsMaximum.
constexpr int kCanvasStretch = 45;
constexpr int kTabsStretch = 55;
constexpr int kTabsMaximum = 680;
constexpr double kTabPoints = 14;
constexpr double kGreySideShare = 0.2;
constexpr int kModelPickerMaximum = 560;

} // namespace

SamplingPage::SamplingPage(ModelLibrary* models, GreyModelLibrary* greyModels, QWidget* parent)
    : QWidget(parent)
    , models_(models)
    , greyModels_(greyModels)
    , controller_(new SamplingController(this)) {
    QFont body = font();
    body.setPointSizeF(std::max(body.pointSizeF(), kBodyPoints));
    setFont(body);

    // The page fits the screen as it is: the views beside the canvas share one column of tabs
    // rather than scrolling.
    buildContent();

    connectControls();
    connectViews();
    if (models_)
        connect(models_, &ModelLibrary::currentChanged, this, &SamplingPage::onModelChanged);
    if (greyModels_) {
        // A model loaded after the page was built makes the greyscale mode available.
        connect(greyModels_, &GreyModelLibrary::entriesChanged, this,
                &SamplingPage::updateModeSwitch);
        connect(greyModels_, &GreyModelLibrary::currentChanged, this,
                &SamplingPage::updateModeSwitch);
    }
    // The greyscale clock follows the window's reduced motion, which it sets on the binary one.
    connect(controller_, &SamplingController::reducedMotionChanged, greyController(),
            &GreySamplingController::setReducedMotion);
    greyController()->setReducedMotion(controller_->reducedMotion());
    // Ctrl+G works wherever the focus is in the window while this page is on screen (a hidden
    // page's shortcuts do not fire).
    auto* modeKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_G), this);
    modeKey->setObjectName(QStringLiteral("samplingModeKey"));
    modeKey->setContext(Qt::WindowShortcut);
    connect(modeKey, &QShortcut::activated, this,
            [this] { setMode(mode_ == Mode::Binary ? Mode::Greyscale : Mode::Binary); });
    controller_->setSpeed(controls_->speed());
    retranslate();
    onModelChanged();
    setMode(Mode::Binary);
}

void SamplingPage::buildContent() {
    // Every part is a child of the page, so that it, and every label made inside it, inherits
    // the page's font.
    QWidget* content = this;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    modeSwitch_ = buildModeSwitch(content);
    layout->addWidget(modeSwitch_);
    binary_ = buildBinary(content);
    layout->addWidget(binary_, 1);
    // Only the mode on screen takes room: a hidden widget adds nothing to the layout.
    greyView_ = new GreySamplingView(greyModels_, content);
    greyView_->setObjectName(QStringLiteral("greySamplingView"));
    layout->addWidget(greyView_, 1);
    // "Binary pixels | Greyscale pixels   Model: …": each mode's model is chosen beside the
    // switch, the picker of the mode on screen.
    auto* switchRow = static_cast<QHBoxLayout*>(modeSwitch_->layout());
    const int end = switchRow->count() - 1; // the stretch that ends the row
    switchRow->insertSpacing(end, 24);
    for (QWidget* picker : {binaryPicker_, greyView_->modelPicker()}) {
        switchRow->insertWidget(end + 1, picker, 1);
        picker->setMaximumWidth(kModelPickerMaximum);
    }
}

QWidget* SamplingPage::buildModeSwitch(QWidget* parent) {
    auto* row = new QWidget(parent);
    row->setObjectName(QStringLiteral("samplingModeSwitch"));
    markAsControl(row);
    binaryButton_ = new QPushButton(row);
    binaryButton_->setObjectName(QStringLiteral("binaryModeButton"));
    greyButton_ = new QPushButton(row);
    greyButton_->setObjectName(QStringLiteral("greyModeButton"));
    // No exclusive QButtonGroup: it would take the unchecked side out of the Tab chain, and
    // setMode() keeps exactly one side checked anyway.
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0); // the two buttons touch: one switch with two sides
    for (QPushButton* button : {binaryButton_, greyButton_}) {
        button->setCheckable(true);
        layout->addWidget(button);
    }
    layout->addStretch(0);
    // The side on screen is filled in Okabe–Ito blue: which mode is on reads without colour too
    // (filled against outlined).
    row->setStyleSheet(QStringLiteral(
        "QPushButton { padding: 4px 16px; border: 2px solid rgb(0, 114, 178); }"
        "QPushButton:checked { background: rgb(0, 114, 178); color: white; }"
        "QPushButton:disabled { border-color: rgb(160, 160, 160); color: rgb(130, 130, 130); }"));
    connect(binaryButton_, &QPushButton::clicked, this, [this] { setMode(Mode::Binary); });
    connect(greyButton_, &QPushButton::clicked, this, [this] { setMode(Mode::Greyscale); });
    return row;
}

QWidget* SamplingPage::buildBinary(QWidget* parent) {
    auto* content = new QWidget(parent);
    controls_ = new SamplingControls(content);
    markAsControl(controls_);
    controls_->setObjectName(QStringLiteral("samplingControls"));
    stage_ = new SampleStage(content);
    stage_->setObjectName(QStringLiteral("sampleStage"));
    formula_ = new FormulaView(content);
    formula_->setObjectName(QStringLiteral("formulaView"));

    // Any model of the library can be sampled: the page puts the picker beside the mode switch.
    binaryPicker_ = ModelPicker::labelled(models_, Qt::Horizontal, content);
    binaryPicker_->setObjectName(QStringLiteral("binaryModelBox"));

    // The canvas, as large as the height allows, and one column of tabs beside it: the heatmap
    // and coin flip first, then the formula and the views that run in the background.
    auto* middle = new QHBoxLayout;
    middle->addWidget(stage_, kCanvasStretch);
    middle->addWidget(buildTabs(content), kTabsStretch);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(controls_);
    layout->addLayout(middle, 1);
    return content;
}

QTabWidget* SamplingPage::buildTabs(QWidget* parent) {
    auto* tabs = new QTabWidget(parent);
    tabs_ = tabs;
    tabs->setObjectName(QStringLiteral("samplingTabs"));
    tabs->setMaximumWidth(kTabsMaximum);
    QFont tabFont = tabs->tabBar()->font();
    tabFont.setPointSizeF(kTabPoints);
    tabs->tabBar()->setFont(tabFont);
    tabs->tabBar()->setUsesScrollButtons(false);
    continuations_ = new ContinuationsView(tabs);
    continuations_->setObjectName(QStringLiteral("continuationsView"));
    gallery_ = new SampleGallery(tabs);
    gallery_->setObjectName(QStringLiteral("sampleGallery"));
    completion_ = new CompletionPanel(tabs);
    completion_->setObjectName(QStringLiteral("completionPanel"));
    QWidget* pixel = stage_->pixelPanel();
    pixel->setObjectName(QStringLiteral("pixelPanel"));
    for (QWidget* tab :
         {pixel, static_cast<QWidget*>(continuations_), static_cast<QWidget*>(gallery_),
          static_cast<QWidget*>(completion_), static_cast<QWidget*>(formula_)})
        tabs->addTab(tab, QString());
    return tabs;
}

// The sample, the seed and the step stay; the words around them are set again.
void SamplingPage::retranslate() {
    if (auto* modeKey = findChild<QShortcut*>(QStringLiteral("samplingModeKey")))
        modeKey->setWhatsThis(tr("Sampling page: switch between binary and greyscale pixels"));
    tabs_->setTabText(0, tr("This pixel"));
    tabs_->setTabText(1, tr("Next?"));
    tabs_->setTabText(2, tr("64 samples"));
    tabs_->setTabText(3, tr("Complete"));
    tabs_->setTabText(4, tr("Formula"));
    tabs_->setTabToolTip(0, tr("The probability of every pixel so far and the coin flip of the "
                               "current one"));
    tabs_->setTabToolTip(1, tr("What could happen next: 16 continuations of the current digit"));
    tabs_->setTabToolTip(2, tr("64 samples drawn at once; click one to watch it"));
    tabs_->setTabToolTip(3, tr("Let the model finish a digit you give it the start of"));
    tabs_->setTabToolTip(4, tr("The factorization the model samples from, with the current "
                               "numbers"));
    binaryButton_->setText(tr("Binary pixels (NADE, …)"));
    binaryButton_->setToolTip(
        tr("Every pixel is on or off: the model flips a coin for each one (Ctrl+G switches)"));
    greyButton_->setText(tr("Greyscale pixels (RNADE)"));
    updateModeSwitch();
    showStageAndFormula();
}

GreySamplingController* SamplingPage::greyController() const {
    return greyView_->controller();
}

bool SamplingPage::greyscaleAvailable() const {
    return greyModels_ && greyModels_->current();
}

void SamplingPage::updateModeSwitch() {
    const bool available = greyscaleAvailable();
    greyButton_->setEnabled(available);
    greyButton_->setToolTip(available ? tr("Every pixel is a grey value in [0, 1]: RNADE draws it "
                                           "from a mixture of Gaussians (Ctrl+G switches)")
                                      : tr("No greyscale model is loaded, so the greyscale mode "
                                           "is off"));
    if (!available && mode_ == Mode::Greyscale)
        setMode(Mode::Binary);
}

bool SamplingPage::setMode(Mode mode) {
    if (mode == Mode::Greyscale && !greyscaleAvailable()) {
        greyButton_->setChecked(mode_ == Mode::Greyscale);
        return false;
    }
    mode_ = mode;
    const bool grey = mode == Mode::Greyscale;
    // Only the clock of the mode on screen may run.
    if (grey)
        controller_->pause();
    else
        greyController()->pause();
    binary_->setVisible(!grey);
    greyView_->setVisible(grey);
    greyView_->modelPicker()->setVisible(grey);
    binaryPicker_->setVisible(!grey);
    binaryButton_->setChecked(!grey);
    greyButton_->setChecked(grey);
    return true;
}

void SamplingPage::togglePlay() {
    mode_ == Mode::Greyscale ? greyController()->togglePlay() : controller_->togglePlay();
}

void SamplingPage::stepForward() {
    mode_ == Mode::Greyscale ? greyController()->stepForward() : controller_->stepForward();
}

void SamplingPage::stepBack() {
    mode_ == Mode::Greyscale ? greyController()->stepBack() : controller_->stepBack();
}

bool SamplingPage::showStageAndFormula() {
    controls_->showState(*controller_);
    if (!controller_->hasSample()) {
        stage_->showNothing();
        return false;
    }
    const Sampler& sampler = controller_->sampler();
    stage_->showSampler(sampler, controller_->prefixCount());
    formula_->setFormula(SamplingFormula::heading(sampler.model(), sampler.label()),
                         SamplingFormula::formula(sampler.model(), sampler.label()),
                         SamplingFormula::numbers(sampler));
    return true;
}

void SamplingPage::connectControls() {
    SamplingController* c = controller_;
    connect(controls_, &SamplingControls::playToggled, c, &SamplingController::togglePlay);
    connect(controls_, &SamplingControls::stepForwardClicked, c, &SamplingController::stepForward);
    connect(controls_, &SamplingControls::stepBackClicked, c, &SamplingController::stepBack);
    connect(controls_, &SamplingControls::finishClicked, c, &SamplingController::finish);
    connect(controls_, &SamplingControls::scrubbed, c, &SamplingController::seek);
    connect(controls_, &SamplingControls::speedChosen, c, &SamplingController::setSpeed);
    connect(controls_, &SamplingControls::seedChosen, c, &SamplingController::setSeed);
    connect(controls_, &SamplingControls::temperatureChosen, this, [this](double t) {
        controller_->setTemperature(t);
        regenerateGallery(gallery_->firstSeed());
    });
    connect(controls_, &SamplingControls::newSampleClicked, this, &SamplingPage::newSample);
    connect(controls_, &SamplingControls::labelChosen, this, &SamplingPage::chooseLabel);
    connect(c, &SamplingController::changed, this, &SamplingPage::onSampleChanged);
    connect(c, &SamplingController::playingChanged, this,
            [this] { controls_->showState(*controller_); });
}

void SamplingPage::connectViews() {
    connect(gallery_, &SampleGallery::seedChosen, this, &SamplingPage::watchSeed);
    connect(gallery_, &SampleGallery::generateRequested, this,
            [this] { regenerateGallery(controller_->seed()); });
    connect(completion_, &CompletionPanel::watchRequested, this,
            [this](const BinaryImage& image, int count) {
                controller_->setPrefix(image, count);
                controller_->play();
            });
}

void SamplingPage::onModelChanged() {
    const ModelEntry* entry = models_ ? models_->current() : nullptr;
    controller_->setModel(entry ? entry->model : nullptr);
    if (!entry)
        return;
    regenerateGallery(controller_->seed());
    onSampleChanged();
}

void SamplingPage::regenerateGallery(std::uint64_t firstSeed) {
    gallery_->generate(controller_->model(), firstSeed, controller_->temperature(),
                       controller_->label());
}

// "Draw me a 7": the digit starts again from its first pixel, drawn given the label, and the
// gallery follows; a completion keeps its given pixels.
void SamplingPage::chooseLabel(int label) {
    controller_->setLabel(label);
    regenerateGallery(gallery_->requestedSeed());
    controller_->play();
}

void SamplingPage::onSampleChanged() {
    if (!showStageAndFormula())
        return;
    const Sampler& sampler = controller_->sampler();
    continuations_->setPrefix(controller_->model(), sampler.image(), sampler.step(),
                              controller_->seed(), controller_->temperature(), sampler.label());
    completion_->setCurrentSample(sampler.image());
    completion_->setSampling(controller_->model(), controller_->seed(), controller_->temperature(),
                             sampler.label());
    gallery_->markSeed(controller_->seed());
}

void SamplingPage::resizeEvent(QResizeEvent* event) {
    const double width = event->size().width();
    greyView_->setSideWidth(int(width * kGreySideShare));
    QWidget::resizeEvent(event);
}

void SamplingPage::newSample() {
    controller_->clearPrefix();
    controller_->setSeed(controller_->seed() + 1);
    controller_->play();
}

void SamplingPage::watchSeed(std::uint64_t seed) {
    controller_->clearPrefix();
    controller_->setSeed(seed);
    controller_->play();
}

void SamplingPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pixelchain::ui
