#pragma once
// GreyToolbar: the controls under the greyscale canvas — draw or erase, the soft brush's size,
// undo, redo and clear. It only reports what was asked for; the greyscale view does it.
#include "ui/pages/density/grey_canvas.h"

#include <QWidget>

class QGridLayout;
class QPushButton;

namespace pixelchain::ui {

class GreyToolbar : public QWidget {
    Q_OBJECT
public:
    explicit GreyToolbar(QWidget* parent = nullptr);

    void setUndoEnabled(bool enabled);
    void setRedoEnabled(bool enabled);

Q_SIGNALS:
    void toolChosen(GreyCanvas::Tool tool);
    void brushChosen(int size);
    void undoRequested();
    void redoRequested();
    void clearRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    void addTools();
    void addEdits();
    QPushButton* addButton(const QString& name, int row, int column);

    QGridLayout* grid_ = nullptr;
    QPushButton* undo_ = nullptr;
    QPushButton* redo_ = nullptr;
};

} // namespace pixelchain::ui
