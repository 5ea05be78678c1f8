#pragma once
// TrainingPage: watch a model learn, live in class. The teacher picks a family (or the one-click
// "NADE in one minute"), starts, pauses, resumes, stops and keeps, or cancels; the curve, the
// samples, the log p of a test digit and the hidden units follow the weights as they change. A
// kept model is measured on the test digits, saved in the user's data folder with the command
// that reproduces it, and appears at once in every page's model list.
//
// The page owns no numbers: core trains and measures on a TrainingJob's thread, the page draws
// what comes back.
#include "ui/adapters/training_data.h"
#include "ui/pages/training/training_run.h"

#include <QWidget>
#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace pixelchain::ui {

class DataSource;
class GreyModelLibrary;
class KeptModels;
class LivePanel;
class ModelLibrary;
class TrainingForm;
class TrainingJob;

class TrainingPage : public QWidget {
    Q_OBJECT
public:
    TrainingPage(ModelLibrary* models, GreyModelLibrary* greyModels, QWidget* parent = nullptr);
    ~TrainingPage() override;

    /// Sets the form to a named preset (kOneMinuteNadePreset, view_request.h); false for an
    /// unknown name or while a run goes on.
    bool showPreset(const QString& name);

    /// Trains on `data` from now on (the digits otherwise come from data/mnist or the built-in
    /// subset, loaded when the page is made).
    void setTrainingData(TrainingData data);
    bool dataReady() const;

    bool running() const;
    /// Closing the window mid-run: asks whether to cancel the run; true when nothing runs or the
    /// user agreed (the run is then cancelled, and every model kept before stays kept).
    bool confirmClose();

    TrainingForm* form() const { return form_; }
    TrainingJob* job() const { return job_; }
    LivePanel* live() const { return live_; }
    KeptModels* kept() const { return kept_; }
    QString status() const;

Q_SIGNALS:
    /// A trained model was saved and added to its library.
    void modelKept(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildControls();
    void retranslate();
    void updateButtons();
    void showData();
    /// The status line, said again in a new language.
    void setStatus(std::function<QString()> text);
    void start();
    void togglePause();
    void chooseFolder();
    void onProgress(const TrainingPoint& point);
    void onFinished(const TrainingOutcome& outcome);
    void updateReferences();

    ModelLibrary* models_;
    GreyModelLibrary* greyModels_;
    DataSource* data_;
    TrainingJob* job_;
    TrainingForm* form_ = nullptr;
    LivePanel* live_ = nullptr;
    KeptModels* kept_ = nullptr;
    QTabWidget* views_ = nullptr;
    QLabel* heading_ = nullptr;
    QLabel* dataLabel_ = nullptr;
    QPushButton* folder_ = nullptr;
    QPushButton* start_ = nullptr;
    QPushButton* pause_ = nullptr;
    QPushButton* keep_ = nullptr;
    QPushButton* cancel_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* timeLeft_ = nullptr;
    QLabel* status_ = nullptr;
    std::function<QString()> statusText_;
};

} // namespace pixelchain::ui
