#include "ui/shell/main_window.h"

#include "ui/adapters/model_library.h"
#include "ui/adapters/sampling_controller.h"
#include "ui/pages/counting/counting_page.h"
#include "ui/pages/density/density_page.h"
#include "ui/pages/lessons/lesson_panel.h"
#include "ui/pages/models/models_page.h"
#include "ui/pages/sampling/sampling_page.h"
#include "ui/shell/language.h"
#include "ui/shell/presentation.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>

namespace pixelchain::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , models_(new ModelLibrary(this))
    , presentation_(new Presentation(this))
    , language_(new Language(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    // A model that fails to load never replaces the current one; the user reads why.
    connect(models_, &ModelLibrary::loadFailed, this, &MainWindow::tell);
    models_->loadBuiltIn();
    connect(presentation_, &Presentation::reducedMotionChanged, this, [this](bool reduced) {
        if (auto* sampling = qobject_cast<SamplingPage*>(page(QStringLiteral("sampling"))))
            sampling->controller()->setReducedMotion(reduced);
    });

    lessonDock_ = new QDockWidget(this);
    lessonDock_->setObjectName(QStringLiteral("lessonDock"));
    lessonDock_->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::RightDockWidgetArea, lessonDock_);
    lessonDock_->hide();

    buildPages();
    buildMenus();
    // Open at 1400×900, or smaller on a small projector: never larger than the screen.
    QSize size(1400, 900);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.95);
    resize(size);
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::pageNames() {
    return {QStringLiteral("counting"), QStringLiteral("sampling"), QStringLiteral("density"),
            QStringLiteral("models")};
}

void MainWindow::buildPages() {
    setWindowTitle(tr("PixelChain — autoregressive models, pixel by pixel"));
    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("pageTabs"));
    tabs_->setDocumentMode(true);
    names_.clear();
    const auto add = [this](const QString& name, QWidget* page, const QString& title) {
        page->setObjectName(name + QStringLiteral("Page"));
        tabs_->addTab(page, title);
        names_.append(name);
    };
    add(QStringLiteral("counting"), new CountingPage(tabs_), tr("Counting"));
    add(QStringLiteral("sampling"), new SamplingPage(models_, tabs_), tr("Sampling"));
    add(QStringLiteral("density"), new DensityPage(models_, tabs_), tr("Density"));
    add(QStringLiteral("models"), new ModelsPage(models_, tabs_), tr("Models"));
    setCentralWidget(tabs_);
    qobject_cast<SamplingPage*>(page(QStringLiteral("sampling")))
        ->controller()
        ->setReducedMotion(presentation_->reducedMotion());

    const int step = lessons_ ? lessons_->current() : 0;
    delete lessons_; // the panel of the previous language
    lessons_ = new LessonPanel(models_, lessonDock_);
    lessons_->setObjectName(QStringLiteral("lessonPanel"));
    lessonDock_->setWindowTitle(tr("Lesson"));
    // A narrow column: the page beside it keeps most of a projector's width.
    lessons_->setMaximumWidth(fontMetrics().averageCharWidth() * 48);
    lessonDock_->setWidget(lessons_);
    lessons_->go(step);
    connect(lessons_, &LessonPanel::viewRequested, this, &MainWindow::applyView);
    presentation_->applyTo(this);
}

void MainWindow::rebuildPages() {
    session::Session kept = captureSession();
    kept.settings.language = language_->choice().toStdString();
    // The old pages leave the window now and are deleted once the events for them are delivered.
    QWidget* old = takeCentralWidget();
    old->hide();
    old->setParent(nullptr);
    old->deleteLater();
    buildPages();
    // The menus may be in the middle of delivering the click that switched the language.
    const auto menus = menuBar()->findChildren<QMenu*>(QString(), Qt::FindDirectChildrenOnly);
    menuBar()->clear();
    for (QMenu* menu : menus)
        menu->deleteLater();
    buildMenus();
    restoreSession(kept);
}

bool MainWindow::showPage(const QString& name) {
    const auto index = names_.indexOf(name);
    if (index < 0)
        return false;
    tabs_->setCurrentIndex(static_cast<int>(index));
    return true;
}

QString MainWindow::currentPage() const {
    const int index = tabs_->currentIndex();
    return index >= 0 ? names_.at(index) : QString();
}

QWidget* MainWindow::page(const QString& name) const {
    const auto index = names_.indexOf(name);
    return index >= 0 ? tabs_->widget(static_cast<int>(index)) : nullptr;
}

void MainWindow::nextPage() {
    tabs_->setCurrentIndex((tabs_->currentIndex() + 1) % tabs_->count());
}

void MainWindow::previousPage() {
    tabs_->setCurrentIndex((tabs_->currentIndex() + tabs_->count() - 1) % tabs_->count());
}

bool MainWindow::lessonsOpen() const {
    return lessonDock_->isVisibleTo(this);
}

void MainWindow::setLessonsOpen(bool open) {
    lessonDock_->setVisible(open);
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
        auto* counting = qobject_cast<CountingPage*>(page(QStringLiteral("counting")));
        counting->showPreset(view.countingPreset, view.countingQuery);
        if (view.factorization)
            counting->choose(*view.factorization);
    }
    auto* sampling = qobject_cast<SamplingPage*>(page(QStringLiteral("sampling")));
    SamplingController* controller = sampling->controller();
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
    auto* density = qobject_cast<DensityPage*>(page(QStringLiteral("density")));
    if (view.drawing)
        density->setDrawing(*view.drawing);
    if (view.galleryDigit >= 0)
        density->loadGalleryDigit(view.galleryDigit);
    if (!view.modelsSection.isEmpty()) {
        qobject_cast<ModelsPage*>(page(QStringLiteral("models")))->showSection(view.modelsSection);
    }
    if (!view.page.isEmpty())
        showPage(view.page);
}

bool MainWindow::setLanguage(const QString& choice) {
    const QString before = language_->active();
    if (!language_->set(choice))
        return false;
    if (language_->active() != before)
        rebuildPages();
    return true;
}

void MainWindow::tell(const QString& message) {
    statusBar()->showMessage(message, 15000);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveSettings();
    event->accept();
}

} // namespace pixelchain::ui
