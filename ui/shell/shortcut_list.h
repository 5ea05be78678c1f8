#pragma once
// Help ▸ Keyboard shortcuts: every key of the window in one list, collected from what the window
// really has — each action with a shortcut (menus, and the keys kept when presentation mode hides
// the menu bar) and each QShortcut a page made — plus the keys the canvases read themselves. A
// shortcut added anywhere appears without a change here.
#include <QList>
#include <QString>

class QWidget;

namespace pixelchain::ui {

struct ShortcutEntry {
    QString keys; ///< in the platform's native text, e.g. "Ctrl+Z"
    QString what;
};

/// Every shortcut of `window` and of its children, in the order they were made.
QList<ShortcutEntry> shortcutsOf(const QWidget* window);

/// The list as rich text: a two-column table, keys and what they do.
QString shortcutTable(const QList<ShortcutEntry>& entries);

} // namespace pixelchain::ui
