#include "ui/shell/lesson_placement.h"

#include "ui/pages/lessons/lesson_panel.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QLayout>
#include <QMainWindow>
#include <QScopedValueRollback>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <algorithm>
#include <cmath>

namespace pixelchain::ui {

LessonPlacement::LessonPlacement(QMainWindow* window, QTabWidget* pages, QDockWidget* dock,
                                 QWidget* strip, LessonPanel* panel)
    : QObject(window)
    , window_(window)
    , pages_(pages)
    , dock_(dock)
    , strip_(strip)
    , panel_(panel) {
    window_->installEventFilter(this);
    dock_->installEventFilter(this);
    // Shown from the window's context menu, the dock would sit empty in a narrow window.
    dock_->toggleViewAction()->setVisible(false);
    place();
}

void LessonPlacement::setOpen(bool open) {
    const bool changed = open != open_;
    open_ = open;
    place();
    if (changed)
        Q_EMIT openChanged(open_);
}

// A page's minimum width is where every line it can wrap has wrapped, and wrapped lines are
// taller: a page held at that width beside the lesson runs out of height before it runs out of
// width (Density in Korean at 1280×720 did). So the page keeps a tenth more.
int LessonPlacement::sideBySideWidth() const {
    constexpr double kRoomToBreathe = 1.1;
    int page = 0;
    for (int i = 0; i < pages_->count(); ++i)
        page = std::max(page, pages_->widget(i)
                                  ->minimumSizeHint()
                                  .expandedTo(pages_->widget(i)->minimumSize())
                                  .width());
    page = int(std::ceil(page * kRoomToBreathe));
    const int separator =
        window_->style()->pixelMetric(QStyle::PM_DockWidgetSeparatorExtent, nullptr, window_);
    return page + separator + panel_->columnWidth();
}

bool LessonPlacement::wantsStrip() const {
    return window_->width() < sideBySideWidth();
}

void LessonPlacement::place() {
    if (placing_)
        return;
    const QScopedValueRollback busy(placing_, true);
    if (!open_) {
        dock_->hide();
        strip_->hide();
        showTabBar(true);
        return;
    }
    wantsStrip() ? toStrip() : toColumn();
}

void LessonPlacement::toStrip() {
    dock_->hide();
    if (panel_->parentWidget() != strip_) {
        dock_->setWidget(nullptr);
        strip_->layout()->addWidget(panel_);
    }
    panel_->setArrangement(LessonPanel::Arrangement::Strip);
    panel_->show();
    // The lesson chooses the page: the tab bar's height goes to the page.
    showTabBar(false);
    strip_->show();
}

// Out of sight first, then arranged: a column inside the strip for a moment would make the window
// taller for good.
void LessonPlacement::toColumn() {
    strip_->hide();
    if (panel_->parentWidget() != dock_)
        dock_->setWidget(panel_);
    panel_->setArrangement(LessonPanel::Arrangement::Column);
    panel_->show();
    showTabBar(true);
    dock_->show();
}

void LessonPlacement::showTabBar(bool show) {
    if (pages_->tabBar()->isVisibleTo(pages_) == show)
        return;
    pages_->tabBar()->setVisible(show);
    // The pages' minimum height changes with the bar (PageTabs): the window lays out again.
    pages_->updateGeometry();
}

bool LessonPlacement::eventFilter(QObject* watched, QEvent* event) {
    if (watched == dock_ && !placing_)
        followDock(event);
    if (watched == window_ && open_) {
        switch (event->type()) {
        case QEvent::Resize:
        case QEvent::FontChange:
        case QEvent::LanguageChange:
            place();
            break;
        default:
            break;
        }
    }
    return false;
}

// The dock's own close button closes the lesson. (Its entry in the window's context menu is
// hidden: the lesson opens through its own action, which puts it where it fits.)
void LessonPlacement::followDock(QEvent* event) {
    const bool closed =
        event->type() == QEvent::Close || (event->type() == QEvent::Hide && dock_->isHidden());
    if (closed && open_) {
        open_ = false;
        place();
        Q_EMIT openChanged(false);
    }
}

} // namespace pixelchain::ui
