#include "ui/pages/sampling/sampling_controls.h"

#include "ui/pages/sampling/label_picker.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>
#include <limits>

namespace pixelchain::ui {

SamplingControls::SamplingControls(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildTransport());
    layout->addWidget(buildSettings());
    // A row of its own, shown only for a model that knows labels: it fits a laptop's width.
    label_ = new LabelPicker(this);
    label_->setObjectName(QStringLiteral("labelPicker"));
    layout->addWidget(label_);
    connect(label_, &LabelPicker::labelChosen, this, &SamplingControls::labelChosen);
    retranslate();
}

QPushButton* SamplingControls::makeButton(const char* name, int icon) {
    auto* button =
        new QPushButton(style()->standardIcon(QStyle::StandardPixmap(icon)), QString(), this);
    button->setObjectName(QString::fromLatin1(name));
    button->setIconSize(QSize(24, 24));
    return button;
}

QWidget* SamplingControls::buildTransport() {
    auto* row = new QWidget(this);
    back_ = makeButton("stepBackButton", QStyle::SP_MediaSeekBackward);
    play_ = makeButton("playButton", QStyle::SP_MediaPlay);
    forward_ = makeButton("stepForwardButton", QStyle::SP_MediaSeekForward);
    finish_ = makeButton("finishButton", QStyle::SP_MediaSkipForward);
    scrubber_ = new QSlider(Qt::Horizontal, row);
    scrubber_->setObjectName(QStringLiteral("scrubber"));
    scrubber_->setRange(0, kPixels);
    scrubber_->setPageStep(kSide);
    newSample_ = makeButton("newSampleButton", QStyle::SP_BrowserReload);
    position_ = new QLabel(row);
    position_->setObjectName(QStringLiteral("positionLabel"));

    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QPushButton* button : {back_, play_, forward_, finish_, newSample_})
        layout->addWidget(button);
    layout->addWidget(scrubber_, 1);
    layout->addWidget(position_);

    connect(play_, &QPushButton::clicked, this, &SamplingControls::playToggled);
    connect(back_, &QPushButton::clicked, this, &SamplingControls::stepBackClicked);
    connect(forward_, &QPushButton::clicked, this, &SamplingControls::stepForwardClicked);
    connect(finish_, &QPushButton::clicked, this, &SamplingControls::finishClicked);
    connect(scrubber_, &QSlider::valueChanged, this, &SamplingControls::scrubbed);
    return row;
}

QWidget* SamplingControls::buildSettings() {
    auto* row = new QWidget(this);
    speed_ = new QComboBox(row);
    speed_->setObjectName(QStringLiteral("speedCombo"));
    for (const SamplingSpeed speed :
         {SamplingSpeed::OnePerSecond, SamplingSpeed::FourPerSecond,
          SamplingSpeed::SixteenPerSecond, SamplingSpeed::SixtyPerSecond,
          SamplingSpeed::TwoHundredFortyPerSecond, SamplingSpeed::RowAtATime,
          SamplingSpeed::Instant})
        speed_->addItem(QString(), int(speed));
    speed_->setCurrentIndex(speed_->findData(int(SamplingSpeed::SixtyPerSecond)));
    seed_ = new QSpinBox(row);
    seed_->setObjectName(QStringLiteral("seedSpin"));
    seed_->setRange(0, std::numeric_limits<int>::max());
    seed_->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("2147483647")) + 40);
    seed_->setMaximumWidth(seed_->minimumWidth());
    temperature_ = new QDoubleSpinBox(row);
    temperature_->setObjectName(QStringLiteral("temperatureSpin"));
    temperature_->setRange(0, 3);
    temperature_->setSingleStep(0.1);
    temperature_->setDecimals(2);

    auto* layout = new QHBoxLayout(row);
    settings_ = layout;
    layout->setContentsMargins(0, 0, 0, 0);
    speedLabel_ = new QLabel(row);
    seedLabel_ = new QLabel(row);
    temperatureLabel_ = new QLabel(row);
    speedLabel_->setBuddy(speed_);
    seedLabel_->setBuddy(seed_);
    temperatureLabel_->setBuddy(temperature_);
    layout->addWidget(speedLabel_);
    layout->addWidget(speed_);
    layout->addSpacing(12);
    layout->addWidget(seedLabel_);
    layout->addWidget(seed_);
    layout->addSpacing(12);
    layout->addWidget(temperatureLabel_);
    layout->addWidget(temperature_);
    layout->addStretch(1);

    connect(speed_, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT speedChosen(speed()); });
    connect(seed_, &QSpinBox::valueChanged, this,
            [this](int value) { Q_EMIT seedChosen(static_cast<std::uint64_t>(value)); });
    connect(temperature_, &QDoubleSpinBox::valueChanged, this,
            &SamplingControls::temperatureChosen);
    connect(newSample_, &QPushButton::clicked, this, &SamplingControls::newSampleClicked);
    return row;
}

