#include "ui/widgets/width_share.h"

#include <QHeaderView>
#include <QTableWidget>
#include <algorithm>

namespace pixelchain::ui {

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
            // At its one-line width a column is on one line: measured, a text exactly as wide
            // as its rounded advance may wrap on a fraction of a pixel.
            const int room = width >= natural_[c] ? 1 << 20 : std::max(1, width - padding_[c]);
            const QRect text(0, 0, room, 1 << 20);
            heights[row] = metrics.boundingRect(text, Qt::TextWordWrap, cell->text()).height();
        }
    return *measured_.insert(key, heights);
}

int WidthShare::height(const QList<int>& widths) {
    QList<int> tallest(table_->rowCount(), 0);
    for (qsizetype c = 0; c < widths.size(); ++c) {
        if (!shown(c))
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
        if (!shown(c))
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
                        widths[to] + step > natural_[to] || !shown(from) || !shown(to))
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

bool WidthShare::shown(qsizetype c) const {
    return !table_->isColumnHidden(int(c));
}

QList<int> WidthShare::widths(int available) {
    const int room = available - leastSum();
    QList<int> widths = bestStart(std::max(0, room));
    if (room > 0 && naturalSum() > available)
        widths = improve(widths);
    int given = 0;
    qsizetype last = -1;
    for (qsizetype c = 0; c < widths.size(); ++c)
        if (shown(c)) {
            given += widths[c];
            last = c;
        }
    if (last >= 0 && available > given)
        widths[last] += available - given;
    return widths;
}

QList<int> oneLineWidths(QTableWidget* table) {
    const bool wrapping = table->wordWrap();
    table->setWordWrap(false);
    QList<int> oneLine;
    // Public in the view's base class (QTableView keeps its own override protected).
    const QAbstractItemView* view = table;
    for (int c = 0; c < table->columnCount(); ++c)
        oneLine << (table->isColumnHidden(c) ? 0 : view->sizeHintForColumn(c));
    table->setWordWrap(wrapping);
    return oneLine;
}

} // namespace pixelchain::ui
