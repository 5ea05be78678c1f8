#include "ui/shell/shortcut_list.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeySequence>
#include <QRegularExpression>
#include <QShortcut>
#include <QWidget>

namespace pixelchain::ui {
namespace {

QString keysText(const QList<QKeySequence>& keys) {
    QStringList texts;
    for (const QKeySequence& key : keys)
        texts << key.toString(QKeySequence::NativeText);
    return texts.join(QStringLiteral(" / "));
}

QString plain(QString text) {
    // Menu texts carry their mnemonic (&) and sometimes an ellipsis; the list shows the words.
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text;
}

} // namespace

QList<ShortcutEntry> shortcutsOf(const QWidget* window) {
    QList<ShortcutEntry> entries;
    QList<const QAction*> seen;
    for (const QAction* action : window->findChildren<QAction*>()) {
        if (action->shortcuts().isEmpty() || seen.contains(action))
            continue;
        seen << action;
        entries.append({keysText(action->shortcuts()), plain(action->text())});
    }
    for (const QShortcut* shortcut : window->findChildren<QShortcut*>())
        entries.append({shortcut->key().toString(QKeySequence::NativeText), shortcut->whatsThis()});
    // The drawing canvases read these keys themselves (PixelGrid's keyboard cursor).
    entries.append({QCoreApplication::translate("ShortcutList", "Arrow keys"),
                    QCoreApplication::translate("ShortcutList",
                                                "On a drawing canvas: move the pixel cursor")});
    entries.append({QCoreApplication::translate("ShortcutList", "Space"),
                    QCoreApplication::translate("ShortcutList",
                                                "On a drawing canvas: draw or erase the pixel")});
    entries.append({QCoreApplication::translate("ShortcutList", "Delete"),
                    QCoreApplication::translate("ShortcutList",
                                                "On the greyscale canvas: erase at the cursor")});
    entries.append(
        {QCoreApplication::translate("ShortcutList", "Tab / Shift+Tab"),
         QCoreApplication::translate("ShortcutList", "Move to the next / previous control")});
    return entries;
}

QString shortcutTable(const QList<ShortcutEntry>& entries) {
    QString html = QStringLiteral("<table cellpadding=\"4\">");
    for (const ShortcutEntry& e : entries)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(e.keys.toHtmlEscaped(), e.what.toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

} // namespace pixelchain::ui
