#pragma once
// GreyCanvas: the PixelGrid a student draws greyscale digits on, with the SoftBrush: the left
// button (or a pen tip) adds ink with an anti-aliased edge, the right button (or a pen's eraser
// end, or the eraser tool) takes it away with the same edge. Positions are followed to a fraction
// of a pixel, so a stroke between two rows greys both. From the keyboard: the arrows move a
// cursor, Space dabs ink under it and Delete (or Backspace) dabs it away.
//
// The canvas only edits grey values (ink 255 shown black, paper 0 white, as MNIST's digits are
// usually shown). It reports every change while a stroke goes on (changed) and, when the stroke
// ends, the image from before it (strokeFinished): one stroke is one undo step.
#include "core/image/grey_image.h"
#include "ui/pages/density/soft_brush.h"
#include "ui/widgets/pixel_grid.h"

#include <QPoint>

namespace pixelchain::ui {

class GreyCanvas : public PixelGrid {
    Q_OBJECT
public:
    enum class Tool { Draw, Erase };

    explicit GreyCanvas(QWidget* parent = nullptr);

    void setTool(Tool tool) { tool_ = tool; }
    Tool tool() const { return tool_; }
    /// The brush size, SoftBrush::kMinSize..kMaxSize (clamped).
    void setBrushSize(int size) { brush_.setSize(size); }
    const SoftBrush& brush() const { return brush_; }

    /// Replaces the drawing without signals (loading, undo); a stroke in progress is dropped.
    void setDrawing(const GreyImage& image);
    const GreyImage& drawing() const { return drawing_; }
    /// Raster index of the keyboard cursor.
    int cursorPixel() const { return cursor_.y() * kSide + cursor_.x(); }
    bool isStroking() const { return stroking_; }

Q_SIGNALS:
    /// The drawing changed (live, during a stroke or a key press).
    void changed(const GreyImage& image);
    /// A stroke that changed something ended; `before` is the image it started from.
    void strokeFinished(const GreyImage& before);

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
    /// A widget position in pixel units of the field, pulled in to just outside it.
    QPointF fieldPoint(QPointF position) const;
    void sweepTo(QPointF point);
    void show(const GreyImage& image);
    void finishStroke();
    void moveCursor(int dx, int dy);
    void dabAtCursor(bool ink);

    GreyImage drawing_;
    SoftBrush brush_;
    Tool tool_ = Tool::Draw;
    bool penEraser_ = false;

    bool stroking_ = false;
    bool strokeInk_ = true;
    Qt::MouseButton strokeButton_ = Qt::NoButton;
    QPointF lastPoint_;
    GreyImage before_;
    SoftBrush::Coverage coverage_{};

    QPoint cursor_{kSide / 2, kSide / 2};
};

} // namespace pixelchain::ui
