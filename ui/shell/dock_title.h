#pragma once
// DockTitle: the lesson panel's title bar — its title and a close button sized like the page's
// other buttons. Qt's own dock title buttons are 13 px squares, too small to hit or to see from
// the back of a classroom, and they are smaller than their own minimum size.
#include <QWidget>

class QDockWidget;
class QLabel;
class QToolButton;

namespace pixelchain::ui {

class DockTitle : public QWidget {
    Q_OBJECT
public:
    /// Becomes `dock`'s title bar; follows its window title.
    explicit DockTitle(QDockWidget* dock);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QDockWidget* dock_;
    QLabel* title_;
    QToolButton* close_;
};

} // namespace pixelchain::ui
