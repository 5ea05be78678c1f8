#include "ui/shell/page_tabs.h"

#include <QTabBar>
#include <algorithm>

namespace pixelchain::ui {

QSize PageTabs::minimumSizeHint() const {
    QSize size = QTabWidget::minimumSizeHint();
    if (tabBar()->isVisibleTo(this))
        return size;
    // Never less than the open page asks for: the bar's height is all that is left out.
    const QWidget* page = currentWidget();
    const int floor = page ? page->minimumSizeHint().height() : 0;
    size.setHeight(std::max(floor, size.height() - tabBar()->minimumSizeHint().height()));
    return size;
}

} // namespace pixelchain::ui
