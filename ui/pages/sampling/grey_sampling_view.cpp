#include "ui/pages/sampling/grey_sampling_view.h"

#include "ui/adapters/grey_model_library.h"
#include "ui/adapters/grey_model_picker.h"
#include "ui/adapters/grey_sampling_controller.h"
#include "ui/pages/sampling/fitted_grid.h"
#include "ui/pages/sampling/grey_draw_view.h"
#include "ui/pages/sampling/mixture_plot.h"
#include "ui/pages/sampling/sampling_controls.h"
#include "ui/pages/sampling/sampling_numbers.h"
#include "ui/widgets/color_legend.h"
#include "ui/widgets/control_role.h"
#include "ui/widgets/heading.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabBar>
#include <QVBoxLayout>
#include <algorithm>

namespace pixelchain::ui {
namespace {

constexpr int kSideMinimum = 220;
constexpr int kSideMaximum = 330;
constexpr double kSmallHeadingPoints = 15;
constexpr int kCanvasMinimum = 260;
constexpr double kTabPoints = 14; // as the binary mode's tabs

QLabel* smallHeading(const char* name, QWidget* parent) {
    QLabel* label = makeHeading(QString(), parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::RichText);
    QFont font = label->font();
    font.setPointSizeF(kSmallHeadingPoints);
    label->setFont(font);
    return label;
}

/// The canvas shows grey v as MNIST does, 0 black and 255 white: ColorMap::Grey maps 0 to white,
/// so it is given 1 − v/255.
std::vector<float> inkOf(const GreyImage& image) {
    std::vector<float> ink(kPixels);
    for (int i = 0; i < kPixels; ++i)
        ink[std::size_t(i)] = 1.0f - float(image.at(i)) / float(kGreyLevels - 1);
    return ink;
}

} // namespace

GreySamplingView::GreySamplingView(GreyModelLibrary* models, QWidget* parent)
    : QWidget(parent)
    , models_(models)
    , controller_(new GreySamplingController(this)) {
    controls_ = new SamplingControls(this);
    controls_->setObjectName(QStringLiteral("greySamplingControls"));
    controls_->setTemperatureRange(GreySamplingController::kMinimumTemperature, 3);
    markAsControl(controls_);
    // The binary mode's controls carry the same names: these say "grey" first.
    for (QObject* child : controls_->findChildren<QObject*>()) {
        QString name = child->objectName();
        if (name.isEmpty() || name.startsWith(QLatin1String("qt_")))
            continue;
        name[0] = name[0].toUpper();
        child->setObjectName(QStringLiteral("grey") + name);
    }

    // The page puts the picker beside its mode switch ("Greyscale pixels" and which model).
    pickerBox_ = new QWidget(this);
    pickerBox_->setObjectName(QStringLiteral("greyModelBox"));
    // Not marked as a control itself: the page's mode row that holds it is one.
    picker_ = new GreyModelPicker(models_, pickerBox_);
    pickerLabel_ = new QLabel(pickerBox_);
    pickerLabel_->setBuddy(picker_);
    auto* pickerRow = new QHBoxLayout(pickerBox_);
    pickerRow->setContentsMargins(0, 0, 0, 0);
    pickerRow->addWidget(pickerLabel_);
    pickerRow->addWidget(picker_, 1);

    // The canvas, as wide as it is tall (resizeEvent), the E[y] map, and the mixture of the
    // current pixel taking the room left; what pointing at a pixel tells goes under all three.
    // The tabs over the canvas show only while the canvas and the map share its place.
    gridTabs_ = new QTabBar(this);
    gridTabs_->setObjectName(QStringLiteral("greyGridTabs"));
    gridTabs_->addTab(QString());
    gridTabs_->addTab(QString());
    gridTabs_->setExpanding(false);
    gridTabs_->setUsesScrollButtons(false);
    gridTabs_->setElideMode(Qt::ElideNone);
    QFont tabFont = gridTabs_->font();
    tabFont.setPointSizeF(kTabPoints);
    gridTabs_->setFont(tabFont);
    gridTabs_->hide();
    connect(gridTabs_, &QTabBar::currentChanged, this, &GreySamplingView::showGrids);
    gridColumn_ = new QVBoxLayout;
    gridColumn_->addWidget(gridTabs_);
    gridColumn_->addWidget(buildCanvas(), 1);
    auto* middle = new QHBoxLayout;
    middle_ = middle;
    middle->addLayout(gridColumn_, 1);
    middle->addWidget(buildExpectedColumn());
    middle->addWidget(buildMixtureColumn(), 1);
    numbers_ = new GreyDrawView(this);
    numbers_->setObjectName(QStringLiteral("greyDrawView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(controls_);
    layout->addLayout(middle, 1);
    layout->addWidget(hover_);
    layout->addWidget(numbers_);

    connectControls();
    if (models_)
        connect(models_, &GreyModelLibrary::currentChanged, this,
                &GreySamplingView::onModelChanged);
    controller_->setSpeed(controls_->speed());
    retranslate();
    onModelChanged();
}

QWidget* GreySamplingView::buildCanvas() {
    canvas_ = new FittedGrid(300, this);
    canvas_->setObjectName(QStringLiteral("greyCanvas"));
    canvas_->setMinimumSize(kCanvasMinimum, kCanvasMinimum);
    hover_ = new QLabel(this);
    hover_->setObjectName(QStringLiteral("greyHoverLabel"));
    hover_->setWordWrap(true);
    connect(canvas_, &PixelGrid::hovered, this, &GreySamplingView::describePixel);
    return canvas_;
}

QWidget* GreySamplingView::buildExpectedColumn() {
    auto* column = new QWidget(this);
    expectedColumn_ = column;
    column->setObjectName(QStringLiteral("expectedColumn"));
    expectedHeading_ = smallHeading("expectedHeading", column);
    heatmap_ = new FittedGrid(200, column);
    heatmap_->setObjectName(QStringLiteral("expectedHeatmap"));
    heatmap_->setMinimumSize(168, 168);
    heatmap_->setMaximumHeight(kSideMaximum);
    legend_ = new ColorLegend(ColorMap::Viridis, 0, 1, column);
    setSideWidth(kSideMaximum);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(expectedHeading_);
    layout->addWidget(heatmap_, 1);
    layout->addWidget(legend_);
    layout->addStretch(0);
    connect(heatmap_, &PixelGrid::hovered, this, &GreySamplingView::describePixel);
    return column;
}

QWidget* GreySamplingView::buildMixtureColumn() {
    auto* column = new QWidget(this);
    mixtureColumn_ = column;
    column->setObjectName(QStringLiteral("mixtureColumn"));
    mixtureHeading_ = smallHeading("mixtureHeading", column);
    plot_ = new MixturePlot(column);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mixtureHeading_);
    layout->addWidget(plot_, 1);
    return column;
}

void GreySamplingView::connectControls() {
    GreySamplingController* c = controller_;
    connect(controls_, &SamplingControls::playToggled, c, &GreySamplingController::togglePlay);
    connect(controls_, &SamplingControls::stepForwardClicked, c,
            &GreySamplingController::stepForward);
    connect(controls_, &SamplingControls::stepBackClicked, c, &GreySamplingController::stepBack);
    connect(controls_, &SamplingControls::finishClicked, c, &GreySamplingController::finish);
    connect(controls_, &SamplingControls::scrubbed, c, &GreySamplingController::seek);
    connect(controls_, &SamplingControls::speedChosen, c, &GreySamplingController::setSpeed);
    connect(controls_, &SamplingControls::seedChosen, c, &GreySamplingController::setSeed);
    connect(controls_, &SamplingControls::temperatureChosen, c,
            &GreySamplingController::setTemperature);
    connect(controls_, &SamplingControls::newSampleClicked, this, &GreySamplingView::newSample);
    connect(c, &GreySamplingController::changed, this, &GreySamplingView::showSample);
    connect(c, &GreySamplingController::playingChanged, this, &GreySamplingView::showSample);
}

void GreySamplingView::retranslate() {
    pickerLabel_->setText(tr("&Model"));
    canvas_->setToolTip(tr("The grey digit so far, on MNIST's black background"));
    canvas_->setAccessibleName(tr("Grey sample canvas"));
    canvas_->setAccessibleDescription(tr("The grey digit so far, on MNIST's black background"));
    heatmap_->setAccessibleName(tr("Expected grey values"));
    heatmap_->setAccessibleDescription(
        tr("What the model expected at each pixel drawn so far, from dark (0) to yellow (1)"));
    expectedHeading_->setText(tr("E[y<sub>i</sub> | y<sub>&lt;i</sub>] so far"));
    mixtureHeading_->setToolTip(tr("The mixture of the current pixel: K Gaussians, each weighted "
                                   "by π<sub>k</sub>, computed from the pixels drawn before it"));
    expectedHeading_->setToolTip(tr("What the model expected at each pixel drawn so far: the mean "
                                    "of its mixture, Σ<sub>k</sub> π<sub>k</sub> μ<sub>k</sub>"));
    legend_->setLabels({tr("0 black"), tr("0.5"), tr("1 white")});
    gridTabs_->setTabText(0, tr("Grey digit"));
    gridTabs_->setTabText(1, tr("E[y] so far"));
    gridTabs_->setTabToolTip(0, tr("The grey digit so far, on MNIST's black background"));
    gridTabs_->setTabToolTip(
        1, tr("What the model expected at each pixel drawn so far, from dark (0) to yellow (1)"));
    showSample();
}

void GreySamplingView::setSideWidth(int width) {
    sideWidth_ = width;
    fitExpectedColumn();
}

// Beside the canvas the heatmap's column takes the width the page asked for; tabbed, it takes
// the canvas's width, so that the plot keeps its width whichever tab is open. Never narrower
// than the legend's labels need in the current font.
void GreySamplingView::fitExpectedColumn() {
    const int width =
        tabbed_ ? canvas_->maximumWidth() : std::clamp(sideWidth_, kSideMinimum, kSideMaximum);
    expectedColumn_->setFixedWidth(std::max(width, legend_->minimumSizeHint().width()));
}

// The canvas is square, as tall as the stage lets it be: it shares the width with the plot but
// never takes more than its height, and the plot has the rest. Only its maximum follows the
// size, so the page can always shrink again.
void GreySamplingView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    arrange();
    const int side = std::max(kCanvasMinimum, canvas_->height());
    if (side != canvas_->maximumWidth()) {
        canvas_->setMaximumWidth(side);
        if (tabbed_)
            fitExpectedColumn();
        layout()->activate(); // the plot takes the width the canvas gave up, now
    }
}

// The three side by side while the plot would show every text uncut there; the canvas is
// reckoned as wide as the stage is tall in both arrangements, so the choice depends on the view's
// size and fonts only and cannot flip back and forth.
void GreySamplingView::arrange() {
    const int stage = std::max(kCanvasMinimum, middle_->geometry().height());
    const int side = std::max(std::clamp(sideWidth_, kSideMinimum, kSideMaximum),
                              legend_->minimumSizeHint().width());
    const int plotWidth = width() - stage - side - 2 * middle_->spacing();
    const int plotHeight = middle_->geometry().height() -
                           mixtureHeading_->heightForWidth(plotWidth) -
                           mixtureColumn_->layout()->spacing();
    setTabbed(!plot_->fits(QSize(plotWidth, plotHeight)));
}

void GreySamplingView::setTabbed(bool tabbed) {
    if (tabbed == tabbed_)
        return;
    tabbed_ = tabbed;
    if (tabbed) {
        middle_->removeWidget(expectedColumn_);
        gridColumn_->addWidget(expectedColumn_, 1);
    } else {
        gridColumn_->removeWidget(expectedColumn_);
        middle_->insertWidget(1, expectedColumn_);
    }
    gridTabs_->setVisible(tabbed);
    fitExpectedColumn();
    showGrids();
    layout()->activate();
}

void GreySamplingView::showGrids() {
    const bool expected = gridTabs_->currentIndex() == 1;
    canvas_->setVisible(!tabbed_ || !expected);
    expectedColumn_->setVisible(!tabbed_ || expected);
}

void GreySamplingView::onModelChanged() {
    const GreyModelEntry* entry = models_ ? models_->current() : nullptr;
    controller_->setModel(entry ? entry->model : nullptr);
}

void GreySamplingView::newSample() {
    controller_->setSeed(controller_->seed() + 1);
    controller_->play();
}

void GreySamplingView::showSample() {
    const GreySamplingController& c = *controller_;
    controls_->showState(
        SamplingControls::State{c.step(), c.isPlaying(), c.seed(), c.temperature(), 0, -1});
    if (!c.hasSample()) {
        canvas_->setValues({}, 0, 1, ColorMap::Grey);
        heatmap_->setValues({}, 0, 1, ColorMap::Viridis);
        plot_->showNothing();
        numbers_->showNothing();
        mixtureHeading_->clear();
        return;
    }
    const GreySampler& sampler = c.sampler();
    const Ordering& ordering = sampler.model().ordering();
    const int drawn = sampler.stepsDone();
    const int current = drawn > 0 ? c.history().back().pixel : ordering.pixel(0);
    canvas_->setValues(inkOf(sampler.image()), 0, 1, ColorMap::Grey);
    canvas_->setDecided(ordering, drawn);
    canvas_->setHighlight(sampler.done() ? -1 : current);
    heatmap_->setValues(sampler.expected(), 0, 1, ColorMap::Viridis);
    heatmap_->setDecided(ordering, drawn);
    heatmap_->setHighlight(drawn > 0 && !sampler.done() ? current : -1);
    // The current pixel is the one just drawn; before the first draw, the first pixel to come.
    if (drawn > 0)
        plot_->showMixture(c.history().back().mixture, c.history().back().drawn);
    else
        plot_->showMixture(sampler.nextMixture(), std::nullopt);
    numbers_->showController(c);
    const bool conditional = sampler.model().contextSize() > 0;
    mixtureHeading_->setText(tr("%1 = Σ<sub>k</sub> π<sub>k</sub> N(y; μ<sub>k</sub>, "
                                "s<sub>k</sub><sup>2</sup>), K = %2")
                                 .arg(conditional
                                          ? QStringLiteral("p(y<sub>i</sub> | y<sub>&lt;i</sub>)")
                                          : QStringLiteral("p(y<sub>i</sub>)"))
                                 .arg(sampler.model().components()));
    describePixel(hovered_);
}

void GreySamplingView::describePixel(int pixel) {
    hovered_ = pixel;
    if (!controller_->hasSample() || pixel < 0) {
        hover_->setText(tr("Point at a pixel to see how it was drawn."));
        return;
    }
    const int position = controller_->sampler().model().ordering().position(pixel);
    const QString where = tr("Row %1, column %2 (i = %3)")
                              .arg(pixel / kSide + 1)
                              .arg(pixel % kSide + 1)
                              .arg(position + 1);
    if (position >= controller_->step()) {
        hover_->setText(tr("%1: not drawn yet.").arg(where));
        return;
    }
    const GreyStep& s = controller_->history()[std::size_t(position)];
    hover_->setText(tr("%1: y = %2 → grey %3, E[y] = %4, log p = %5 nats")
                        .arg(where, SamplingNumbers::fixed(s.drawn, 3))
                        .arg(s.value)
                        .arg(SamplingNumbers::fixed(s.mixture.mean(), 3),
                             SamplingNumbers::fixed(controller_->logDensityOf(position), 2)));
}

void GreySamplingView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // New words or a larger font (presentation mode) widen the legend: once the change has
    // reached every child, the column follows.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        QMetaObject::invokeMethod(
            this,
            [this] {
                setSideWidth(sideWidth_);
                arrange();
            },
            Qt::QueuedConnection);
    QWidget::changeEvent(event);
}

} // namespace pixelchain::ui
