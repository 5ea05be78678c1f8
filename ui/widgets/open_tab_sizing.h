#pragma once
// Only the open tab of a tab widget holds it to its minimum size. A QTabWidget is as large as the
// largest of its tabs, closed ones included: one wide tab (or a closed tab that kept the height
// it had at another width) would force a window wider or taller than a projector's screen for
// every other tab too. Closed tabs get QSizePolicy::Ignored; the open one its own policy back.
class QTabWidget;

namespace pixelchain::ui {

/// Applies now and whenever the open tab changes.
void sizeByOpenTab(QTabWidget* tabs);

} // namespace pixelchain::ui
