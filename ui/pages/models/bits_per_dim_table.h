#pragma once
// BitsPerDimTable: the rows of the continuous section in words. Per model its test bits/dim, the
// bits/dim at the bin centres (models trained here only; not comparable, the page says why), where
// the figure comes from (trained here, for how long; or author, year, paper and table) and how it
// was measured differently. Published rows are in italics with the published colour's swatch. The
// long columns wrap; the table is as tall as its rows, so the tab scrolls and nothing is elided.
#include "ui/pages/models/bits_per_dim_rows.h"

#include <QTableWidget>

namespace pixelchain::ui {

class BitsPerDimTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column { Name, BitsPerDim, BinCentre, Source, Setup, ColumnCount };

    explicit BitsPerDimTable(QWidget* parent = nullptr);

    void showRows(const QVector<BitsPerDimRow>& rows);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    /// Rows as tall as their wrapped text at the present widths, the table as tall as its rows.
    void fitHeight();
    /// fitHeight() once the header has settled (at the next turn of the event loop).
    void scheduleFit();

    bool fitPending_ = false;
};

} // namespace pixelchain::ui
