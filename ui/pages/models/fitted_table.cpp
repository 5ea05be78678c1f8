#include "ui/pages/models/fitted_table.h"

#include "ui/widgets/split_lines.h"
#include "ui/widgets/width_share.h"

#include <QHeaderView>
#include <QResizeEvent>
#include <algorithm>

namespace pixelchain::ui {

FittedTable::FittedTable(QWidget* parent)
    : QTableWidget(parent) {
    verticalHeader()->hide();
    // fitColumns() sets every width: the long texts wrap instead of eliding or scrolling.
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setStretchLastSection(false);
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setAlternatingRowColors(true);
    setShowGrid(false); // the alternating rows part them; each line would cost a pixel of height
    setTabKeyNavigation(false);
}

void FittedTable::retitle() {
    setHeaders(narrowHeaders_);
}

void FittedTable::setHeaders(bool narrow) {
    narrowHeaders_ = narrow;
    QStringList titles = headerTitles();
    if (narrow)
        for (QString& title : titles)
            title = splitInTwoLines(title);
    setHorizontalHeaderLabels(titles);
    // The header is as tall as its titles: that is its floor, not a scroll area's.
    horizontalHeader()->setMinimumHeight(horizontalHeader()->sizeHint().height());
}

void FittedTable::fitColumns() {
    const QList<int> oneLine = oneLineWidths(this);
    for (const bool narrow : {false, true}) {
        if (narrowHeaders_ != narrow)
            setHeaders(narrow);
        if (shareWidth(oneLine))
            break;
    }
    resizeRowsToContents();
    updateGeometry();
}

bool FittedTable::shareWidth(const QList<int>& oneLine) {
    const int available = width() - 2 * frameWidth();
    WidthShare share(this, oneLine);
    const QList<int> widths = share.widths(available);
    for (int c = 0; c < columnCount(); ++c)
        if (!isColumnHidden(c))
            setColumnWidth(c, widths[c]);
    return share.naturalSum() <= available;
}

void FittedTable::resizeEvent(QResizeEvent* event) {
    QTableWidget::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        fitColumns();
}

} // namespace pixelchain::ui
