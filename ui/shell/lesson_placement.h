#pragma once
// Where the open lesson sits. Beside the page, in the dock on the right, when the window is wide
// enough for the widest page and the lesson's column side by side; else as a caption strip under
// the page, like subtitles. While the strip shows, the page tab bar is hidden: the lesson chooses
// the page, and the page gets that height back. The choice follows the window, so a resize,
// presentation mode's larger type or another language may move the lesson from one place to the
// other; it stays on the same step and beat.
#include <QObject>

class QDockWidget;
class QMainWindow;
class QTabWidget;
class QWidget;

namespace pixelchain::ui {

class LessonPanel;

class LessonPlacement : public QObject {
    Q_OBJECT
public:
    /// `strip` is the empty place under the pages that holds the caption strip.
    LessonPlacement(QMainWindow* window, QTabWidget* pages, QDockWidget* dock, QWidget* strip,
                    LessonPanel* panel);

    bool isOpen() const { return open_; }
    /// Opens or closes the lesson, and puts it where it fits now (even when already open).
    void setOpen(bool open);
    /// Whether the lesson goes to the strip under the page at the window's present size.
    bool wantsStrip() const;
    /// The narrowest window that holds the widest page, with a tenth to spare, and the lesson's
    /// column side by side.
    int sideBySideWidth() const;

Q_SIGNALS:
    void openChanged(bool open);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void place();
    void toStrip();
    void toColumn();
    void showTabBar(bool show);
    void followDock(QEvent* event);

    QMainWindow* window_;
    QTabWidget* pages_;
    QDockWidget* dock_;
    QWidget* strip_;
    LessonPanel* panel_;
    bool open_ = false;
    bool placing_ = false;
};

} // namespace pixelchain::ui
