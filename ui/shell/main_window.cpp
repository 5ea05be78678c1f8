#include "ui/shell/main_window.h"

#include "ui/adapters/grey_model_library.h"
#include "ui/adapters/model_library.h"
#include "ui/adapters/sampling_controller.h"
#include "ui/adapters/view_request.h"
#include "ui/pages/counting/counting_page.h"
#include "ui/pages/density/density_page.h"
#include "ui/pages/lessons/lesson_panel.h"
#include "ui/pages/models/models_page.h"
#include "ui/pages/sampling/sampling_page.h"
#include "ui/pages/training/training_page.h"
#include "ui/shell/dock_title.h"
#include "ui/shell/language.h"
#include "ui/shell/lesson_placement.h"
#include "ui/shell/page_tabs.h"
#include "ui/shell/presentation.h"
#include "ui/widgets/focus_ring.h"
#include "ui/widgets/open_tab_sizing.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFrame>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pixelchain::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , models_(new ModelLibrary(this))
    , greyModels_(new GreyModelLibrary(this))
    , presentation_(new Presentation(this))
    , language_(new Language(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    // A model that fails to load never replaces the current one; the user reads why.
    connect(models_, &ModelLibrary::loadFailed, this, &MainWindow::tell);
    models_->loadBuiltIn();
    connect(greyModels_, &GreyModelLibrary::loadFailed, this, &MainWindow::tell);
    greyModels_->loadBuiltIn();
    // The models trained here in earlier sessions, listed after the shipped ones.
    models_->loadUserModels();
    greyModels_->loadUserModels();

    lessonDock_ = new QDockWidget(this);
    lessonDock_->setObjectName(QStringLiteral("lessonDock"));
    lessonDock_->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::RightDockWidgetArea, lessonDock_);
    new DockTitle(lessonDock_);
    lessonDock_->hide();

    buildPages();
    buildLessonPanel();
    buildMenus();
    retranslate();
    presentation_->applyTo(this);
    new FocusRing(this); // a focus a projector shows, wherever Tab goes
    connect(presentation_, &Presentation::reducedMotionChanged, sampling_->controller(),
            &SamplingController::setReducedMotion);
    // Open at 1400×900, or smaller on a small projector: never larger than the screen.
    QSize size(1400, 900);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.95);
    resize(size);
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::pageNames() {
    return {QStringLiteral("counting"), QStringLiteral("sampling"), QStringLiteral("density"),
            QStringLiteral("models"), QStringLiteral("training")};
}

void MainWindow::buildPages() {
    tabs_ = new PageTabs(this);
    tabs_->setObjectName(QStringLiteral("pageTabs"));
    tabs_->setDocumentMode(true);
    counting_ = new CountingPage(tabs_);
    sampling_ = new SamplingPage(models_, greyModels_, tabs_);
    density_ = new DensityPage(models_, greyModels_, tabs_);
    modelsPage_ = new ModelsPage(models_, greyModels_, tabs_);
    training_ = new TrainingPage(models_, greyModels_, tabs_);
    // The tabs follow pageNames(): tab i is the page named pageNames()[i].
    const QList<QWidget*> pages{counting_, sampling_, density_, modelsPage_, training_};
    const QStringList names = pageNames();
    for (qsizetype i = 0; i < pages.size(); ++i) {
        pages[i]->setObjectName(names[i] + QStringLiteral("Page"));
        tabs_->addTab(pages[i], QString());
    }
    sizeByOpenTab(tabs_);
    // Under the pages, the place of the lesson's caption strip when the window is too narrow for
    // the lesson beside the page (LessonPlacement); a line sets it off from the page.
    auto* centre = new QWidget(this);
    centre->setObjectName(QStringLiteral("pageArea"));
    lessonStrip_ = new QWidget(centre);
    lessonStrip_->setObjectName(QStringLiteral("lessonStrip"));
    auto* rule = new QFrame(lessonStrip_);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    auto* strip = new QVBoxLayout(lessonStrip_);
    strip->setContentsMargins(0, 0, 0, 0);
    strip->setSpacing(0);
    strip->addWidget(rule);
    lessonStrip_->hide();
    auto* column = new QVBoxLayout(centre);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(tabs_, 1);
    column->addWidget(lessonStrip_);
    setCentralWidget(centre);
    sampling_->controller()->setReducedMotion(presentation_->reducedMotion());
}

