#pragma once
// BitsPerDimTable: the rows of the continuous section in words. Per model its test bits/dim, the
// bits/dim at the bin centres (models trained here only; not comparable, the page says why), where
// the figure comes from (trained here, for how long; or author, year, paper and table) and how it
// was measured differently. Published rows are in italics with the published colour's swatch.
// Every row holds all five cells, but a table shows one view of them beside the names, so that a
// projector's screen holds each view whole: the figures, the sources, or the setups. The columns
// share the width (FittedTable) and the long ones wrap; the rows are as tall as their text.
#include "ui/pages/models/bits_per_dim_rows.h"
#include "ui/pages/models/fitted_table.h"

namespace pixelchain::ui {

class BitsPerDimTable : public FittedTable {
    Q_OBJECT
public:
    enum Column { Name, BitsPerDim, BinCentre, Source, Setup, ColumnCount };
    /// What a table shows beside the names: both figures, the sources, or the setups.
    enum class View { Figures, Sources, Setups };

    explicit BitsPerDimTable(View view, QWidget* parent = nullptr);

    View view() const { return view_; }

    void showRows(const QVector<BitsPerDimRow>& rows);

protected:
    void changeEvent(QEvent* event) override;
    QStringList headerTitles() const override;

private:
    void retranslate();

    View view_;
};

} // namespace pixelchain::ui
