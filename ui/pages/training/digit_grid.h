#pragma once
// DigitGrid: a few 28×28 pictures made on the training thread, side by side in a grid, each scaled
// to fill its cell without smoothing, so every pixel stays a sharp-edged block. It only paints.
#include <QImage>
#include <QWidget>
#include <vector>

namespace pixelchain::ui {

class DigitGrid : public QWidget {
    Q_OBJECT
public:
    DigitGrid(int columns, int rows, QWidget* parent = nullptr);

    void setImages(std::vector<QImage> images);
    const std::vector<QImage>& images() const { return images_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int side() const; ///< of one picture on screen

    int columns_, rows_;
    std::vector<QImage> images_;
};

} // namespace pixelchain::ui
