#include "ui/pages/training/training_page.h"

#include "ui/adapters/grey_model_library.h"
#include "ui/adapters/model_library.h"
#include "ui/adapters/published_results.h"
#include "ui/adapters/view_request.h"
#include "ui/pages/training/data_source.h"
#include "ui/pages/training/kept_models.h"
#include "ui/pages/training/live_panel.h"
#include "ui/pages/training/training_form.h"
#include "ui/pages/training/training_job.h"
#include "ui/widgets/control_role.h"
#include "ui/widgets/heading.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <cmath>

namespace pixelchain::ui {

namespace {

/// "1:05": minutes and seconds.
QString minutesAndSeconds(double seconds) {
    const long total = std::lround(std::max(seconds, 0.0));
    return QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

/// Images between the interim reports that draw the curve: a few points a second for a NADE on
/// the full set, every minibatch for a tiny run.
std::size_t reportEvery(const training::TrainSettings& s) {
    return std::max<std::size_t>(std::size_t(s.batch), std::min<std::size_t>(s.limit / 4, 2000));
}

constexpr std::size_t kInterimValidation = 500;
constexpr int kControlsWidth = 330;

} // namespace

TrainingPage::TrainingPage(ModelLibrary* models, GreyModelLibrary* greyModels, QWidget* parent)
    : QWidget(parent)
    , models_(models)
    , greyModels_(greyModels)
    , data_(new DataSource(this))
    , job_(new TrainingJob(this)) {
    live_ = new LivePanel(this);
    kept_ = new KeptModels(models, greyModels, this);
    views_ = new QTabWidget(this);
    views_->setObjectName(QStringLiteral("trainingViews"));
    views_->addTab(live_, QString());
    views_->addTab(kept_, QString());
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(buildControls());
    layout->addWidget(views_, 1);
    connect(data_, &DataSource::changed, this, &TrainingPage::showData);
    connect(data_, &DataSource::loadingStarted, this, &TrainingPage::showData);
    connect(job_, &TrainingJob::progressed, this, &TrainingPage::onProgress);
    connect(job_, &TrainingJob::viewsReady, live_, &LivePanel::showViews);
    connect(job_, &TrainingJob::pausedChanged, this, &TrainingPage::updateButtons);
    connect(job_, &TrainingJob::finished, this, &TrainingPage::onFinished);
    if (models_)
        connect(models_, &ModelLibrary::entriesChanged, this, &TrainingPage::updateReferences);
    connect(form_, &TrainingForm::changed, this, &TrainingPage::updateReferences);
    setStatus([] { return tr("Choose a model and press Start."); });
    retranslate();
    updateReferences();
    data_->load(defaultMnistFolder());
}

TrainingPage::~TrainingPage() = default;

QWidget* TrainingPage::buildControls() {
    auto* controls = new QWidget(this);
    controls->setObjectName(QStringLiteral("trainingControls"));
    controls->setFixedWidth(kControlsWidth);
    heading_ = makeHeading(QString(), controls);
    form_ = new TrainingForm(controls);
    dataLabel_ = new QLabel(controls);
    dataLabel_->setObjectName(QStringLiteral("trainingData"));
    dataLabel_->setWordWrap(true);
    folder_ = new QPushButton(controls);
    folder_->setObjectName(QStringLiteral("trainingDataFolder"));
    const auto button = [controls](const char* name) {
        auto* b = new QPushButton(controls);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    start_ = button("trainingStart");
    pause_ = button("trainingPause");
    keep_ = button("trainingStopKeep");
    cancel_ = button("trainingCancel");
    progress_ = new QProgressBar(controls);
    progress_->setObjectName(QStringLiteral("trainingProgress"));
    progress_->setRange(0, 1000);
    progress_->setTextVisible(false);
    timeLeft_ = new QLabel(controls);
    timeLeft_->setObjectName(QStringLiteral("trainingTimeLeft"));
    status_ = new QLabel(controls);
    status_->setObjectName(QStringLiteral("trainingStatus"));
    status_->setWordWrap(true);
    auto* buttons = new QGridLayout;
    buttons->addWidget(start_, 0, 0);
    buttons->addWidget(pause_, 0, 1);
    buttons->addWidget(keep_, 1, 0);
    buttons->addWidget(cancel_, 1, 1);
    auto* column = new QVBoxLayout(controls);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(heading_);
    column->addWidget(form_);
    column->addWidget(dataLabel_);
    column->addWidget(folder_, 0, Qt::AlignLeft);
    column->addLayout(buttons);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(progress_, 1);
    progressRow->addWidget(timeLeft_);
    column->addLayout(progressRow);
    column->addWidget(status_);
    column->addStretch(1);
    for (QWidget* w : std::initializer_list<QWidget*>{folder_, start_, pause_, keep_, cancel_})
        markAsControl(w);
    connect(start_, &QPushButton::clicked, this, &TrainingPage::start);
    connect(pause_, &QPushButton::clicked, this, &TrainingPage::togglePause);
    connect(keep_, &QPushButton::clicked, this, [this] {
        job_->stop(true);
        setStatus([] { return tr("Stopping; the best weights so far will be kept…"); });
    });
    connect(cancel_, &QPushButton::clicked, this, [this] {
        job_->stop(false);
        setStatus([] { return tr("Cancelling; nothing of this run will be kept…"); });
    });
    connect(folder_, &QPushButton::clicked, this, &TrainingPage::chooseFolder);
    return controls;
}

void TrainingPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TrainingPage::retranslate() {
    heading_->setText(tr("Train a model"));
    folder_->setText(tr("Choose the MNIST &folder…"));
    start_->setText(tr("&Start"));
    keep_->setText(tr("Stop and &keep"));
    cancel_->setText(tr("Ca&ncel"));
    views_->setTabText(views_->indexOf(live_), tr("Learning live"));
    views_->setTabText(views_->indexOf(kept_), tr("Kept models"));
    showData();
    updateButtons();
    if (statusText_)
        status_->setText(statusText_());
}

void TrainingPage::setStatus(std::function<QString()> text) {
    statusText_ = std::move(text);
    status_->setText(statusText_());
}

QString TrainingPage::status() const {
    return status_->text();
}

void TrainingPage::updateButtons() {
    const bool running = job_->running();
    start_->setEnabled(!running && data_->ready());
    pause_->setEnabled(running);
    keep_->setEnabled(running);
    cancel_->setEnabled(running);
    pause_->setText(job_->paused() ? tr("&Resume") : tr("&Pause"));
    form_->setEnabled(!running);
    folder_->setEnabled(!running);
    if (running && job_->paused())
        setStatus([] { return tr("Paused. The clock of the time budget is stopped too."); });
}

void TrainingPage::showData() {
    const TrainingData& d = data_->data();
    QString text;
    if (data_->loading() || (!d.mnist && data_->problem().isEmpty()))
        text = tr("Loading the digits…");
    else if (!d.mnist)
        text = tr("No digits to train on: %1").arg(data_->problem());
    else if (d.fullSet)
        text = tr("Data: the full MNIST from %1: %2 training digits and %3 held-out ones.")
                   .arg(QDir::toNativeSeparators(d.folder),
                        QLocale().toString(qulonglong(d.trainingCount())),
                        QLocale().toString(qulonglong(mnist::kValidationCount)));
    else
        text = tr("Data: the compact subset built into the app, %1 training digits and %2 "
                  "held-out ones.")
                   .arg(QLocale().toString(qulonglong(d.trainingCount())),
                        QLocale().toString(qulonglong(mnist::kValidationCount)));
    if (!data_->problem().isEmpty() && d.mnist)
        text += QLatin1Char(' ') + tr("(The folder was not used: %1)").arg(data_->problem());
    dataLabel_->setText(text);
    if (d.mnist)
        form_->setAvailableDigits(d.trainingCount());
    updateButtons();
}

void TrainingPage::setTrainingData(TrainingData data) {
    data_->setData(std::move(data));
}

bool TrainingPage::dataReady() const {
    return data_->ready();
}

bool TrainingPage::running() const {
    return job_->running();
}

bool TrainingPage::showPreset(const QString& name) {
    if (name != QLatin1String(kOneMinuteNadePreset) || running())
        return false;
    form_->chooseOneMinuteNade();
    return true;
}

void TrainingPage::chooseFolder() {
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("The folder with the four MNIST files"), defaultMnistFolder());
    if (!folder.isEmpty())
        data_->load(folder);
}

void TrainingPage::start() {
    if (!data_->ready() || job_->running())
        return;
    TrainingRequest request;
    const training::TrainingPreset choice = form_->choice();
    request.family = choice.family;
    request.settings = choice.settings;
    request.settings.limit = std::min(request.settings.limit, data_->data().trainingCount());
    request.settings.reportEvery = reportEvery(request.settings);
    request.settings.interimValidation = kInterimValidation;
    request.data = data_->data().mnist;
    request.fullSet = data_->data().fullSet;
    live_->clear();
    updateReferences();
    progress_->setValue(0);
    timeLeft_->clear();
    if (!job_->start(request))
        return;
    setStatus([] { return tr("Training…"); });
    updateButtons();
}

void TrainingPage::togglePause() {
    if (job_->paused()) {
        job_->resume();
        setStatus([] { return tr("Training…"); });
    } else {
        job_->pause();
    }
}

void TrainingPage::onProgress(const TrainingPoint& point) {
    live_->addPoint(point);
    progress_->setValue(int(std::lround(point.fraction * progress_->maximum())));
    timeLeft_->setText(tr("%1 left").arg(minutesAndSeconds(point.report.secondsLeft)));
}

void TrainingPage::onFinished(const TrainingOutcome& outcome) {
    updateButtons();
    timeLeft_->clear();
    if (outcome.end == TrainingOutcome::End::Cancelled) {
        setStatus([] { return tr("Cancelled: nothing of this run was kept."); });
        return;
    }
    if (outcome.end == TrainingOutcome::End::Failed) {
        setStatus([m = outcome.message] { return tr("Training failed: %1").arg(m); });
        return;
    }
    progress_->setValue(progress_->maximum());
    QString refusal;
    const auto refused = [&refusal](const QString& message) { refusal = message; };
    const QMetaObject::Connection c =
        outcome.grey ? connect(greyModels_, &GreyModelLibrary::loadFailed, this, refused)
                     : connect(models_, &ModelLibrary::loadFailed, this, refused);
    const bool added = outcome.grey ? greyModels_->addUserModel(outcome.path)
                                    : models_->addUserModel(outcome.path);
    disconnect(c);
    if (!added) {
        setStatus([refusal] {
            return tr("The model was saved but could not be read back: %1").arg(refusal);
        });
        return;
    }
    setStatus([m = outcome.message] { return tr("Kept, and in every model list: %1").arg(m); });
    Q_EMIT modelKept(outcome.id);
}

void TrainingPage::updateReferences() {
    double shipped = std::nan(""), published = std::nan("");
    if (models_)
        for (const ModelEntry& entry : models_->entries())
            if (entry.id == ModelLibrary::defaultModelId())
                shipped = entry.testNll;
    for (const PublishedResult& result : PublishedResults::all())
        if (result.name == PublishedResults::tr("NADE"))
            published = result.nll;
    const bool grey = training::modelsGrey(form_->choice().family.kind);
    live_->setReferences(grey ? std::nan("") : shipped, grey ? std::nan("") : published);
}

bool TrainingPage::confirmClose() {
    if (!running())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Training is running"),
        tr("A model is being trained. Quit and cancel the run? Models kept earlier stay in "
           "your data folder."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    job_->stop(false);
    job_->wait();
    return true;
}

} // namespace pixelchain::ui
