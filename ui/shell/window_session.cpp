// MainWindow's sessions and settings: capturing what the user made, restoring it from a session
// file or at the next start.
#include "ui/adapters/model_library.h"
#include "ui/adapters/sampling_controller.h"
#include "ui/adapters/view_request.h"
#include "ui/pages/counting/counting_page.h"
#include "ui/pages/density/density_page.h"
#include "ui/pages/lessons/lesson_panel.h"
#include "ui/pages/sampling/sampling_page.h"
#include "ui/shell/language.h"
#include "ui/shell/lesson_placement.h"
#include "ui/shell/main_window.h"
#include "ui/shell/presentation.h"

#include <QSettings>

namespace pixelchain::ui {

namespace {
constexpr char kGeometryKey[] = "window/geometry";
constexpr char kStateKey[] = "window/state";
constexpr char kSessionKey[] = "session";
} // namespace

session::Session MainWindow::captureSession() const {
    session::Session s;
    s.page = currentPage().toStdString();
    if (const ModelEntry* entry = models_->current())
        s.model = entry->id.toStdString();
    const counting::CountQuery query = counting_->query();
    s.counting = {counting_->presetName().toStdString(), query.variables, query.states,
                  query.markovOrder, query.hidden};
    const SamplingController* sampler = sampling_->controller();
    s.sampling = {sampler->seed(), sampler->temperature(), sampler->step()};
    s.drawing = density_->drawing();
    s.settings.language = language_->choice().toStdString();
    s.settings.presentation = presentation_->presenting();
    s.settings.controlsHidden = presentation_->controlsHidden();
    s.settings.reducedMotion = presentation_->reducedMotion();
    s.settings.zoom = presentation_->zoom();
    s.lesson = lessonsOpen() ? lessons_->current() : -1;
    return s;
}

void MainWindow::restoreSession(const session::Session& s) {
    setLanguage(QString::fromStdString(s.settings.language));
    presentation_->setZoom(s.settings.zoom);
    presentation_->setReducedMotion(s.settings.reducedMotion);
    presentation_->setControlsHidden(s.settings.controlsHidden);
    presentation_->setPresenting(s.settings.presentation);

    ViewRequest view;
    view.page = QString::fromStdString(s.page);
    view.model = QString::fromStdString(s.model);
    view.countingPreset = QString::fromStdString(s.counting.preset);
    view.countingQuery = {s.counting.variables, s.counting.states, s.counting.markovOrder,
                          s.counting.hidden};
    view.seed = s.sampling.seed;
    view.temperature = s.sampling.temperature;
    view.samplingStep = s.sampling.step;
    view.drawing = s.drawing;
    applyView(view);

    if (s.lesson >= 0)
        lessons_->showStep(s.lesson);
    lessonPlacement_->setOpen(s.lesson >= 0);
}

bool MainWindow::saveSessionFile(const QString& path, QString* error) {
    try {
        session::saveSession(path.toStdString(), captureSession());
        return true;
    } catch (const std::exception& e) {
        if (error)
            *error =
                tr("Could not save the session to %1: %2").arg(path, QString::fromUtf8(e.what()));
        return false;
    }
}

bool MainWindow::openSessionFile(const QString& path, QString* error) {
    session::Session s;
    try {
        s = session::loadSession(path.toStdString());
    } catch (const std::exception& e) {
        if (error)
            *error = tr("Could not open the session %1: %2").arg(path, QString::fromUtf8(e.what()));
        return false;
    }
    // Refuse the whole file before anything changes: a session must name a page we have.
    if (!pageNames().contains(QString::fromStdString(s.page))) {
        if (error)
            *error = tr("Could not open the session %1: it names an unknown page “%2”.")
                         .arg(path, QString::fromStdString(s.page));
        return false;
    }
    restoreSession(s);
    return true;
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState());
    try {
        session::Session s = captureSession();
        s.settings.presentation = false; // the next start opens in a window
        settings.setValue(QLatin1String(kSessionKey),
                          QString::fromStdString(session::writeSession(s)));
    } catch (const std::exception&) {
        settings.remove(QLatin1String(kSessionKey));
    }
}

void MainWindow::restoreSettings() {
    QSettings settings;
    restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray());
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray());
    // The saved state may show the lesson's dock: the lesson is where the placement puts it.
    lessonPlacement_->setOpen(lessonPlacement_->isOpen());
    const QString text = settings.value(QLatin1String(kSessionKey)).toString();
    if (text.isEmpty())
        return;
    try {
        session::Session s = session::parseSession(text.toStdString());
        s.settings.presentation = false;
        if (pageNames().contains(QString::fromStdString(s.page)))
            restoreSession(s);
    } catch (const std::exception&) {
        // Settings from another version: start fresh rather than half-restored.
    }
}

} // namespace pixelchain::ui
