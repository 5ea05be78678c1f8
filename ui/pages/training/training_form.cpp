#include "ui/pages/training/training_form.h"

#include "ui/widgets/control_role.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>
#include <algorithm>

namespace pixelchain::ui {

namespace {

using training::FamilyKind;

const std::vector<FamilyKind> kFamilies = {FamilyKind::Independent, FamilyKind::Markov,
                                           FamilyKind::Fvsbn,       FamilyKind::Nade,
                                           FamilyKind::ClassNade,   FamilyKind::Rnade};
const QStringList kOrderings = {QStringLiteral("raster"), QStringLiteral("column"),
                                QStringLiteral("spiral"), QStringLiteral("random:7")};

QLabel* labelFor(QFormLayout* form, QWidget* field) {
    return qobject_cast<QLabel*>(form->labelForField(field));
}

} // namespace

TrainingForm::TrainingForm(QWidget* parent)
    : QWidget(parent) {
    build();
    setChoice(training::oneMinuteNade());
    retranslate();
}

void TrainingForm::build() {
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    preset_ = new QPushButton(this);
    preset_->setObjectName(QStringLiteral("oneMinuteNade"));
    column->addWidget(preset_);
    form_ = new QFormLayout;
    form_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    column->addLayout(form_);
    family_ = new QComboBox(this);
    family_->setObjectName(QStringLiteral("trainingFamily"));
    for (int i = 0; i < int(kFamilies.size()); ++i)
        family_->addItem(QString(), i);
    ordering_ = new QComboBox(this);
    ordering_->setObjectName(QStringLiteral("trainingOrdering"));
    for (const QString& name : kOrderings)
        ordering_->addItem(QString(), name);
    const auto spin = [this](const char* name, int low, int high) {
        auto* box = new QSpinBox(this);
        box->setObjectName(QString::fromLatin1(name));
        box->setRange(low, high);
        box->setGroupSeparatorShown(true);
        return box;
    };
    hidden_ = spin("trainingHidden", 1, 2000);
    order_ = spin("trainingMarkovOrder", 1, 16);
    seconds_ = spin("trainingSeconds", 0, 24 * 3600);
    epochs_ = spin("trainingEpochs", 1, 1000);
    batch_ = spin("trainingBatch", 1, 1000);
    threads_ = spin("trainingThreads", 1, std::max(1, QThread::idealThreadCount()));
    digits_ = spin("trainingDigits", 1, int(mnist::kTrainCount));
    digits_->setSingleStep(1000);
    lr_ = new QDoubleSpinBox(this);
    lr_->setObjectName(QStringLiteral("trainingLearningRate"));
    lr_->setDecimals(4);
    lr_->setRange(0.0001, 0.1);
    lr_->setSingleStep(0.0005);
    for (QWidget* field :
         std::initializer_list<QWidget*>{family_, hidden_, order_, ordering_, seconds_, epochs_,
                                         batch_, lr_, threads_, digits_})
        form_->addRow(new QLabel(this), field);
    markAsControl(this);
    connect(preset_, &QPushButton::clicked, this, &TrainingForm::chooseOneMinuteNade);
    connect(family_, &QComboBox::currentIndexChanged, this, &TrainingForm::updateEnabled);
    connect(seconds_, &QSpinBox::valueChanged, this, &TrainingForm::updateEnabled);
    for (QComboBox* box : {family_, ordering_})
        connect(box, &QComboBox::currentIndexChanged, this, &TrainingForm::changed);
    for (QSpinBox* box : {hidden_, order_, seconds_, epochs_, batch_, threads_, digits_})
        connect(box, &QSpinBox::valueChanged, this, &TrainingForm::changed);
    connect(lr_, &QDoubleSpinBox::valueChanged, this, &TrainingForm::changed);
}

void TrainingForm::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TrainingForm::retranslate() {
    preset_->setText(tr("NADE in one minute"));
    preset_->setToolTip(tr("NADE with 500 hidden units in raster order, trained for one minute"));
    const QStringList families = {
        tr("Independent pixels"),     tr("Markov chain, order m"), tr("FVSBN"), tr("NADE"),
        tr("Class-conditional NADE"), tr("RNADE (grey digits)")};
    for (int i = 0; i < family_->count(); ++i)
        family_->setItemText(i, families[i]);
    const QStringList orderings = {tr("raster"), tr("column"), tr("spiral"), tr("random")};
    for (int i = 0; i < ordering_->count(); ++i)
        ordering_->setItemText(i, orderings[i]);
    seconds_->setSpecialValueText(tr("no limit"));
    seconds_->setSuffix(tr(" s"));
    const std::vector<std::pair<QWidget*, QString>> labels = {
        {family_, tr("&Model")},        {hidden_, tr("Hidden units &H")},
        {order_, tr("Markov order m")}, {ordering_, tr("&Ordering")},
        {seconds_, tr("Time &budget")}, {epochs_, tr("&Epochs")},
        {batch_, tr("Minibatch")},      {lr_, tr("&Learning rate")},
        {threads_, tr("&Threads")},     {digits_, tr("Training &digits")}};
    for (const auto& [field, text] : labels)
        if (QLabel* label = labelFor(form_, field)) {
            label->setText(text);
            label->setBuddy(field);
        }
}

void TrainingForm::updateEnabled() {
    const FamilyKind kind = kFamilies[std::size_t(family_->currentData().toInt())];
    const bool gradient = training::trainsByGradient(kind);
    const bool hidden =
        kind == FamilyKind::Nade || kind == FamilyKind::ClassNade || kind == FamilyKind::Rnade;
    hidden_->setEnabled(hidden);
    ordering_->setEnabled(hidden);
    order_->setEnabled(kind == FamilyKind::Markov);
    for (QWidget* w : std::initializer_list<QWidget*>{seconds_, batch_, lr_})
        w->setEnabled(gradient);
    epochs_->setEnabled(gradient && seconds_->value() == 0);
}

training::TrainingPreset TrainingForm::choice() const {
    training::TrainingPreset p = base_;
    p.family.kind = kFamilies[std::size_t(family_->currentData().toInt())];
    p.family.hidden = hidden_->value();
    p.family.markovOrder = order_->value();
    p.family.ordering = Ordering::parse(ordering_->currentData().toString().toStdString());
    p.settings.seconds = seconds_->value();
    // With a budget the clock ends the run and the schedule follows it, as --seconds does.
    p.settings.epochs = seconds_->value() > 0 ? 100000 : epochs_->value();
    p.settings.stepSchedule = seconds_->value() > 0 || base_.settings.stepSchedule;
    p.settings.batch = batch_->value();
    p.settings.lr = lr_->value();
    p.settings.threads = threads_->value();
    p.settings.limit = std::size_t(digits_->value());
    return p;
}

void TrainingForm::setChoice(const training::TrainingPreset& preset) {
    base_ = preset;
    const auto kind = std::find(kFamilies.begin(), kFamilies.end(), preset.family.kind);
    family_->setCurrentIndex(int(kind - kFamilies.begin()));
    hidden_->setValue(preset.family.hidden);
    order_->setValue(preset.family.markovOrder);
    const int ordering = ordering_->findData(QString::fromStdString(preset.family.ordering.name()));
    ordering_->setCurrentIndex(std::max(ordering, 0));
    seconds_->setValue(int(preset.settings.seconds));
    epochs_->setValue(
        preset.settings.seconds > 0 ? 10 : std::min(preset.settings.epochs, epochs_->maximum()));
    batch_->setValue(preset.settings.batch);
    lr_->setValue(preset.settings.lr);
    threads_->setValue(std::min(preset.settings.threads, threads_->maximum()));
    digits_->setValue(digits_->maximum()); // every digit the data holds
    updateEnabled();
}

void TrainingForm::setAvailableDigits(std::size_t count) {
    const bool all = digits_->value() == digits_->maximum();
    digits_->setMaximum(int(std::max<std::size_t>(count, 1)));
    if (all)
        digits_->setValue(digits_->maximum());
}

void TrainingForm::chooseOneMinuteNade() {
    setChoice(training::oneMinuteNade());
    Q_EMIT changed();
}

} // namespace pixelchain::ui
