#pragma once
// GreyToolbar: the controls under the greyscale canvas — draw or erase, the soft brush's size,
// undo, redo and clear — in as few rows as the drawing column's width allows (ToolRows). It only
// reports what was asked for; the greyscale view does it.
#include "ui/pages/density/grey_canvas.h"
#include "ui/pages/density/tool_rows.h"

class QPushButton;

namespace pixelchain::ui {

class GreyToolbar : public ToolRows {
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
    QWidget* addTools();
    void addEdits();

    QPushButton* undo_ = nullptr;
    QPushButton* redo_ = nullptr;
};

} // namespace pixelchain::ui
