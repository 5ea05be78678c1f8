#pragma once
// The application window: one tab per page (counting, sampling, density, models), the lesson panel
// in a dock, the menus (File, View, Language, Lessons, Help) and the settings that come back at the
// next start. Pages are created by the shell and know nothing of each other; the shell moves the
// app between views (lesson steps, sessions) through the pages' public setters.
//
// A language switch rebuilds the pages in the new language: the shell captures the session (page,
// model, preset, seed, step, drawing), builds the pages again and restores it, so nothing the user
// made is lost.
#include "core/session/session.h"
#include "ui/pages/lessons/view_request.h"

#include <QMainWindow>
#include <QStringList>

class QDockWidget;
class QMenu;
class QTabWidget;

namespace pixelchain::ui {

class Language;
class LessonPanel;
class ModelLibrary;
class Presentation;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Machine names of the pages, in tab order: "counting", "sampling", "density", "models".
    static QStringList pageNames();

    /// Shows the page with that machine name; returns false for an unknown name.
    bool showPage(const QString& name);
    /// Machine name of the page on screen.
    QString currentPage() const;
    /// The page widget with that machine name, or nullptr.
    QWidget* page(const QString& name) const;
    /// Moves to the next or previous page (PageDown / PageUp without a lesson open).
    void nextPage();
    void previousPage();

    /// The models the pages share.
    ModelLibrary* models() const { return models_; }
    Presentation* presentation() const { return presentation_; }
    Language* language() const { return language_; }
    LessonPanel* lessons() const { return lessons_; }
    bool lessonsOpen() const;
    void setLessonsOpen(bool open);

    /// Puts the app into a view; empty fields keep what is shown.
    void applyView(const ViewRequest& view);
    /// Switches the interface language ("" follows the system); false if it cannot be loaded.
    bool setLanguage(const QString& choice);

    /// What the user made and where the app is, as a session file stores it.
    session::Session captureSession() const;
    /// Restores a session captured or read earlier (settings included).
    void restoreSession(const session::Session& session);
    /// Writes / reads a session file; on failure returns false with a message for the user, and
    /// the app (or the file on disk) keeps its previous state.
    bool saveSessionFile(const QString& path, QString* error);
    bool openSessionFile(const QString& path, QString* error);

    /// Window geometry, the language and the view settings, kept with QSettings.
    void saveSettings() const;
    void restoreSettings();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildPages();
    void rebuildPages();
    void buildMenus();
    void buildFileMenu();
    void buildExportMenu(QMenu* file);
    void buildViewMenu();
    void buildSamplingKeys(QMenu* menu);
    void buildLanguageMenu();
    void buildLessonsMenu();
    void addMenuAction(QMenu* menu, QAction* action);
    void retranslateMenus();
    void chooseSessionToOpen();
    void chooseSessionToSave();
    void chooseModelToOpen();
    void exportView(const QString& format);
    void exportSamplingGif();
    void exportConditionalsCsv();
    void pageDown();
    void pageUp();
    void tell(const QString& message);

    QTabWidget* tabs_ = nullptr;
    ModelLibrary* models_ = nullptr;
    Presentation* presentation_ = nullptr;
    Language* language_ = nullptr;
    QDockWidget* lessonDock_ = nullptr;
    LessonPanel* lessons_ = nullptr;
    QStringList names_;
};

} // namespace pixelchain::ui
