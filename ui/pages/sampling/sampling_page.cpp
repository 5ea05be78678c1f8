#include "ui/pages/sampling/sampling_page.h"

#include "ui/adapters/model_library.h"
#include "ui/adapters/model_picker.h"
#include "ui/adapters/sampling_controller.h"
#include "ui/pages/sampling/completion_panel.h"
#include "ui/pages/sampling/continuations_view.h"
#include "ui/pages/sampling/sample_gallery.h"
#include "ui/pages/sampling/sample_stage.h"
#include "ui/pages/sampling/sampling_controls.h"
#include "ui/pages/sampling/sampling_formula.h"
#include "ui/widgets/control_role.h"
#include "ui/widgets/formula_view.h"

#include <QEvent>
#include <QResizeEvent>
#include <QScrollArea>
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

} // namespace

SamplingPage::SamplingPage(ModelLibrary* models, QWidget* parent)
    : QWidget(parent)
    , models_(models)
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
    controller_->setSpeed(controls_->speed());
    retranslate();
    onModelChanged();
}

QWidget* SamplingPage::buildContent() {
    // Created as a child so that it, and every label made inside it, inherits the page's font.
    auto* content = new QWidget(this);
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
    tabs_->setTabText(0, tr("Next?"));
    tabs_->setTabText(1, tr("64 samples"));
    tabs_->setTabText(2, tr("Complete"));
    tabs_->setTabToolTip(0, tr("What could happen next: 16 continuations of the current digit"));
    tabs_->setTabToolTip(1, tr("64 samples drawn at once; click one to watch it"));
    tabs_->setTabToolTip(2, tr("Let the model finish a digit you give it the start of"));
    showStageAndFormula();
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
