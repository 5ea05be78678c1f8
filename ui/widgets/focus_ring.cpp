#include "ui/widgets/focus_ring.h"

#include <QApplication>
#include <QFocusEvent>
#include <QPainter>

namespace pixelchain::ui {

namespace {

/// Focus that the keyboard moved: the ring shows. Any other reason (a click, a program) hides it,
/// except that coming back to the window or closing a popup leaves it as it was.
bool byKeyboard(Qt::FocusReason reason) {
    return reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason ||
           reason == Qt::ShortcutFocusReason;
}

bool keepsTheRing(Qt::FocusReason reason) {
    return reason == Qt::ActiveWindowFocusReason || reason == Qt::PopupFocusReason;
}

/// The gap between the widget and the ring, so the ring never covers the widget's own frame.
constexpr int kGap = 1;

} // namespace

FocusRing::FocusRing(QWidget* window)
    : QWidget(window) {
    setObjectName(QStringLiteral("focusRing"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    hide();
    qApp->installEventFilter(this);
}

QWidget* FocusRing::target() const {
    return isVisible() ? target_.data() : nullptr;
}

bool FocusRing::eventFilter(QObject* watched, QEvent* event) {
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || widget == this)
        return false;
    switch (event->type()) {
    case QEvent::FocusIn:
        if (widget->window() == parentWidget())
            focusReached(widget, static_cast<QFocusEvent*>(event)->reason());
        break;
    case QEvent::Move:
    case QEvent::Resize:
    case QEvent::Show:
    case QEvent::Hide:
        // The target or one of its parents moved: the ring moves with it.
        if (target_ && (widget == target_ || widget->isAncestorOf(target_)))
            place();
        break;
    default:
        break;
    }
    return false;
}

void FocusRing::focusReached(QWidget* widget, Qt::FocusReason reason) {
    if (keepsTheRing(reason) && widget == target_)
        return;
    target_ = byKeyboard(reason) ? widget : nullptr;
    place();
}

void FocusRing::place() {
    QWidget* window = parentWidget();
    if (!target_ || !target_->isVisibleTo(window)) {
        hide();
        return;
    }
    const QRect inner(target_->mapTo(window, QPoint(0, 0)), target_->size());
    const QRect hole = inner.adjusted(-kGap, -kGap, kGap, kGap);
    const int out = kGap + kWidth;
    const QRect outer = inner.adjusted(-out, -out, out, out) & window->rect();
    if (outer.isEmpty()) {
        hide();
        return;
    }
    setGeometry(outer);
    setMask(QRegion(rect()) - QRegion(hole.translated(-outer.topLeft())));
    show();
    raise();
    update();
}

void FocusRing::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Highlight));
}

} // namespace pixelchain::ui
