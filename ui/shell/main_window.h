#pragma once
// The application window: one tab per page (counting, sampling, density, models, training), the
// lesson panel (in a dock beside the page, or a caption strip under it: LessonPlacement), the menus
// (File, View, Language, Lessons, Help) and the settings that come back at the next start. Pages
// are created by the shell and know nothing of each other; the shell moves the app between views
// (lesson steps, sessions) through the pages' public setters.
//
// A language switch keeps every page: Language installs the translators, Qt sends each widget a
// LanguageChange event, and each widget sets its own texts again (the window retranslates its
// title, tabs and menus). Drawings, models, seeds and lesson steps stay exactly as they were.
#include "core/session/session.h"

#include <QMainWindow>
#include <QStringList>
#include <functional>
#include <vector>

class QDockWidget;
class QMenu;
class QTabWidget;

namespace pixelchain::ui {

class CountingPage;
class DensityPage;
class Language;
class LessonPanel;
class LessonPlacement;
class ModelLibrary;
class GreyModelLibrary;
class ModelsPage;
class Presentation;
class SamplingPage;
class TrainingPage;
struct ViewRequest;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Machine names of the pages, in tab order: "counting", "sampling", "density", "models",
    /// "training".
    /// Only the command line (--page), the settings and session files speak of pages by name.
    static QStringList pageNames();

    /// Shows the page with that machine name; returns false for an unknown name.
    bool showPage(const QString& name);
    /// Machine name of the page on screen.
    QString currentPage() const;
    /// The page with that machine name (nullptr for an unknown name). Checks that walk every page
    /// (the classroom fit test) ask pageNames() and this, so a new page is covered once it is a
    /// tab.
    QWidget* page(const QString& name) const;
    CountingPage* countingPage() const { return counting_; }
    SamplingPage* samplingPage() const { return sampling_; }
    DensityPage* densityPage() const { return density_; }
    ModelsPage* modelsPage() const { return modelsPage_; }
    TrainingPage* trainingPage() const { return training_; }
    /// Moves to the next or previous page (PageDown / PageUp without a lesson open).
    void nextPage();
    void previousPage();

    /// The models the pages share.
    ModelLibrary* models() const { return models_; }
    /// The models of greyscale digits (the pages' greyscale modes).
    GreyModelLibrary* greyModels() const { return greyModels_; }
    Presentation* presentation() const { return presentation_; }
    Language* language() const { return language_; }
    LessonPanel* lessons() const { return lessons_; }
    /// Where the open lesson sits: beside the page or in a strip under it.
    LessonPlacement* lessonPlacement() const { return lessonPlacement_; }
    bool lessonsOpen() const;
    /// Opens the lesson (on the view of its current step) or closes it.
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
    void changeEvent(QEvent* event) override;

private:
    void buildPages();
    void buildLessonPanel();
    void retranslate();
    /// Runs `setTexts` now and again after every language switch.
    void translated(std::function<void()> setTexts);
    void buildMenus();
    void buildFileMenu();
    void buildExportMenu(QMenu* file);
    void buildViewMenu();
    void buildSamplingKeys(QMenu* menu);
    void buildLanguageMenu();
    void buildLessonsMenu();
    void addMenuAction(QMenu* menu, QAction* action);
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
    CountingPage* counting_ = nullptr;
    SamplingPage* sampling_ = nullptr;
    DensityPage* density_ = nullptr;
    ModelsPage* modelsPage_ = nullptr;
    TrainingPage* training_ = nullptr;
    ModelLibrary* models_ = nullptr;
    GreyModelLibrary* greyModels_ = nullptr;
    Presentation* presentation_ = nullptr;
    Language* language_ = nullptr;
    QDockWidget* lessonDock_ = nullptr;
    QWidget* lessonStrip_ = nullptr;
    LessonPanel* lessons_ = nullptr;
    LessonPlacement* lessonPlacement_ = nullptr;
    /// What sets the menus' and actions' texts, in the order they were built.
    std::vector<std::function<void()>> texts_;
};

} // namespace pixelchain::ui
