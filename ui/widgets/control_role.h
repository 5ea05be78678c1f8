#pragma once
// Presentation mode can hide the controls and leave only the canvas and the numbers. A page marks
// the widgets that are controls (buttons, spin boxes, toolbars); the shell hides and shows every
// marked widget at once, so pages need no presentation logic of their own.
#include <QVariant>
#include <QWidget>

namespace pixelchain::ui {

inline constexpr char kControlProperty[] = "pixelchainControl";

/// Marks `widget` as a control that presentation mode may hide.
inline void markAsControl(QWidget* widget) {
    widget->setProperty(kControlProperty, true);
}

inline bool isControl(const QWidget* widget) {
    return widget->property(kControlProperty).toBool();
}

} // namespace pixelchain::ui
