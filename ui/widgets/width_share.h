#pragma once
// WidthShare: how the columns of a table that a projector's screen shows whole, without scroll
// bars, share the table's width. Every column gets its one-line width when all of them fit.
// Otherwise each column gets at least its longest word (a figure never wraps), and the rest of the
// width goes where it saves the most height, none beyond a column's one-line width: rows are what
// a projector's screen runs out of first. (Equal shares to the columns that still wrap, or all
// first to one of them, whichever is lower; then width moves between columns while that lowers
// the rows.) Hidden columns get nothing.
#include <QHash>
#include <QList>
#include <QPair>

class QTableWidget;

namespace pixelchain::ui {

class WidthShare {
public:
    /// `oneLine`: each column's width with its cells on one line (see oneLineWidths()).
    WidthShare(const QTableWidget* table, const QList<int>& oneLine);

    /// Every column on one line, and every column at its longest word (or its header).
    int naturalSum() const { return sum(natural_); }
    int leastSum() const { return sum(least_); }

    /// The widths for `available` pixels; the last column shown takes what is left over, so
    /// that the columns fill the table exactly.
    QList<int> widths(int available);

private:
    QList<int> bestStart(int room);
    QList<int> improve(QList<int> widths);
    static int sum(const QList<int>& widths);
    QList<int> share(QList<int> widths, int room) const;
    /// The rows' total height (text only) at these widths.
    int height(const QList<int>& widths);
    /// Each row's text height in column `c` at width `width` (measured once).
    const QList<int>& column(int c, int width);
    bool shown(qsizetype c) const;

    const QTableWidget* table_;
    QList<int> natural_, least_, padding_;
    QHash<QPair<int, int>, QList<int>> measured_;
};

/// Each column's width with its cells on one line (0 for a hidden column). With wrapping on, a
/// size hint would follow the widths the columns have now: it is switched off while measuring.
QList<int> oneLineWidths(QTableWidget* table);

} // namespace pixelchain::ui
