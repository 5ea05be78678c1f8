#include "ui/pages/sampling/label_picker.h"

#include "core/models/class_conditional.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>
#include <algorithm>

namespace pixelchain::ui {
namespace {

/// A toggle button of the row. While it has the focus it takes ←, → and Space for itself (moving
/// and picking the choice) instead of letting the window's sampling shortcuts have them.
class LabelButton : public QToolButton {
public:
    explicit LabelButton(QWidget* parent)
        : QToolButton(parent) {
        setCheckable(true);
        setFocusPolicy(Qt::StrongFocus);
        setToolButtonStyle(Qt::ToolButtonTextOnly);
        // The chosen digit is bold as well as pressed: not told by shade alone.
        connect(this, &QToolButton::toggled, this, [this](bool on) {
            QFont bold = font();
            bold.setBold(on);
            setFont(bold);
        });
    }

protected:
    bool event(QEvent* event) override {
        if (event->type() == QEvent::ShortcutOverride) {
            auto* key = static_cast<QKeyEvent*>(event);
            const bool ours = key->key() == Qt::Key_Left || key->key() == Qt::Key_Right ||
                              key->key() == Qt::Key_Space;
            if (ours && key->modifiers() == Qt::NoModifier) {
                event->accept();
                return true;
            }
        }
        return QToolButton::event(event);
    }
};

/// The button id of a label: 0 for "any", 1 + y for digit y.
int idOf(int label) {
    return label < 0 ? 0 : label + 1;
}

} // namespace

LabelPicker::LabelPicker(QWidget* parent)
    : QWidget(parent)
    , caption_(new QLabel(this))
    , meaning_(new QLabel(this))
    , group_(new QButtonGroup(this)) {
    group_->setExclusive(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(caption_);
    layout->addSpacing(6);
    for (int label = kAny; label < kDigitClasses; ++label) {
        auto* button = new LabelButton(this);
        button->setObjectName(label < 0 ? QStringLiteral("labelAny")
                                        : QStringLiteral("label%1").arg(label));
        if (label >= 0)
            button->setText(QString::number(label));
        // Wide enough to hit easily, also on a touch screen.
        button->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00")) + 14);
        group_->addButton(button, idOf(label));
        layout->addWidget(button);
    }
    meaning_->setObjectName(QStringLiteral("labelMeaning"));
    meaning_->setTextFormat(Qt::RichText);
    layout->addSpacing(12);
    layout->addWidget(meaning_, 1);
    button(kAny)->setChecked(true);
    caption_->setBuddy(button(kAny));
    connect(group_, &QButtonGroup::idClicked, this, [this](int id) { choose(id - 1); });
    setClasses(0);
    retranslate();
}

void LabelPicker::retranslate() {
    caption_->setText(tr("&Digit y"));
    setToolTip(tr("Choose a digit and the model draws one: it samples p(x | y). "
                  "“any” samples p(x) = Σ<sub>y</sub> p(y) p(x | y)."));
    button(kAny)->setText(tr("any"));
    button(kAny)->setToolTip(tr("Any digit: sample p(x) = Σ<sub>y</sub> p(y) p(x | y)"));
    for (int label = 0; label < kDigitClasses; ++label)
        button(label)->setToolTip(tr("Draw a %1: sample p(x | y = %1)").arg(label));
    showMeaning();
}

void LabelPicker::showMeaning() {
    meaning_->setText(label_ < 0 ? tr("sampling p(x) = Σ<sub>y</sub> p(y) p(x | y)")
                                 : tr("sampling p(x | y = %1)").arg(label_));
}

QToolButton* LabelPicker::button(int label) const {
    return static_cast<QToolButton*>(group_->button(idOf(label)));
}

void LabelPicker::setClasses(int classes) {
    classes_ = std::clamp(classes, 0, kDigitClasses);
    for (int label = 0; label < kDigitClasses; ++label)
        button(label)->setVisible(label < classes_);
    setVisible(classes_ > 0);
}

void LabelPicker::setLabel(int label) {
    label_ = label >= 0 && label < kDigitClasses ? label : kAny;
    QToolButton* chosen = button(label_);
    chosen->setChecked(true);
    caption_->setBuddy(chosen);
    showMeaning();
}

void LabelPicker::choose(int label) {
    if (label >= classes_)
        return;
    // A click on the chosen button, or a digit key for it, leaves the sample as it is.
    const bool changed = label != label_;
    setLabel(label);
    if (changed)
        Q_EMIT labelChosen(label_);
}

void LabelPicker::keyPressEvent(QKeyEvent* event) {
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9 && event->modifiers() == Qt::NoModifier) {
        const int label = key - Qt::Key_0;
        choose(label);
        if (QToolButton* b = button(label); b->isVisible())
            b->setFocus(Qt::OtherFocusReason);
        return;
    }
    QWidget::keyPressEvent(event);
}

void LabelPicker::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pixelchain::ui
