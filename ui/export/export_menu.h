#pragma once
// ExportMenu: the right-click menu that puts a view into a slide — "Save picture as PNG…" and
// "Save picture as SVG…" — on every PixelGrid and chart.
//
// The menu asks for a file name (suggested from the widget's objectName, "growthChart" →
// "growth-chart.png", in the folder used last) and saves through ViewExport; a failure is shown
// in a message box. Canvases that erase with the right button keep that button: there the menu
// opens on Shift + right click or the keyboard's menu key instead.
//
// The menu lives in an event filter on the widget (and on a scroll area's viewport, where a chart
// view receives its mouse events), so installing it needs no change to the widget's class.
#include <QObject>
#include <QPointer>
#include <QString>

class QMenu;
class QWidget;

namespace pixelchain::ui {

class ExportMenu : public QObject {
    Q_OBJECT
public:
    enum class Trigger {
        RightClick,      ///< a right click, Shift + right click or the menu key
        ShiftRightClick, ///< Shift + right click or the menu key; plain right clicks reach the
                         ///< widget
    };
    enum class Format { Png, Svg };

    /// Gives `widget` the menu, or changes the trigger of the one it has; returns it.
    static ExportMenu* install(QWidget* widget, Trigger trigger = Trigger::RightClick);
    /// The menu installed on `widget`, or nullptr.
    static ExportMenu* of(const QWidget* widget);

    Trigger trigger() const { return trigger_; }
    /// The menu on screen, while it is open.
    QMenu* openMenu() const;
    /// "growthChart" → "growth-chart.png": the name the file dialog suggests.
    QString suggestedFileName(Format format) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    ExportMenu(QWidget* widget, Trigger trigger);
    /// Whether a mouse event with these buttons and modifiers belongs to the menu.
    bool claims(Qt::MouseButton button, Qt::KeyboardModifiers modifiers) const;
    void popup(QPoint globalPosition);
    void save(Format format);

    QWidget* widget_;
    Trigger trigger_;
    QPointer<QMenu> menu_;
};

/// The same as ExportMenu::install: what pages call to make a view exportable.
inline ExportMenu*
installExportMenu(QWidget* widget, ExportMenu::Trigger trigger = ExportMenu::Trigger::RightClick) {
    return ExportMenu::install(widget, trigger);
}

} // namespace pixelchain::ui
