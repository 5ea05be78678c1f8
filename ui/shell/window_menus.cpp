// MainWindow's menus. Every action is also added to the window itself, so its shortcut keeps
// working when presentation mode hides the menu bar.
#include "ui/adapters/model_library.h"
#include "ui/adapters/sampling_controller.h"
#include "ui/pages/lessons/lesson_panel.h"
#include "ui/pages/lessons/lesson_steps.h"
#include "ui/pages/sampling/sampling_page.h"
#include "ui/shell/language.h"
#include "ui/shell/lesson_placement.h"
#include "ui/shell/main_window.h"
#include "ui/shell/presentation.h"
#include "ui/shell/shortcut_list.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
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
    QMenu* help = menuBar()->addMenu(QString());
    auto* about = new QAction(help);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About PixelChain"),
                           tr("<p><b>PixelChain %1</b></p><p>A desktop lab for autoregressive "
                              "generative models: count parameters, watch a NADE sample a digit "
                              "pixel by pixel, and score your own drawing.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    auto* keys = new QAction(help);
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    keys->setShortcut(QKeySequence::HelpContents);
    connect(keys, &QAction::triggered, this, [this] {
        QMessageBox box(this);
        box.setObjectName(QStringLiteral("shortcutsDialog"));
        box.setWindowTitle(tr("Keyboard shortcuts"));
        box.setTextFormat(Qt::RichText);
        box.setText(shortcutTable(shortcutsOf(this)));
        box.exec();
    });
    addMenuAction(help, keys);
    help->addAction(about);
    translated([help, about, keys] {
        help->setTitle(tr("&Help"));
        keys->setText(tr("&Keyboard shortcuts"));
        about->setText(tr("&About PixelChain"));
    });
}

