#pragma once
// DrawingToolbar: the controls under the canvas — draw or erase, brush size, undo, redo, clear,
// "normalize like MNIST", and loading or saving a PNG — in as few rows as the drawing column's
// width allows (ToolRows). It only reports what was asked for; the page does it.
#include "ui/pages/density/drawing_canvas.h"
#include "ui/pages/density/tool_rows.h"

class QPushButton;

namespace pixelchain::ui {

class DrawingToolbar : public ToolRows {
    Q_OBJECT
public:
    explicit DrawingToolbar(QWidget* parent = nullptr);

    void setUndoEnabled(bool enabled);
    void setRedoEnabled(bool enabled);

Q_SIGNALS:
    void toolChosen(DrawingCanvas::Tool tool);
    void brushChosen(int size);
    void undoRequested();
    void redoRequested();
    void clearRequested();
    void normalizeRequested();
    void loadRequested();
    void saveRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    QWidget* addTools();
    void addEdits();
    void addFiles();

    QPushButton* undo_ = nullptr;
    QPushButton* redo_ = nullptr;
};

} // namespace pixelchain::ui
