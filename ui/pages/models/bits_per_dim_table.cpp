#include "ui/pages/models/bits_per_dim_table.h"

#include <QEvent>
#include <QHeaderView>
#include <QTimer>

namespace pixelchain::ui {
namespace {

// The wrapped columns share what the others leave; the setup gets the larger share.
constexpr int kSourceShare = 2, kSetupShare = 3;

} // namespace

BitsPerDimTable::BitsPerDimTable(QWidget* parent)
    : QTableWidget(parent) {
    setObjectName(QStringLiteral("bitsPerDimTable"));
    setColumnCount(ColumnCount);
    verticalHeader()->hide();
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setAlternatingRowColors(true);
    setShowGrid(false); // the alternating rows part them; each line would cost a pixel of height
    setTabKeyNavigation(false); // Tab goes on to the next control
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView* header = horizontalHeader();
    for (const int c : {int(Name), int(BitsPerDim), int(BinCentre)})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Source, QHeaderView::Interactive);
    header->setSectionResizeMode(Setup, QHeaderView::Stretch);
    connect(header, &QHeaderView::sectionResized, this, &BitsPerDimTable::scheduleFit);
    retranslate();
}

void BitsPerDimTable::retranslate() {
    setHorizontalHeaderLabels({tr("Model"), tr("Test bits/dim"),
                               tr("At the bin centres\n(not "
                                  "comparable)"),
                               tr("Source"), tr("Setup: how it was measured")});
    setAccessibleName(tr("Table of test bits per dimension"));
    // The header is as tall as its (two-line) titles: that is its floor, not a scroll area's.
    horizontalHeader()->setMinimumHeight(horizontalHeader()->sizeHint().height());
    horizontalHeader()->setAccessibleName(tr("Columns of the bits per dimension table"));
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
    fitHeight();
}

// The header settles its stretched section after the resize that caused it (and a tab shown for
// the first time resizes its table more than once): the rows are fitted once it has.
void BitsPerDimTable::scheduleFit() {
    if (fitPending_)
        return;
    fitPending_ = true;
    QTimer::singleShot(0, this, [this] {
        fitPending_ = false;
        fitHeight();
    });
}

void BitsPerDimTable::fitHeight() {
    // Source and setup share the width the three short columns leave, 2 : 3.
    QHeaderView* header = horizontalHeader();
    const int fixed = header->sectionSize(Name) + header->sectionSize(BitsPerDim) +
                      header->sectionSize(BinCentre);
    const int rest = viewport()->width() - fixed;
    const int source = rest * kSourceShare / (kSourceShare + kSetupShare);
    if (rest > 0 && header->sectionSize(Source) != source)
        header->resizeSection(Source, source); // the setup column stretches to the rest
    // The table has its tab to itself: its rows take the height their wrapped text needs.
    resizeRowsToContents();
}

void BitsPerDimTable::resizeEvent(QResizeEvent* event) {
    QTableWidget::resizeEvent(event);
    scheduleFit();
}

void BitsPerDimTable::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTableWidget::changeEvent(event);
}

} // namespace pixelchain::ui
