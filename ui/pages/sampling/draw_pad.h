#pragma once
// DrawPad: a PixelGrid the student draws on with the mouse — the left button inks pixels, the
// right button erases — to give the model the start of a digit to complete.
#include "ui/widgets/pixel_grid.h"

namespace pixelchain::ui {

class DrawPad : public PixelGrid {
    Q_OBJECT
public:
    explicit DrawPad(QWidget* parent = nullptr);

    /// Replaces the drawing (emits edited()).
    void setDrawing(const BinaryImage& image);

    // Fills the rectangle its layout gives it (see FittedGrid for why).
    bool hasHeightForWidth() const override { return false; }
    QSize sizeHint() const override { return {196, 196}; }

Q_SIGNALS:
    /// The drawing changed.
    void edited(const pixelchain::BinaryImage& image);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void paintAt(QPointF position);

    std::optional<bool> ink_; ///< what the pressed button paints, while a stroke lasts
};

} // namespace pixelchain::ui
