#include "ui/widgets/adaptive_row.h"

#include <QBoxLayout>
#include <QResizeEvent>
#include <algorithm>

namespace pixelchain::ui {

AdaptiveRow::AdaptiveRow(int breakpoint, QWidget* parent)
    : QWidget(parent)
    , breakpoint_(breakpoint)
    , layout_(new QBoxLayout(QBoxLayout::LeftToRight, this)) {
    layout_->setContentsMargins(0, 0, 0, 0);
}

void AdaptiveRow::addWidget(QWidget* widget, int stretch) {
    layout_->addWidget(widget, stacked() ? 0 : stretch);
    stretches_.append(stretch);
}

bool AdaptiveRow::stacked() const {
    return layout_->direction() == QBoxLayout::TopToBottom;
}

void AdaptiveRow::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    follow(event->size().width());
}

void AdaptiveRow::follow(int width) {
    const auto direction = width < breakpoint_ ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
    if (layout_->direction() == direction)
        return;
    layout_->setDirection(direction);
    // Stacked, each widget takes the height it asks for; side by side, the stretch factors rule.
    for (int k = 0; k < layout_->count(); ++k)
        layout_->setStretch(k, stacked() ? 0 : stretches_.value(k));
    holdHeights();
}

bool AdaptiveRow::event(QEvent* event) {
    // A child asked for a new size (a table got rows): stacked, its height follows.
    if (event->type() == QEvent::LayoutRequest)
        holdHeights();
    return QWidget::event(event);
}

void AdaptiveRow::holdHeights() {
    // Stacked in a scroll area, a widget would be squeezed to its minimum; it keeps the height it
    // asks for instead and the area scrolls. Side by side, the original minimums come back.
    for (int k = 0; k < layout_->count(); ++k) {
        QWidget* w = layout_->itemAt(k)->widget();
        if (!w)
            continue;
        if (!minimums_.contains(w))
            minimums_.insert(w, w->minimumHeight());
        const int wanted =
            stacked() ? std::max(minimums_[w], w->sizeHint().height()) : minimums_[w];
        if (w->minimumHeight() != wanted)
            w->setMinimumHeight(wanted);
    }
}

} // namespace pixelchain::ui
