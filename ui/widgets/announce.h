#pragma once
// Text that changes without the focus moving to it (a verdict, a score) is announced: the label
// takes its new text and accessible name, and assistive technology is told that the name changed
// (a QAccessible NameChanged event), which screen readers read out for a label in view.
#include <QString>

class QAccessibleEvent;
class QLabel;

namespace pixelchain::ui {

/// Sets `label`'s text; when it changed, its accessible name becomes `spoken` (the text itself
/// when empty) and a NameChanged event goes to the accessibility framework.
void setAnnouncedText(QLabel* label, const QString& text, const QString& spoken = {});

/// A function that also hears every announcement, before Qt does; nullptr for none. Qt drops
/// accessibility events, update handlers included, while no assistive technology is active,
/// which is always so on the offscreen platform the widget tests run on: they listen here.
using AnnouncementListener = void (*)(QAccessibleEvent* event);
void setAnnouncementListener(AnnouncementListener listener);

} // namespace pixelchain::ui
