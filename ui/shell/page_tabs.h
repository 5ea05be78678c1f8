#pragma once
// PageTabs: the window's tab widget of pages. While the lesson's caption strip shows, the tab bar
// is hidden (the lesson chooses the page) and its height goes to the page; QTabWidget still counts
// a hidden tab bar in its minimum size (it only leaves out one it hid itself), which would hold
// the window taller than the page needs. This one leaves it out.
#include <QTabWidget>

namespace pixelchain::ui {

class PageTabs : public QTabWidget {
    Q_OBJECT
public:
    using QTabWidget::QTabWidget;

    QSize minimumSizeHint() const override;
};

} // namespace pixelchain::ui