void SamplingControls::retranslate() {
    back_->setText(tr("Back"));
    back_->setToolTip(tr("Undo the last pixel (←)"));
    play_->setText(playing_ ? tr("Pause") : tr("Play"));
    // Space, → and ← are the window's shortcuts (they work wherever the focus is on this page).
    play_->setToolTip(tr("Play or pause (Space)"));
    forward_->setText(tr("Step"));
    forward_->setToolTip(tr("Decide one more pixel (→)"));
    finish_->setText(tr("Finish"));
    finish_->setToolTip(tr("Decide every remaining pixel at once"));
    scrubber_->setToolTip(tr("Pixels decided so far; drag to go back and forth"));
    newSample_->setText(tr("New sample"));
    newSample_->setToolTip(tr("The next seed: a new digit, drawn from the start"));
    position_->setMinimumWidth(
        fontMetrics().horizontalAdvance(tr("%1 / %2").arg(kPixels).arg(kPixels)) + 8);
    position_->setText(tr("%1 / %2").arg(scrubber_->value()).arg(kPixels));
    const QStringList speeds = {tr("1 pixel/s"),   tr("4 pixels/s"),   tr("16 pixels/s"),
                                tr("60 pixels/s"), tr("240 pixels/s"), tr("A row at a time"),
                                tr("Instant")};
    for (int i = 0; i < speeds.size(); ++i)
        speed_->setItemText(i, speeds[i]);
    seed_->setToolTip(tr("The same seed draws the same digit, every time"));
    const bool greedy = temperature_->minimum() == 0;
    temperature_->setSpecialValueText(greedy ? tr("0 (greedy)") : QString());
    temperature_->setToolTip(
        greedy ? tr("At 1 the samples follow the model; lower is bolder, higher is noisier; "
                    "at 0 each pixel takes its more likely value")
               : tr("At 1 the samples follow the model; lower narrows every Gaussian and "
                    "favours the heavier components, higher is noisier"));
    speedLabel_->setText(tr("Speed"));
    seedLabel_->setText(tr("Seed"));
    temperatureLabel_->setText(tr("Temperature"));
    // A screen reader names each setting as the label beside it does.
    speed_->setAccessibleName(tr("Speed"));
    seed_->setAccessibleName(tr("Seed"));
    temperature_->setAccessibleName(tr("Temperature"));
    scrubber_->setAccessibleName(tr("Pixels decided"));
    scrubber_->setAccessibleDescription(tr("Pixels decided so far; drag to go back and forth"));
}

SamplingSpeed SamplingControls::speed() const {
    return static_cast<SamplingSpeed>(speed_->currentData().toInt());
}

void SamplingControls::setTemperatureRange(double minimum, double maximum) {
    const QSignalBlocker block(temperature_);
    temperature_->setRange(minimum, maximum);
    retranslate();
}

void SamplingControls::addSetting(QWidget* widget) {
    // The row ends in a stretch: the new widget goes before it and takes the room instead.
    const int end = settings_->count() - 1;
    settings_->setStretch(end, 0);
    settings_->insertSpacing(end, 12);
    settings_->insertWidget(end + 1, widget, 1);
}

void SamplingControls::showState(const SamplingController& controller) {
    showState(State{controller.step(), controller.isPlaying(), controller.seed(),
                    controller.temperature(), controller.classes(), controller.label()});
}

void SamplingControls::showState(const State& state) {
    const QSignalBlocker blockScrubber(scrubber_);
    const QSignalBlocker blockSeed(seed_);
    const QSignalBlocker blockTemperature(temperature_);
    const int decided = state.decided;
    scrubber_->setValue(decided);
    position_->setText(tr("%1 / %2").arg(decided).arg(kPixels));
    seed_->setValue(static_cast<int>(state.seed));
    temperature_->setValue(state.temperature);
    label_->setClasses(state.classes);
    label_->setLabel(state.label);
    const bool playing = state.playing;
    playing_ = playing;
    play_->setText(playing ? tr("Pause") : tr("Play"));
    play_->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    back_->setEnabled(decided > 0);
    forward_->setEnabled(decided < kPixels);
    finish_->setEnabled(decided < kPixels);
}

void SamplingControls::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pixelchain::ui
