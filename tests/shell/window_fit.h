#pragma once
// What "the window fits" means for the classroom fit test, in one place.
//
// A window fits when all of these hold (each failure is one line of the report):
// - the window has the size it was asked for: its layouts do not force it to be larger;
// - no scroll bar is visible anywhere in it (a QScrollBar that is visible to the window);
// - no scroll area hides part of its content behind a scroll bar that is switched off
//   (a QAbstractScrollArea whose range is not empty, whatever its scroll bar policy);
// - no tab bar needs its scroll arrows to show its tabs;
// - no visible widget is clipped: its rectangle, mapped to the window, lies inside the rectangle
//   of every ancestor up to the window (a child cut by its parent is cut, even inside the window);
// - no visible widget is smaller than its minimumSizeHint, in a direction where it did not lower
//   that floor itself with setMinimumSize and does not ignore it (QSizePolicy::Ignored), and for
//   the height only when the widget does not trade height for width;
// - no visible label shows less than its text: a word-wrapping label is at least as tall as its
//   heightForWidth at its width, another label at least as large as its sizeHint;
// - no chart text is cut: no text item of a visible graphics view (axis titles, axis labels, chart
//   titles, legends) ends in an ellipsis that the text it was given did not have, or lies outside
//   the part of the scene the view shows.
// Hidden widgets (another tab, another mode, collapsed panels) are not judged: they are judged when
// the test shows them.
#include <QSize>
#include <QStringList>
#include <functional>

class QWidget;

namespace shelltest {

struct FitReport {
    QStringList problems;
    bool fits() const { return problems.isEmpty(); }
};

/// Judges `window` as it is laid out now (it must be shown); `asked` is the size it was given.
FitReport judgeFit(QWidget* window, QSize asked);

/// Calls `look(tab)` with `page` as it is (tab is empty), then with each tab of each of its visible
/// tab bars open ("Tab"), and each tab of the tab bars that a tab reveals ("Tab ▸ Inner"); `settle`
/// runs after every switch. Every tab bar is put back on the tab it had.
void forEveryTab(QWidget* page, const std::function<void()>& settle,
                 const std::function<void(const QString& tab)>& look);

/// A readable path of object names (or class names) from the window down to `widget`.
QString widgetPath(const QWidget* widget);

} // namespace shelltest
