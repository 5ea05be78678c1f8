#pragma once
// A focus ring a projector can show: a thick outline, in the palette's highlight colour, around the
// widget that keyboard focus has reached (Tab, Shift+Tab, a shortcut). Fusion marks focus with a
// one-pixel line, which a washed-out projector loses from the back row; the ring is kWidth pixels
// wide and lies just outside the widget. As with the web's :focus-visible, a mouse click shows no
// ring: the pointer already says where the user is.
//
// The ring is a child of a window, above everything in it, transparent to the mouse and masked to
// its outline, so it covers nothing but the margin it is drawn in (it is cut at the window's edge).
// It follows its widget when a layout moves or resizes it or one of its parents, and hides when the
// widget hides or the focus leaves it for another reason than the keyboard.
#include <QPointer>
#include <QWidget>

namespace pixelchain::ui {

class FocusRing : public QWidget {
    Q_OBJECT
public:
    /// Width of the outline, in device-independent pixels.
    static constexpr int kWidth = 3;

    /// Rings the keyboard focus inside `window` (a top-level widget) from now on.
    explicit FocusRing(QWidget* window);

    /// The widget ringed now, or nullptr when the ring is hidden.
    QWidget* target() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void focusReached(QWidget* widget, Qt::FocusReason reason);
    /// Puts the ring around the target as the layouts have placed it now.
    void place();

    QPointer<QWidget> target_;
};

} // namespace pixelchain::ui
