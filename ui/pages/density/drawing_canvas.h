#pragma once
// DrawingCanvas: the PixelGrid a student draws on. The left button (or a pen tip) draws, the right
// button (or a pen's eraser end, or the eraser tool) erases, with a square brush of 1–3 pixels.
// Fast drags are joined into lines, drags that leave the field keep going when they come back.
// From the keyboard: the arrows move a cursor, Space toggles the pixel under it.
//
// The canvas only edits bits. It reports every change while a stroke goes on (changed) and, when
// the stroke ends, the image from before the stroke (strokeFinished): one stroke is one undo step.
#include "ui/widgets/pixel_grid.h"

#include <QPoint>

namespace pixelchain::ui {

class DrawingCanvas : public PixelGrid {
    Q_OBJECT
public:
    enum class Tool { Draw, Erase };

    explicit DrawingCanvas(QWidget* parent = nullptr);

    void setTool(Tool tool) { tool_ = tool; }
    Tool tool() const { return tool_; }
    /// Side of the square brush in pixels, clamped to 1..3.
    void setBrushSize(int size);
    int brushSize() const { return brush_; }

    /// Replaces the drawing without signals (loading, undo); a stroke in progress is dropped.
    void setDrawing(const BinaryImage& image);
    /// Raster index of the keyboard cursor.
    int cursorPixel() const { return cursor_.y() * kSide + cursor_.x(); }
    bool isStroking() const { return stroking_; }

Q_SIGNALS:
    /// The drawing changed (live, during a stroke or a key press).
    void changed(const BinaryImage& image);
    /// A stroke that changed something ended; `before` is the image it started from.
    void strokeFinished(const BinaryImage& before);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void tabletEvent(QTabletEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    /// The cell under a widget position; may lie a little outside 0..27 (never far).
    QPoint cellAt(QPointF position) const;
    void paintLine(QPoint from, QPoint to);
    bool stamp(BinaryImage& image, QPoint cell) const;
    void finishStroke();
    void moveCursor(int dx, int dy);
    void togglePixelAtCursor();

    Tool tool_ = Tool::Draw;
    int brush_ = 1;
    bool penEraser_ = false;

    bool stroking_ = false;
    bool strokeInk_ = true;
    Qt::MouseButton strokeButton_ = Qt::NoButton;
    QPoint lastCell_;
    BinaryImage before_;

    QPoint cursor_{kSide / 2, kSide / 2};
};

} // namespace pixelchain::ui
