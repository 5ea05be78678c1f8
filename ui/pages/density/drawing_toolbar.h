#pragma once
// DrawingToolbar: the controls under the canvas — draw or erase, brush size, undo, redo, clear,
// "normalize like MNIST", and loading or saving a PNG. It only reports what was asked for; the page
// does it.
#include "ui/pages/density/drawing_canvas.h"

#include <QWidget>

class QGridLayout;
class QPushButton;
class QSpinBox;

namespace pixelchain::ui {

class DrawingToolbar : public QWidget {
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
    void addTools();
    void addEdits();
    void addFiles();
    QPushButton* addButton(const QString& name, int row, int column, int span = 1);

    QGridLayout* grid_ = nullptr;

    QPushButton* undo_ = nullptr;
    QPushButton* redo_ = nullptr;
};

} // namespace pixelchain::ui
