#include "window_fit.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QLabel>
#include <QScrollBar>
#include <QTabBar>
#include <QToolButton>
#include <QWidget>

namespace shelltest {
namespace {

QString describe(const QRect& r) {
    return QStringLiteral("%1×%2 at (%3, %4)").arg(r.width()).arg(r.height()).arg(r.x()).arg(r.y());
}

QString describe(const QSize& s) {
    return QStringLiteral("%1×%2").arg(s.width()).arg(s.height());
}

/// Visible to the window and with an area: the widgets a person could see.
bool shown(const QWidget* widget, const QWidget* window) {
    return widget->isVisibleTo(window) && !widget->size().isEmpty();
}

/// The part of `widget` that its ancestors leave visible, in window coordinates.
QRect visiblePart(const QWidget* widget, const QWidget* window) {
    QRect part(widget->mapTo(window, QPoint(0, 0)), widget->size());
    for (const QWidget* a = widget->parentWidget(); a && a != window; a = a->parentWidget())
        part &= QRect(a->mapTo(window, QPoint(0, 0)), a->size());
    return part & window->rect();
}

void judgeScrolling(const QWidget* window, QStringList& problems) {
    for (const QScrollBar* bar : window->findChildren<QScrollBar*>())
        if (shown(bar, window))
            problems << QStringLiteral("scroll bar visible: %1 (range %2)")
                            .arg(widgetPath(bar))
                            .arg(bar->maximum() - bar->minimum());
    for (const QAbstractScrollArea* area : window->findChildren<QAbstractScrollArea*>()) {
        if (!shown(area, window))
            continue;
        for (const QScrollBar* bar : {area->horizontalScrollBar(), area->verticalScrollBar()})
            if (!bar->isVisible() && bar->maximum() > bar->minimum())
                problems << QStringLiteral("content hidden behind a switched-off scroll bar: %1 "
                                           "(%2 px)")
                                .arg(widgetPath(area))
                                .arg(bar->maximum() - bar->minimum());
    }
    for (const QTabBar* tabs : window->findChildren<QTabBar*>()) {
        if (!shown(tabs, window))
            continue;
        for (const QToolButton* arrow : tabs->findChildren<QToolButton*>())
            if (arrow->isVisibleTo(window))
                problems << QStringLiteral("tab bar scrolls its tabs: %1").arg(widgetPath(tabs));
        for (int i = 0; i < tabs->count(); ++i) {
            const QRect tab = tabs->tabRect(i);
            const int text = tabs->fontMetrics().horizontalAdvance(tabs->tabText(i));
            if (tab.width() < text || !tabs->rect().contains(tab))
                problems << QStringLiteral("tab “%1” cut: %2 px for %3 px of text in %4")
                                .arg(tabs->tabText(i))
                                .arg(tab.width())
                                .arg(text)
                                .arg(widgetPath(tabs));
        }
    }
}

void judgeSize(const QWidget* widget, QStringList& problems) {
    // A spin box sizes its own line edit inside its frame: the spin box itself is judged.
    if (qobject_cast<const QAbstractSpinBox*>(widget->parentWidget()))
        return;
    const QSize hint = widget->minimumSizeHint();
    if (!hint.isValid())
        return;
    const QSizePolicy policy = widget->sizePolicy();
    const bool wideEnough = widget->width() >= hint.width() || widget->minimumWidth() > 0 ||
                            policy.horizontalPolicy() == QSizePolicy::Ignored;
    const bool tallEnough = widget->height() >= hint.height() || widget->minimumHeight() > 0 ||
                            policy.verticalPolicy() == QSizePolicy::Ignored ||
                            widget->hasHeightForWidth();
    if (!wideEnough || !tallEnough)
        problems << QStringLiteral("smaller than its minimum size hint %1: %2 is %3")
                        .arg(describe(hint), widgetPath(widget), describe(widget->size()));
}

void judgeLabel(const QLabel* label, QStringList& problems) {
    if (label->text().isEmpty())
        return;
    const int width = label->width();
    if (label->wordWrap()) {
        const int needed = label->heightForWidth(width);
        if (label->height() < needed)
            problems << QStringLiteral(
                            "text cut: %1 is %2 px tall, its text needs %3 at %4 px wide")
                            .arg(widgetPath(label))
                            .arg(label->height())
                            .arg(needed)
                            .arg(width);
        return;
    }
    const QSize needed = label->sizeHint();
    if (width < needed.width() || label->height() < needed.height())
        problems << QStringLiteral("text cut: %1 is %2, its text needs %3")
                        .arg(widgetPath(label), describe(label->size()), describe(needed));
}

void judgeChart(const QGraphicsView* view, QStringList& problems) {
    if (!view->scene())
        return;
    const QRectF seen =
        view->mapToScene(view->viewport()->rect()).boundingRect().adjusted(-1, -1, 1, 1);
    for (const QGraphicsItem* item : view->scene()->items()) {
        const auto* text = dynamic_cast<const QGraphicsTextItem*>(item);
        if (!text || !text->isVisible())
            continue;
        const QString plain = text->toPlainText();
        if (plain.trimmed().isEmpty())
            continue;
        if (plain.endsWith(QChar(0x2026)) || plain.endsWith(QStringLiteral("...")))
            problems << QStringLiteral("chart text cut: “%1” in %2").arg(plain, widgetPath(view));
        else if (!seen.contains(text->sceneBoundingRect()))
            problems << QStringLiteral("chart text outside the view: “%1” in %2")
                            .arg(plain, widgetPath(view));
    }
}

QList<QTabBar*> visibleTabBars(QWidget* page) {
    QList<QTabBar*> bars;
    for (QTabBar* bar : page->findChildren<QTabBar*>())
        if (bar->isVisible() && bar->count() > 1)
            bars << bar;
    return bars;
}

} // namespace

void forEveryTab(QWidget* page, const std::function<void()>& settle,
                 const std::function<void(const QString& tab)>& look) {
    look(QString());
    const auto bars = visibleTabBars(page);
    for (QTabBar* bar : bars) {
        const int start = bar->currentIndex();
        for (int i = 0; i < bar->count(); ++i) {
            if (i == start || !bar->isTabEnabled(i))
                continue;
            bar->setCurrentIndex(i);
            settle();
            const QString tab = bar->tabText(i);
            look(tab);
            for (QTabBar* inner : visibleTabBars(page)) {
                if (bars.contains(inner))
                    continue;
                for (int j = 0; j < inner->count(); ++j) {
                    inner->setCurrentIndex(j);
                    settle();
                    look(tab + QStringLiteral(" ▸ ") + inner->tabText(j));
                }
                inner->setCurrentIndex(0);
            }
        }
        bar->setCurrentIndex(start);
        settle();
    }
}

QString widgetPath(const QWidget* widget) {
    QStringList parts;
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        const QString name = w->objectName();
        if (!name.isEmpty() && !name.startsWith(QLatin1String("qt_")))
            parts.prepend(name);
        else if (w == widget)
            parts.prepend(QString::fromLatin1(w->metaObject()->className()));
        if (w->isWindow())
            break;
    }
    if (widget->objectName().isEmpty())
        parts.last() = QString::fromLatin1(widget->metaObject()->className());
    return parts.join(QLatin1Char('/'));
}

FitReport judgeFit(QWidget* window, QSize asked) {
    FitReport report;
    QStringList& problems = report.problems;
    if (window->size() != asked)
        problems << QStringLiteral("window is %1, not the %2 asked for (its minimum: %3)")
                        .arg(describe(window->size()), describe(asked),
                             describe(window->minimumSizeHint()));
    judgeScrolling(window, problems);
    for (const QWidget* widget : window->findChildren<QWidget*>()) {
        if (widget->isWindow() || !shown(widget, window))
            continue;
        const QRect whole(widget->mapTo(window, QPoint(0, 0)), widget->size());
        const QRect part = visiblePart(widget, window);
        if (part != whole)
            problems << QStringLiteral("clipped: %1 is %2, only %3 visible")
                            .arg(widgetPath(widget), describe(whole), describe(part));
        judgeSize(widget, problems);
        if (const auto* label = qobject_cast<const QLabel*>(widget))
            judgeLabel(label, problems);
        if (const auto* view = qobject_cast<const QGraphicsView*>(widget))
            judgeChart(view, problems);
    }
    problems.removeDuplicates();
    return report;
}

} // namespace shelltest
