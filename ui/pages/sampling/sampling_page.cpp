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

#include <QButtonGroup>
#include <QEvent>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QShortcut>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace pixelchain::ui {
namespace {

// Readable from the back row of a classroom.
constexpr double kBodyPoints = 16;
constexpr int kTabsMinimum = 340;
constexpr int kTabsMaximum = 420;
// Shares of the page width for the column beside the canvas and for the tabs; each is clamped
// to what its content needs, and the canvas takes the rest.
constexpr double kSideShare = 0.25;
constexpr double kTabsShare = 0.26;
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

    // On a small screen the page scrolls rather than clipping a panel.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("samplingScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildContent());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

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

QWidget* SamplingPage::buildContent() {
    // Created as a child so that it, and every label made inside it, inherits the page's font.
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    modeSwitch_ = buildModeSwitch(content);
    layout->addWidget(modeSwitch_);
    binary_ = buildBinary(content);
    layout->addWidget(binary_, 1);
    // Only the mode on screen takes room: a hidden widget adds nothing to the layout.
    greyView_ = new GreySamplingView(greyModels_, content);
    greyView_->setObjectName(QStringLiteral("greySamplingView"));
    layout->addWidget(greyView_, 1);
    // "Greyscale pixels (RNADE) | Model: …": the greyscale model is chosen beside the switch.
    auto* switchRow = static_cast<QHBoxLayout*>(modeSwitch_->layout());
    const int end = switchRow->count() - 1; // the stretch that ends the row
    switchRow->insertSpacing(end, 24);
    switchRow->insertWidget(end + 1, greyView_->modelPicker(), 1);
    greyView_->modelPicker()->setMaximumWidth(kModelPickerMaximum);
    return content;
}

QWidget* SamplingPage::buildModeSwitch(QWidget* parent) {
    auto* row = new QWidget(parent);
    row->setObjectName(QStringLiteral("samplingModeSwitch"));
    markAsControl(row);
    binaryButton_ = new QPushButton(row);
    binaryButton_->setObjectName(QStringLiteral("binaryModeButton"));
    greyButton_ = new QPushButton(row);
    greyButton_->setObjectName(QStringLiteral("greyModeButton"));
    auto* group = new QButtonGroup(row);
    group->setExclusive(true);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0); // the two buttons touch: one switch with two sides
    for (QPushButton* button : {binaryButton_, greyButton_}) {
        button->setCheckable(true);
        group->addButton(button);
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

    auto* middle = new QHBoxLayout;
    middle->addWidget(stage_, 1);
    // Any model of the library can be sampled: the picker heads the column of tabs, the one
    // column with room to spare on a laptop.
    QWidget* modelPicker = ModelPicker::labelled(models_, Qt::Horizontal, content);
    markAsControl(modelPicker);
    auto* side = new QVBoxLayout;
    side->addWidget(modelPicker);
    side->addWidget(buildTabs(content), 1);
    middle->addLayout(side);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(controls_);
    layout->addLayout(middle, 1);
    layout->addWidget(formula_);
    return content;
}

QTabWidget* SamplingPage::buildTabs(QWidget* parent) {
    auto* tabs = new QTabWidget(parent);
    tabs_ = tabs;
    tabs->setObjectName(QStringLiteral("samplingTabs"));
    tabs->setFixedWidth(kTabsMaximum);
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
    for (QWidget* tab : {static_cast<QWidget*>(continuations_), static_cast<QWidget*>(gallery_),
                         static_cast<QWidget*>(completion_)})
        tabs->addTab(tab, QString());
    return tabs;
}

// The sample, the seed and the step stay; the words around them are set again.
void SamplingPage::retranslate() {
    if (auto* modeKey = findChild<QShortcut*>(QStringLiteral("samplingModeKey")))
        modeKey->setWhatsThis(tr("Sampling page: switch between binary and greyscale pixels"));
    tabs_->setTabText(0, tr("Next?"));
    tabs_->setTabText(1, tr("64 samples"));
    tabs_->setTabText(2, tr("Complete"));
    tabs_->setTabToolTip(0, tr("What could happen next: 16 continuations of the current digit"));
    tabs_->setTabToolTip(1, tr("64 samples drawn at once; click one to watch it"));
    tabs_->setTabToolTip(2, tr("Let the model finish a digit you give it the start of"));
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
    if (mode == Mode::Greyscale && !greyscaleAvailable())
        return false;
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
    tabs_->setFixedWidth(std::clamp(int(width * kTabsShare), kTabsMinimum, kTabsMaximum));
    stage_->setSideWidth(int(width * kSideShare));
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