void MainWindow::buildLessonPanel() {
    lessons_ = new LessonPanel(models_, lessonDock_);
    lessons_->setObjectName(QStringLiteral("lessonPanel"));
    lessonDock_->setWidget(lessons_);
    lessonPlacement_ = new LessonPlacement(this, tabs_, lessonDock_, lessonStrip_, lessons_);
    connect(lessons_, &LessonPanel::viewRequested, this, &MainWindow::applyView);
    connect(lessons_, &LessonPanel::closeRequested, this, [this] { setLessonsOpen(false); });
}

void MainWindow::translated(std::function<void()> setTexts) {
    setTexts();
    texts_.push_back(std::move(setTexts));
}

// Qt delivers LanguageChange to the window before its children: the window's own texts (title,
// tabs, dock, menus) are set here, each page and panel sets its own in its changeEvent.
void MainWindow::retranslate() {
    setWindowTitle(tr("PixelChain — autoregressive models, pixel by pixel"));
    tabs_->setTabText(tabs_->indexOf(counting_), tr("Counting"));
    tabs_->setTabText(tabs_->indexOf(sampling_), tr("Sampling"));
    tabs_->setTabText(tabs_->indexOf(density_), tr("Density"));
    tabs_->setTabText(tabs_->indexOf(modelsPage_), tr("Models"));
    tabs_->setTabText(tabs_->indexOf(training_), tr("Training"));
    // The dock's title also renames its toggle action: the menu texts come after it.
    lessonDock_->setWindowTitle(tr("Lesson"));
    for (const auto& setTexts : texts_)
        setTexts();
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

bool MainWindow::showPage(const QString& name) {
    const auto index = pageNames().indexOf(name);
    if (index < 0)
        return false;
    tabs_->setCurrentIndex(static_cast<int>(index));
    return true;
}

QString MainWindow::currentPage() const {
    return pageNames().value(tabs_->currentIndex());
}

QWidget* MainWindow::page(const QString& name) const {
    const auto index = pageNames().indexOf(name);
    return index < 0 ? nullptr : tabs_->widget(static_cast<int>(index));
}

void MainWindow::nextPage() {
    tabs_->setCurrentIndex((tabs_->currentIndex() + 1) % tabs_->count());
}

void MainWindow::previousPage() {
    tabs_->setCurrentIndex((tabs_->currentIndex() + tabs_->count() - 1) % tabs_->count());
}

bool MainWindow::lessonsOpen() const {
    return lessonPlacement_->isOpen();
}

void MainWindow::setLessonsOpen(bool open) {
    lessonPlacement_->setOpen(open);
    if (open)
        applyView(lessons_->step(lessons_->current()).view);
}

// Clickers send PageUp / PageDown: with the lesson open they walk the lesson, else the pages.
void MainWindow::pageDown() {
    lessonsOpen() ? lessons_->next() : nextPage();
}

void MainWindow::pageUp() {
    lessonsOpen() ? lessons_->previous() : previousPage();
}

void MainWindow::applyView(const ViewRequest& view) {
    if (!view.model.isEmpty() && !models_->select(view.model))
        tell(tr("The model “%1” is not loaded; keeping the current one.").arg(view.model));
    if (!view.countingPreset.isEmpty()) {
        counting_->showPreset(view.countingPreset, view.countingQuery);
        if (view.factorization)
            counting_->choose(*view.factorization);
    }
    SamplingController* controller = sampling_->controller();
    if (view.seed || view.temperature || view.samplingStep)
        controller->pause();
    if (view.seed)
        controller->setSeed(*view.seed);
    if (view.temperature)
        controller->setTemperature(*view.temperature);
    if (view.samplingStep)
        controller->seek(*view.samplingStep);
    if (view.playSampling)
        controller->play();
    if (view.drawing)
        density_->setDrawing(*view.drawing);
    if (view.galleryDigit >= 0)
        density_->loadGalleryDigit(view.galleryDigit);
    if (!view.modelsSection.isEmpty())
        modelsPage_->showSection(view.modelsSection);
    if (!view.trainingPreset.isEmpty())
        training_->showPreset(view.trainingPreset);
    if (!view.page.isEmpty())
        showPage(view.page);
}

bool MainWindow::setLanguage(const QString& choice) {
    if (!language_->set(choice))
        return false;
    // Qt posts the LanguageChange events; deliver them now, so the switch is complete on return.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    return true;
}

void MainWindow::tell(const QString& message) {
    statusBar()->showMessage(message, 15000);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    // A run in progress is cancelled only when the user agrees; models kept before stay kept.
    if (!training_->confirmClose()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

} // namespace pixelchain::ui
