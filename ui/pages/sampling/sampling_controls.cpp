#include "ui/pages/sampling/sampling_controls.h"

#include <QComboBox>
#include <QDoubleSpinBox>
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
}

QPushButton* SamplingControls::makeButton(const char* name, const QString& text, int icon) {
    auto* button = new QPushButton(style()->standardIcon(QStyle::StandardPixmap(icon)), text, this);
    button->setObjectName(QString::fromLatin1(name));
    button->setIconSize(QSize(24, 24));
    return button;
}

QWidget* SamplingControls::buildTransport() {
    auto* row = new QWidget(this);
    back_ = makeButton("stepBackButton", tr("Back"), QStyle::SP_MediaSeekBackward);
    back_->setToolTip(tr("Undo the last pixel (←)"));
    play_ = makeButton("playButton", tr("Play"), QStyle::SP_MediaPlay);
    // Space, → and ← are the window's shortcuts (they work wherever the focus is on this page).
    play_->setToolTip(tr("Play or pause (Space)"));
    forward_ = makeButton("stepForwardButton", tr("Step"), QStyle::SP_MediaSeekForward);
    forward_->setToolTip(tr("Decide one more pixel (→)"));
    finish_ = makeButton("finishButton", tr("Finish"), QStyle::SP_MediaSkipForward);
    finish_->setToolTip(tr("Decide every remaining pixel at once"));
    scrubber_ = new QSlider(Qt::Horizontal, row);
    scrubber_->setObjectName(QStringLiteral("scrubber"));
    scrubber_->setRange(0, kPixels);
    scrubber_->setPageStep(kSide);
    scrubber_->setToolTip(tr("Pixels decided so far; drag to go back and forth"));
    newSample_ = makeButton("newSampleButton", tr("New sample"), QStyle::SP_BrowserReload);
    newSample_->setToolTip(tr("The next seed: a new digit, drawn from the start"));
    position_ = new QLabel(row);
    position_->setObjectName(QStringLiteral("positionLabel"));
    position_->setMinimumWidth(
        fontMetrics().horizontalAdvance(tr("%1 / %2").arg(kPixels).arg(kPixels)) + 8);

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
    speed_->addItem(tr("1 pixel/s"), int(SamplingSpeed::OnePerSecond));
    speed_->addItem(tr("4 pixels/s"), int(SamplingSpeed::FourPerSecond));
    speed_->addItem(tr("16 pixels/s"), int(SamplingSpeed::SixteenPerSecond));
    speed_->addItem(tr("60 pixels/s"), int(SamplingSpeed::SixtyPerSecond));
    speed_->addItem(tr("240 pixels/s"), int(SamplingSpeed::TwoHundredFortyPerSecond));
    speed_->addItem(tr("A row at a time"), int(SamplingSpeed::RowAtATime));
    speed_->addItem(tr("Instant"), int(SamplingSpeed::Instant));
    speed_->setCurrentIndex(speed_->findData(int(SamplingSpeed::SixtyPerSecond)));
    seed_ = new QSpinBox(row);
    seed_->setObjectName(QStringLiteral("seedSpin"));
    seed_->setRange(0, std::numeric_limits<int>::max());
    seed_->setToolTip(tr("The same seed draws the same digit, every time"));
    seed_->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("2147483647")) + 40);
    seed_->setMaximumWidth(seed_->minimumWidth());
    temperature_ = new QDoubleSpinBox(row);
    temperature_->setObjectName(QStringLiteral("temperatureSpin"));
    temperature_->setRange(0, 3);
    temperature_->setSingleStep(0.1);
    temperature_->setDecimals(2);
    temperature_->setSpecialValueText(tr("0 (greedy)"));
    temperature_->setToolTip(
        tr("At 1 the samples follow the model; lower is bolder, higher is noisier; "
           "at 0 each pixel takes its more likely value"));

    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Speed"), row));
    layout->addWidget(speed_);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("Seed"), row));
    layout->addWidget(seed_);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("Temperature"), row));
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

SamplingSpeed SamplingControls::speed() const {
    return static_cast<SamplingSpeed>(speed_->currentData().toInt());
}

void SamplingControls::showState(const SamplingController& controller) {
    const QSignalBlocker blockScrubber(scrubber_);
    const QSignalBlocker blockSeed(seed_);
    const QSignalBlocker blockTemperature(temperature_);
    const int decided = controller.step();
    scrubber_->setValue(decided);
    position_->setText(tr("%1 / %2").arg(decided).arg(kPixels));
    seed_->setValue(static_cast<int>(controller.seed()));
    temperature_->setValue(controller.temperature());
    const bool playing = controller.isPlaying();
    play_->setText(playing ? tr("Pause") : tr("Play"));
    play_->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    back_->setEnabled(decided > 0);
    forward_->setEnabled(decided < kPixels);
    finish_->setEnabled(decided < kPixels);
}

} // namespace pixelchain::ui
