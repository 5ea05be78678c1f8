#include "ui/pages/density/pixel_mode_switch.h"

#include "ui/pages/density/tab_stop_button.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>

namespace pixelchain::ui {

PixelModeSwitch::PixelModeSwitch(QWidget* parent)
    : QWidget(parent)
    , caption_(new QLabel(this))
    , binary_(new TabStopButton<QRadioButton>(this))
    , grey_(new TabStopButton<QRadioButton>(this)) {
    binary_->setObjectName(QStringLiteral("binaryPixelsMode"));
    grey_->setObjectName(QStringLiteral("greyPixelsMode"));
    QFont bold = caption_->font();
    bold.setBold(true);
    for (QWidget* part : {static_cast<QWidget*>(caption_), static_cast<QWidget*>(binary_),
                          static_cast<QWidget*>(grey_)})
        part->setFont(bold);
    auto* group = new QButtonGroup(this);
    group->addButton(binary_);
    group->addButton(grey_);
    binary_->setChecked(true);
    connect(grey_, &QRadioButton::toggled, this,
            [this](bool on) { Q_EMIT modeChanged(on ? Mode::Greyscale : Mode::Binary); });

    auto* layout = new QHBoxLayout(this);
    const QMargins margins = layout->contentsMargins(); // the page's columns line up under it
    layout->setContentsMargins(margins.left(), margins.top() / 2, margins.right(), 0);
    layout->addWidget(caption_);
    layout->addWidget(binary_);
    layout->addWidget(grey_);
    layout->addStretch(1);
    retranslate();
}

void PixelModeSwitch::retranslate() {
    caption_->setText(tr("Pixels:"));
    binary_->setText(tr("Binary pixels"));
    binary_->setToolTip(tr("Black-and-white drawings, scored by the models of binary digits."));
    grey_->setText(tr("Greyscale pixels (RNADE)"));
    grey_->setToolTip(grey_->isEnabled()
                          ? tr("Grey drawings with a soft brush, scored by a density over "
                               "grey values.")
                          : tr("Unavailable: no greyscale model is loaded."));
}

PixelModeSwitch::Mode PixelModeSwitch::mode() const {
    return grey_->isChecked() ? Mode::Greyscale : Mode::Binary;
}

void PixelModeSwitch::setMode(Mode mode) {
    if (mode == Mode::Greyscale && grey_->isEnabled())
        grey_->setChecked(true);
    else
        binary_->setChecked(true);
}

void PixelModeSwitch::setGreyscaleAvailable(bool available) {
    if (!available)
        binary_->setChecked(true);
    grey_->setEnabled(available);
    retranslate();
}

bool PixelModeSwitch::greyscaleAvailable() const {
    return grey_->isEnabled();
}

void PixelModeSwitch::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pixelchain::ui
