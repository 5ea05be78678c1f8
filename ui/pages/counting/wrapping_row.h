#pragma once
// WrappingRow: a layout that sets its widgets side by side at their preferred widths, left to
// right, and starts a new line where the next one would not fit, as words fill a paragraph.
// The Counting page lays its controls out this way in a band above the answers where the page is
// too narrow for a column of controls beside them: the band takes as many lines as its width
// needs, so its height follows its width (heightForWidth) and no control is ever squeezed.
#include <QLayout>
#include <QList>

namespace pixelchain::ui {

class WrappingRow : public QLayout {
public:
    /// `gap`: the room between two widgets of a line; `lineGap`: between two lines.
    WrappingRow(int gap, int lineGap, QWidget* parent = nullptr);
    ~WrappingRow() override;

    void addItem(QLayoutItem* item) override;
    int count() const override { return int(items_.size()); }
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    /// As wide as the widest widget; as tall as one line (the height follows the width).
    QSize minimumSize() const override;
    /// Every widget on one line.
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    /// Fills `rect` line by line (or only measures, when `place` is false); returns the height
    /// the lines take, margins included.
    int lay(const QRect& rect, bool place) const;

    int gap_;
    int lineGap_;
    QList<QLayoutItem*> items_;
};

} // namespace pixelchain::ui
