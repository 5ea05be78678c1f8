#include "ui/pages/models/bits_per_dim_table.h"

#include <QEvent>
#include <QHeaderView>

namespace pixelchain::ui {

BitsPerDimTable::BitsPerDimTable(View view, QWidget* parent)
    : FittedTable(parent)
    , view_(view) {
    setObjectName(view == View::Figures   ? QStringLiteral("bitsPerDimTable")
                  : view == View::Sources ? QStringLiteral("bitsPerDimSources")
                                          : QStringLiteral("bitsPerDimSetups"));
    setColumnCount(ColumnCount);
    // Every row holds every cell; each view shows the name and its own columns.
    setColumnHidden(BitsPerDim, view != View::Figures);
    setColumnHidden(BinCentre, view != View::Figures);
    setColumnHidden(Source, view != View::Sources);
    setColumnHidden(Setup, view != View::Setups);
    retranslate();
}

void BitsPerDimTable::retranslate() {
    retitle();
    setAccessibleName(view_ == View::Figures   ? tr("Table of test bits per dimension")
                      : view_ == View::Sources ? tr("Table of where each figure comes from")
                                               : tr("Table of how each figure was measured"));
    horizontalHeader()->setAccessibleName(tr("Columns of the bits per dimension table"));
}

QStringList BitsPerDimTable::headerTitles() const {
    return {tr("Model"), tr("Test bits/dim"),
            tr("At the bin centres\n(not "
               "comparable)"),
            tr("Source"), tr("Setup: how it was measured")};
}

void BitsPerDimTable::showRows(const QVector<BitsPerDimRow>& rows) {
    setRowCount(0);
    for (const BitsPerDimRow& row : rows) {
        const int r = rowCount();
        insertRow(r);
        const QStringList cells = {row.name, BitsPerDimRows::figure(row.bitsPerDim),
                                   BitsPerDimRows::figure(row.binCentre), row.source, row.setup};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == BitsPerDim || c == BinCentre)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            else
                item->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            QFont f = font();
            f.setItalic(row.published);
            item->setFont(f);
            item->setToolTip(row.tip);
            if (c == Name) // a swatch in the chart's colour; the text stays black
                item->setData(Qt::DecorationRole, row.color);
            setItem(r, c, item);
        }
    }
    fitColumns();
}

void BitsPerDimTable::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    FittedTable::changeEvent(event);
}

} // namespace pixelchain::ui
