#include "ui/pages/models/fitted_table.h"

#include "ui/widgets/split_lines.h"

#include <QHash>
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
    // One-line widths: with wrapping on, a hint would follow the widths the columns have now.
    setWordWrap(false);
    QList<int> oneLine;
    for (int c = 0; c < columnCount(); ++c)
        oneLine << (isColumnHidden(c) ? 0 : sizeHintForColumn(c));
    setWordWrap(true);
    for (const bool narrow : {false, true}) {
        if (narrowHeaders_ != narrow)
            setHeaders(narrow);
        if (shareWidth(oneLine))
            break;
    }
    resizeRowsToContents();
    updateGeometry();
}

namespace {

/// One way of sharing a table's width, and what it costs in height. Every width stays between
/// the column's least (its longest word) and its one-line width.
class WidthShare {
public:
    WidthShare(const QTableWidget* table, const QList<int>& oneLine);

    int naturalSum() const { return sum(natural_); }
    int leastSum() const { return sum(least_); }
    /// `room` pixels beyond the least widths: equal shares to the columns that still wrap, or
    /// first all to `first` (−1: none) and then equal shares. The lowest of these wins.
    QList<int> bestStart(int room);
    /// Moves width from one column to another while that lowers the rows.
    QList<int> improve(QList<int> widths);

private:
    static int sum(const QList<int>& widths);
    QList<int> share(QList<int> widths, int room) const;
    /// The rows' total height (text only) at these widths.
    int height(const QList<int>& widths);
    /// Each row's text height in column `c` at width `width` (measured once).
    const QList<int>& column(int c, int width);

    const QTableWidget* table_;
    QList<int> natural_, least_, padding_;
    QHash<QPair<int, int>, QList<int>> measured_;
};

WidthShare::WidthShare(const QTableWidget* table, const QList<int>& oneLine)
    : table_(table) {
    const int columns = table->columnCount();
    natural_ = least_ = padding_ = QList<int>(columns, 0);
    for (int c = 0; c < columns; ++c) {
        if (table->isColumnHidden(c))
            continue;
        int widestLine = 0, widestWord = 0;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QTableWidgetItem* cell = table->item(row, c);
            if (!cell)
                continue;
            const QFontMetrics metrics(cell->font());
            for (const QString& line : cell->text().split(u'\n')) {
                widestLine = std::max(widestLine, metrics.horizontalAdvance(line));
                for (const QString& word : line.split(u' ', Qt::SkipEmptyParts))
                    widestWord = std::max(widestWord, metrics.horizontalAdvance(word));
            }
        }
        // What a cell adds around its text (margins, the swatch) stays when the text wraps.
        padding_[c] = std::max(0, oneLine.value(c) - widestLine);
        const int header = table->horizontalHeader()->sectionSizeHint(c);
        natural_[c] = std::max(header, oneLine.value(c));
        least_[c] = std::max(header, widestWord + padding_[c]);
    }
}

int WidthShare::sum(const QList<int>& widths) {
    int total = 0;
    for (const int w : widths)
        total += w;
    return total;
}

QList<int> WidthShare::share(QList<int> widths, int room) const {
    while (room > 0) {
        int wrapping = 0;
        for (qsizetype c = 0; c < widths.size(); ++c)
            wrapping += widths[c] < natural_[c] ? 1 : 0;
        if (wrapping == 0)
            break;
        const int part = std::max(1, room / wrapping);
        for (qsizetype c = 0; c < widths.size() && room > 0; ++c) {
            const int more = std::min({part, natural_[c] - widths[c], room});
            if (more > 0) {
                widths[c] += more;
                room -= more;
            }
        }
    }
    return widths;
}

const QList<int>& WidthShare::column(int c, int width) {
    const auto key = qMakePair(c, width);
    auto found = measured_.find(key);
    if (found != measured_.end())
        return *found;
    QList<int> heights(table_->rowCount(), 0);
    for (int row = 0; row < table_->rowCount(); ++row)
        if (const QTableWidgetItem* cell = table_->item(row, c)) {
            const QFontMetrics metrics(cell->font());
            const QRect text(0, 0, std::max(1, width - padding_[c]), 1 << 20);
            heights[row] = metrics.boundingRect(text, Qt::TextWordWrap, cell->text()).height();
        }
    return *measured_.insert(key, heights);
}

int WidthShare::height(const QList<int>& widths) {
    QList<int> tallest(table_->rowCount(), 0);
    for (qsizetype c = 0; c < widths.size(); ++c) {
        if (table_->isColumnHidden(int(c)))
            continue;
        const QList<int>& heights = column(int(c), widths[c]);
        for (qsizetype row = 0; row < tallest.size(); ++row)
            tallest[row] = std::max(tallest[row], heights[row]);
    }
    return sum(tallest);
}

QList<int> WidthShare::bestStart(int room) {
    QList<int> best = share(least_, room);
    int lowest = height(best);
    for (qsizetype c = 0; c < least_.size(); ++c) {
        if (table_->isColumnHidden(int(c)))
            continue;
        QList<int> first = least_;
        first[c] = std::min(natural_[c], least_[c] + room);
        const QList<int> candidate = share(first, room - (first[c] - least_[c]));
        if (const int h = height(candidate); h < lowest) {
            lowest = h;
            best = candidate;
        }
    }
    return best;
}

QList<int> WidthShare::improve(QList<int> widths) {
    int lowest = height(widths);
    for (bool better = true; better;) {
        better = false;
        for (const int step : {64, 16, 4})
            for (qsizetype from = 0; from < widths.size(); ++from)
                for (qsizetype to = 0; to < widths.size(); ++to) {
                    if (from == to || widths[from] - step < least_[from] ||
                        widths[to] + step > natural_[to] || table_->isColumnHidden(int(from)) ||
                        table_->isColumnHidden(int(to)))
                        continue;
                    QList<int> moved = widths;
                    moved[from] -= step;
                    moved[to] += step;
                    if (const int h = height(moved); h < lowest) {
                        lowest = h;
                        widths = moved;
                        better = true;
                    }
                }
    }
    return widths;
}

} // namespace

bool FittedTable::shareWidth(const QList<int>& oneLine) {
    const int available = width() - 2 * frameWidth();
    WidthShare share(this, oneLine);
    const int room = available - share.leastSum();
    QList<int> widths = share.bestStart(std::max(0, room));
    if (room > 0 && share.naturalSum() > available)
        widths = share.improve(widths);
    // The last column shown takes what is left, so that the columns fill the table exactly.
    int given = 0, last = -1;
    for (int c = 0; c < columnCount(); ++c)
        if (!isColumnHidden(c)) {
            given += widths[c];
            last = c;
        }
    if (last >= 0 && available > given)
        widths[last] += available - given;
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
