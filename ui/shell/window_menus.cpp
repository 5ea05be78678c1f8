// MainWindow's menus. Every action is also added to the window itself, so its shortcut keeps
// working when presentation mode hides the menu bar.
#include "ui/adapters/model_library.h"
#include "ui/adapters/sampling_controller.h"
#include "ui/pages/lessons/lesson_panel.h"
#include "ui/pages/sampling/sampling_page.h"
#include "ui/shell/language.h"
#include "ui/shell/main_window.h"
#include "ui/shell/presentation.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <tuple>

namespace pixelchain::ui {

namespace {

QString sessionFilter() {
    return MainWindow::tr("PixelChain sessions (*.pixelchain);;All files (*)");
}

QString documentsFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

void MainWindow::addMenuAction(QMenu* menu, QAction* action) {
    menu->addAction(action);
    addAction(action);
}

void MainWindow::buildMenus() {
    buildFileMenu();
    buildViewMenu();
    buildLanguageMenu();
    buildLessonsMenu();
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    auto* about = new QAction(tr("&About PixelChain"), help);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About PixelChain"),
                           tr("<p><b>PixelChain %1</b></p><p>A desktop lab for autoregressive "
                              "generative models: count parameters, watch a NADE sample a digit "
                              "pixel by pixel, and score your own drawing.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    help->addAction(about);
}

void MainWindow::buildFileMenu() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    auto* open = new QAction(tr("&Open session…"), file);
    open->setObjectName(QStringLiteral("openSessionAction"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::chooseSessionToOpen);
    addMenuAction(file, open);
    auto* save = new QAction(tr("&Save session as…"), file);
    save->setObjectName(QStringLiteral("saveSessionAction"));
    save->setShortcut(QKeySequence::Save);
    connect(save, &QAction::triggered, this, &MainWindow::chooseSessionToSave);
    addMenuAction(file, save);
    file->addSeparator();
    buildExportMenu(file);
    file->addSeparator();
    auto* model = new QAction(tr("Open &model file…"), file);
    model->setObjectName(QStringLiteral("openModelAction"));
    connect(model, &QAction::triggered, this, &MainWindow::chooseModelToOpen);
    addMenuAction(file, model);
    file->addSeparator();
    auto* quit = new QAction(tr("&Quit"), file);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    addMenuAction(file, quit);
}

void MainWindow::buildViewMenu() {
    QMenu* view = menuBar()->addMenu(tr("&View"));
    auto* present = new QAction(tr("&Presentation mode"), view);
    present->setObjectName(QStringLiteral("presentationAction"));
    present->setCheckable(true);
    present->setChecked(presentation_->presenting());
    present->setShortcut(QKeySequence(Qt::Key_F5));
    connect(present, &QAction::toggled, presentation_, &Presentation::setPresenting);
    addMenuAction(view, present);
    auto* full = new QAction(tr("&Full screen"), view);
    full->setObjectName(QStringLiteral("fullScreenAction"));
    full->setShortcut(QKeySequence(Qt::Key_F11));
    connect(full, &QAction::triggered, presentation_, &Presentation::toggleFullScreen);
    addMenuAction(view, full);
    auto* hide = new QAction(tr("&Hide controls"), view);
    hide->setObjectName(QStringLiteral("hideControlsAction"));
    hide->setCheckable(true);
    hide->setChecked(presentation_->controlsHidden());
    hide->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(hide, &QAction::toggled, presentation_, &Presentation::setControlsHidden);
    addMenuAction(view, hide);
    view->addSeparator();

    auto* zoomIn = new QAction(tr("Zoom &in"), view);
    zoomIn->setObjectName(QStringLiteral("zoomInAction"));
    zoomIn->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    connect(zoomIn, &QAction::triggered, presentation_, &Presentation::zoomIn);
    addMenuAction(view, zoomIn);
    auto* zoomOut = new QAction(tr("Zoom &out"), view);
    zoomOut->setObjectName(QStringLiteral("zoomOutAction"));
    zoomOut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    connect(zoomOut, &QAction::triggered, presentation_, &Presentation::zoomOut);
    addMenuAction(view, zoomOut);
    auto* zoomReset = new QAction(tr("&Normal size"), view);
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(zoomReset, &QAction::triggered, presentation_, &Presentation::resetZoom);
    addMenuAction(view, zoomReset);
    view->addSeparator();

    auto* motion = new QAction(tr("&Reduced motion"), view);
    motion->setObjectName(QStringLiteral("reducedMotionAction"));
    motion->setCheckable(true);
    motion->setChecked(presentation_->reducedMotion());
    motion->setToolTip(tr("Sampling redraws at most four times a second"));
    connect(motion, &QAction::toggled, presentation_, &Presentation::setReducedMotion);
    addMenuAction(view, motion);
    view->addSeparator();

    buildSamplingKeys(view);
    view->addSeparator();

    auto* next = new QAction(tr("Next page or lesson step"), view);
    next->setObjectName(QStringLiteral("pageDownAction"));
    next->setShortcut(QKeySequence(Qt::Key_PageDown));
    connect(next, &QAction::triggered, this, &MainWindow::pageDown);
    addMenuAction(view, next);
    auto* previous = new QAction(tr("Previous page or lesson step"), view);
    previous->setObjectName(QStringLiteral("pageUpAction"));
    previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    connect(previous, &QAction::triggered, this, &MainWindow::pageUp);
    addMenuAction(view, previous);

    // Keep the checkmarks true when a session or the settings change these from elsewhere.
    connect(presentation_, &Presentation::changed, view, [this, present, hide, motion] {
        const QSignalBlocker a(present), b(hide), c(motion);
        present->setChecked(presentation_->presenting());
        hide->setChecked(presentation_->controlsHidden());
        motion->setChecked(presentation_->reducedMotion());
        menuBar()->setVisible(!presentation_->presenting());
    });
}

// Space, → and ← drive the sampler from anywhere on the Sampling page; text fields keep them
// for typing (Qt gives a focused editor the key first).
void MainWindow::buildSamplingKeys(QMenu* menu) {
    auto* sampling = qobject_cast<SamplingPage*>(page(QStringLiteral("sampling")));
    SamplingController* controller = sampling->controller();
    const QList<std::tuple<QString, QString, QKeySequence, void (SamplingController::*)()>> keys = {
        {QStringLiteral("playPauseAction"), tr("Play or pause sampling"),
         QKeySequence(Qt::Key_Space), &SamplingController::togglePlay},
        {QStringLiteral("stepForwardAction"), tr("Decide one more pixel"),
         QKeySequence(Qt::Key_Right), &SamplingController::stepForward},
        {QStringLiteral("stepBackAction"), tr("Undo the last pixel"), QKeySequence(Qt::Key_Left),
         &SamplingController::stepBack}};
    QList<QAction*> actions;
    for (const auto& [name, text, key, slot] : keys) {
        auto* action = new QAction(text, menu);
        action->setObjectName(name);
        action->setShortcut(key);
        connect(action, &QAction::triggered, controller, slot);
        addMenuAction(menu, action);
        actions << action;
    }
    const auto follow = [this, actions] {
        for (QAction* action : actions)
            action->setEnabled(currentPage() == QLatin1String("sampling"));
    };
    connect(tabs_, &QTabWidget::currentChanged, menu, follow);
    follow();
}

void MainWindow::buildLanguageMenu() {
    QMenu* menu = menuBar()->addMenu(tr("&Language"));
    auto* group = new QActionGroup(menu);
    const QList<QPair<QString, QString>> choices = {
        {QString(), tr("Follow the system")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("ko"), QStringLiteral("한국어")}};
    for (const auto& [code, name] : choices) {
        auto* action = new QAction(name, menu);
        action->setObjectName(QStringLiteral("language_") +
                              (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(language_->choice() == code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            if (!setLanguage(code))
                tell(tr("That translation could not be loaded; the language stays as it was."));
        });
        menu->addAction(action);
    }
}

void MainWindow::buildLessonsMenu() {
    QMenu* menu = menuBar()->addMenu(tr("L&essons"));
    auto* show = lessonDock_->toggleViewAction();
    show->setText(tr("Show the &lesson panel"));
    show->setObjectName(QStringLiteral("lessonPanelAction"));
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    addMenuAction(menu, show);
    connect(show, &QAction::triggered, this, [this](bool open) {
        if (open)
            applyView(lessons_->step(lessons_->current()).view);
    });
    menu->addSeparator();
    for (int i = 0; i < lessons_->count(); ++i) {
        auto* go = new QAction(tr("%1. %2").arg(i + 1).arg(lessons_->step(i).title), menu);
        connect(go, &QAction::triggered, this, [this, i] {
            lessonDock_->show();
            lessons_->go(i);
        });
        menu->addAction(go);
    }
}

void MainWindow::chooseSessionToOpen() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open session"), documentsFolder(), sessionFilter());
    if (path.isEmpty())
        return;
    QString error;
    if (!openSessionFile(path, &error))
        QMessageBox::warning(this, tr("Open session"), error);
}

void MainWindow::chooseSessionToSave() {
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save session"), documentsFolder(), sessionFilter());
    if (path.isEmpty())
        return;
    if (!path.contains(QLatin1Char('.')))
        path += QStringLiteral(".pixelchain");
    QString error;
    if (saveSessionFile(path, &error))
        tell(tr("Saved the session to %1").arg(path));
    else
        QMessageBox::warning(this, tr("Save session"), error);
}

void MainWindow::chooseModelToOpen() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open model"), documentsFolder(),
                                     tr("Model files (*.safetensors);;All files (*)"));
    if (!path.isEmpty() && models_->loadFile(path))
        tell(tr("Loaded %1").arg(models_->current()->title));
}

} // namespace pixelchain::ui