void MainWindow::buildFileMenu() {
    QMenu* file = menuBar()->addMenu(QString());
    auto* open = new QAction(file);
    open->setObjectName(QStringLiteral("openSessionAction"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::chooseSessionToOpen);
    addMenuAction(file, open);
    auto* save = new QAction(file);
    save->setObjectName(QStringLiteral("saveSessionAction"));
    save->setShortcut(QKeySequence::Save);
    connect(save, &QAction::triggered, this, &MainWindow::chooseSessionToSave);
    addMenuAction(file, save);
    file->addSeparator();
    buildExportMenu(file);
    file->addSeparator();
    auto* model = new QAction(file);
    model->setObjectName(QStringLiteral("openModelAction"));
    connect(model, &QAction::triggered, this, &MainWindow::chooseModelToOpen);
    addMenuAction(file, model);
    file->addSeparator();
    auto* quit = new QAction(file);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    addMenuAction(file, quit);
    translated([file, open, save, model, quit] {
        file->setTitle(tr("&File"));
        open->setText(tr("&Open session…"));
        save->setText(tr("&Save session as…"));
        model->setText(tr("Open &model file…"));
        quit->setText(tr("&Quit"));
    });
}

void MainWindow::buildViewMenu() {
    QMenu* view = menuBar()->addMenu(QString());
    auto* present = new QAction(view);
    present->setObjectName(QStringLiteral("presentationAction"));
    present->setCheckable(true);
    present->setChecked(presentation_->presenting());
    present->setShortcut(QKeySequence(Qt::Key_F5));
    connect(present, &QAction::toggled, presentation_, &Presentation::setPresenting);
    addMenuAction(view, present);
    auto* full = new QAction(view);
    full->setObjectName(QStringLiteral("fullScreenAction"));
    full->setShortcut(QKeySequence(Qt::Key_F11));
    connect(full, &QAction::triggered, presentation_, &Presentation::toggleFullScreen);
    addMenuAction(view, full);
    auto* hide = new QAction(view);
    hide->setObjectName(QStringLiteral("hideControlsAction"));
    hide->setCheckable(true);
    hide->setChecked(presentation_->controlsHidden());
    hide->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(hide, &QAction::toggled, presentation_, &Presentation::setControlsHidden);
    addMenuAction(view, hide);
    view->addSeparator();

    auto* zoomIn = new QAction(view);
    zoomIn->setObjectName(QStringLiteral("zoomInAction"));
    zoomIn->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    connect(zoomIn, &QAction::triggered, presentation_, &Presentation::zoomIn);
    addMenuAction(view, zoomIn);
    auto* zoomOut = new QAction(view);
    zoomOut->setObjectName(QStringLiteral("zoomOutAction"));
    zoomOut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    connect(zoomOut, &QAction::triggered, presentation_, &Presentation::zoomOut);
    addMenuAction(view, zoomOut);
    auto* zoomReset = new QAction(view);
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(zoomReset, &QAction::triggered, presentation_, &Presentation::resetZoom);
    addMenuAction(view, zoomReset);
    view->addSeparator();

    auto* motion = new QAction(view);
    motion->setObjectName(QStringLiteral("reducedMotionAction"));
    motion->setCheckable(true);
    motion->setChecked(presentation_->reducedMotion());
    connect(motion, &QAction::toggled, presentation_, &Presentation::setReducedMotion);
    addMenuAction(view, motion);
    view->addSeparator();
    translated([view, present, full, hide, zoomIn, zoomOut, zoomReset, motion] {
        view->setTitle(tr("&View"));
        present->setText(tr("&Presentation mode"));
        full->setText(tr("&Full screen"));
        hide->setText(tr("&Hide controls"));
        zoomIn->setText(tr("Zoom &in"));
        zoomOut->setText(tr("Zoom &out"));
        zoomReset->setText(tr("&Normal size"));
        motion->setText(tr("&Reduced motion"));
        motion->setToolTip(tr("Sampling redraws at most four times a second"));
    });

    buildSamplingKeys(view);
    view->addSeparator();

    auto* next = new QAction(view);
    next->setObjectName(QStringLiteral("pageDownAction"));
    next->setShortcut(QKeySequence(Qt::Key_PageDown));
    connect(next, &QAction::triggered, this, &MainWindow::pageDown);
    addMenuAction(view, next);
    auto* previous = new QAction(view);
    previous->setObjectName(QStringLiteral("pageUpAction"));
    previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    connect(previous, &QAction::triggered, this, &MainWindow::pageUp);
    addMenuAction(view, previous);
    translated([next, previous] {
        next->setText(tr("Next page or lesson step"));
        previous->setText(tr("Previous page or lesson step"));
    });

    // Keep the checkmarks true when a session or the settings change these from elsewhere.
    connect(presentation_, &Presentation::changed, view, [this, present, hide, motion] {
        const QSignalBlocker a(present), b(hide), c(motion);
        present->setChecked(presentation_->presenting());
        hide->setChecked(presentation_->controlsHidden());
        motion->setChecked(presentation_->reducedMotion());
        menuBar()->setVisible(!presentation_->presenting());
    });
}

// Space, → and ← drive the sampler from anywhere on the Sampling page, in whichever mode it shows
// (binary or greyscale); text fields keep them for typing (Qt gives a focused editor the key
// first).
void MainWindow::buildSamplingKeys(QMenu* menu) {
    SamplingPage* page = sampling_;
    const QList<std::tuple<QString, QKeySequence, void (SamplingPage::*)()>> keys = {
        {QStringLiteral("playPauseAction"), QKeySequence(Qt::Key_Space), &SamplingPage::togglePlay},
        {QStringLiteral("stepForwardAction"), QKeySequence(Qt::Key_Right),
         &SamplingPage::stepForward},
        {QStringLiteral("stepBackAction"), QKeySequence(Qt::Key_Left), &SamplingPage::stepBack}};
    QList<QAction*> actions;
    for (const auto& [name, key, slot] : keys) {
        auto* action = new QAction(menu);
        action->setObjectName(name);
        action->setShortcut(key);
        connect(action, &QAction::triggered, page, slot);
        addMenuAction(menu, action);
        actions << action;
    }
    translated([actions] {
        actions[0]->setText(tr("Play or pause sampling"));
        actions[1]->setText(tr("Decide one more pixel"));
        actions[2]->setText(tr("Undo the last pixel"));
    });
    const auto follow = [this, actions] {
        for (QAction* action : actions)
            action->setEnabled(tabs_->currentWidget() == sampling_);
    };
    connect(tabs_, &QTabWidget::currentChanged, menu, follow);
    follow();
}

void MainWindow::buildLanguageMenu() {
    QMenu* menu = menuBar()->addMenu(QString());
    auto* group = new QActionGroup(menu);
    // Each language is named in itself, so a user lost in a foreign interface finds their own.
    const QList<QPair<QString, QString>> choices = {
        {QString(), QString()},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("ko"), QStringLiteral("한국어")}};
    QAction* system = nullptr;
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
        if (code.isEmpty())
            system = action;
    }
    translated([menu, system] {
        menu->setTitle(tr("&Language"));
        system->setText(tr("Follow the system"));
    });
}

void MainWindow::buildLessonsMenu() {
    QMenu* menu = menuBar()->addMenu(QString());
    // The lesson is a dock beside the page or a strip under it (LessonPlacement): one action opens
    // and closes it wherever it sits.
    auto* show = new QAction(menu);
    show->setObjectName(QStringLiteral("lessonPanelAction"));
    show->setCheckable(true);
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    addMenuAction(menu, show);
    connect(show, &QAction::triggered, this, &MainWindow::setLessonsOpen);
    connect(lessonPlacement_, &LessonPlacement::openChanged, show, &QAction::setChecked);
    menu->addSeparator();
    QList<QAction*> steps;
    for (int i = 0; i < lessons_->count(); ++i) {
        auto* go = new QAction(menu);
        connect(go, &QAction::triggered, this, [this, i] {
            lessonPlacement_->setOpen(true);
            lessons_->go(i);
        });
        menu->addAction(go);
        steps << go;
    }
    // The lesson panel retranslates its steps after the window (Qt reaches children last): the
    // titles are read from the steps in the new language, not from the panel.
    translated([this, menu, show, steps] {
        menu->setTitle(tr("L&essons"));
        show->setText(tr("Show the &lesson panel"));
        const QVector<LessonStep> titled = LessonSteps::all(models_);
        for (qsizetype i = 0; i < steps.size() && i < titled.size(); ++i)
            steps[i]->setText(tr("%1. %2").arg(i + 1).arg(titled[i].title));
    });
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
