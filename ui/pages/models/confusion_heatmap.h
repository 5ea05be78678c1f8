#pragma once
// ConfusionHeatmap: a classifier's confusion matrix as a 10×10 grid. Row y is the true digit,
// column ŷ the predicted one, and each cell holds the count of test digits with that pair: the
// diagonal is what the classifier got right, everything off it a mix-up ("true 4, predicted 9").
//
// A cell's shade is the share of its row, counts[y][ŷ] / Σ_ŷ' counts[y][ŷ'], on a square-root
// scale so that a mix-up of 1 % is visible beside a diagonal of 97 %; a bar beside the grid is the
// key. The colours run from white
// to dark blue (one hue, light to dark: readable under every colour-vision deficiency and in
// greyscale), and the count is written in black or white, whichever contrasts with the cell.
// Pointing at a cell outlines it, emits hovered() and shows the count as a tooltip.
#include "core/models/class_conditional.h"

#include <QColor>
#include <QWidget>
#include <optional>

class QPainter;

namespace pixelchain::ui {

class ConfusionHeatmap : public QWidget {
    Q_OBJECT
public:
    /// A cell of the grid: the true digit (row) and the predicted one (column).
    struct Cell {
        int trueLabel = -1;
        int predicted = -1;
        bool valid() const { return trueLabel >= 0 && predicted >= 0; }
    };

    explicit ConfusionHeatmap(QWidget* parent = nullptr);

    /// Shows `matrix`; without one, `emptyText` is written where the grid would be.
    void setConfusion(const std::optional<ConfusionMatrix>& matrix, const QString& emptyText);
    bool hasConfusion() const { return matrix_.has_value(); }
    /// The matrix shown (all zero without one).
    ConfusionMatrix confusion() const { return matrix_.value_or(ConfusionMatrix{}); }
    /// Names the axes again (a language switch).
    void setAxisTitles(const QString& rows, const QString& columns);

    /// Where the cell is drawn in widget coordinates; empty without a matrix or off the grid.
    QRect cellRect(Cell cell) const;
    /// The cell under `point`, or an invalid Cell.
    Cell cellAt(QPoint point) const;
    /// "true 4, predicted 9: 23 digits"; empty for an invalid cell or without a matrix.
    QString cellText(Cell cell) const;
    /// The cell under the pointer (invalid when none).
    Cell hoveredCell() const { return hovered_; }

    /// The colour of a cell whose row share is `share` in [0, 1].
    static QColor shade(double share);
    /// Black or white, whichever reads better on `background`.
    static QColor textColorOn(const QColor& background);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The pointer moved onto the cell (trueLabel, predicted); both −1 when it left the grid.
    void hovered(int trueLabel, int predicted);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    /// The size of one cell from the widget's size: square while there is room, flatter (never
    /// narrower) when the height runs short.
    QSize cellSize() const;
    /// The smallest cell in which every count stays readable.
    QSize smallestCell() const;
    /// The top-left corner of the grid.
    QPoint gridOrigin() const;
    /// The width taken right of the grid by the colour bar and its labels.
    int legendWidth() const;
    QSize sizeFor(QSize cell) const;
    void setHovered(Cell cell);
    void paintAxes(QPainter& painter, QSize cell) const;
    void paintLegend(QPainter& painter, QSize cell) const;

    std::optional<ConfusionMatrix> matrix_;
    QString emptyText_;
    QString rowTitle_;
    QString columnTitle_;
    Cell hovered_;
};

} // namespace pixelchain::ui
