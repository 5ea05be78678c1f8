#pragma once
// ThumbnailGrid: many small 28×28 digits side by side, drawn crisp (one block per pixel, no
// smoothing), for the continuations, the 64-sample gallery and the completions.
//
// When given an ordering and a prefix length, pixels of the shared prefix are drawn in black ink
// and pixels the model added afterwards in blue ink (Okabe–Ito blue, distinct from black also
// under colour-vision deficiencies), so it is visible at a glance what every thumbnail shares.
// A click on a thumbnail emits activated(index).
#include "core/image/binary_image.h"
#include "core/image/ordering.h"

#include <QImage>
#include <QWidget>
#include <optional>
#include <vector>

namespace pixelchain::ui {

class ThumbnailGrid : public QWidget {
    Q_OBJECT
public:
    explicit ThumbnailGrid(int columns, int rows, QWidget* parent = nullptr);

    void setImages(const std::vector<BinaryImage>& images);
    /// Pixels visited before `count` in `ordering` are the shared prefix; 0 marks none.
    void setPrefix(const Ordering& ordering, int count);
    /// Outlines one thumbnail (−1: none).
    void setSelected(int index);
    void clear();

    int count() const { return static_cast<int>(images_.size()); }
    const BinaryImage& imageAt(int index) const {
        return images_.at(static_cast<std::size_t>(index));
    }
    int selected() const { return selected_; }
    /// The thumbnail under a widget position, or −1.
    int indexAt(QPointF position) const;
    /// Where thumbnail `index` is drawn.
    QRectF cellRect(int index) const;

    /// The smallest side of a thumbnail the grid accepts (40 px unless set): 28 shows every
    /// pixel of a digit once.
    void setMinimumCell(int side);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void activated(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    QImage render(const BinaryImage& image) const;
    double cellSide() const;

    int columns_;
    int rows_;
    std::vector<BinaryImage> images_;
    std::vector<QImage> rendered_;
    std::optional<Ordering> ordering_;
    int prefixCount_ = 0;
    int selected_ = -1;
    int minimumCell_ = 40;
};

} // namespace pixelchain::ui
