#include "ui/pages/density/pixel_mode_switch.h"

#include "ui/pages/density/tab_stop_button.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QStackedWidget>

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
    // The picker takes the rest of the row, so the model's name and score read in full.
    pickers_ = new QStackedWidget(this);
    layout->addWidget(pickers_, 1);
    connect(this, &PixelModeSwitch::modeChanged, this, &PixelModeSwitch::showMode);
    retranslate();
}

void PixelModeSwitch::showMode(Mode mode) {
    const int index = mode == Mode::Greyscale ? 1 : 0;
    if (index < pickers_->count())
        pickers_->setCurrentIndex(index);
    if (!views_)
        return;
    for (int i = 0; i < views_->count(); ++i) {
        const auto policy = i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        views_->widget(i)->setSizePolicy(policy, policy);
    }
    views_->setCurrentIndex(index);
}

void PixelModeSwitch::setViews(QStackedWidget* views) {
    views_ = views;
    showMode(mode());
}

void PixelModeSwitch::setModelPickers(QWidget* binary, QWidget* grey) {
    // Each picker in a page of its own: showing the hidden controls again (presentation mode)
    // shows a picker, never the page of the other mode.
    for (QWidget* picker : {binary, grey}) {
        auto* page = new QWidget(pickers_);
        auto* row = new QHBoxLayout(page);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(picker);
        pickers_->addWidget(page);
    }
    showMode(mode());
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
