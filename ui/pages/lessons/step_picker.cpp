#include "ui/pages/lessons/step_picker.h"

#include <QStyleOptionComboBox>
#include <QStylePainter>

namespace pixelchain::ui {

StepPicker::StepPicker(QWidget* parent)
    : QComboBox(parent) {}

QString StepPicker::face() const {
    return currentIndex() < 0 ? QString()
                              : QStringLiteral("%1/%2").arg(currentIndex() + 1).arg(count());
}

// As wide as the widest face ("10/10"), whatever the steps are called.
QSize StepPicker::sizeHint() const {
    QStyleOptionComboBox option;
    initStyleOption(&option);
    const QString widest = QStringLiteral("%1/%1").arg(count());
    const QSize text(fontMetrics().horizontalAdvance(widest), fontMetrics().height());
    return style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, this);
}

QSize StepPicker::minimumSizeHint() const {
    return sizeHint();
}

void StepPicker::paintEvent(QPaintEvent*) {
    QStylePainter painter(this);
    QStyleOptionComboBox option;
    initStyleOption(&option);
    option.currentText = face();
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

} // namespace pixelchain::ui
