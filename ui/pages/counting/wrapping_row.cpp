#include "ui/pages/counting/wrapping_row.h"

#include <QWidget>
#include <algorithm>

namespace pixelchain::ui {
namespace {

/// A widget's width on a line `room` wide: what it asks for, never below its minimum.
int widthIn(const QLayoutItem* item, int room) {
    return std::max(item->minimumSize().width(), std::min(item->sizeHint().width(), room));
}

int heightAt(const QLayoutItem* item, int width) {
    const int asked =
        item->hasHeightForWidth() ? item->heightForWidth(width) : item->sizeHint().height();
    return std::max(asked, item->minimumSize().height());
}

} // namespace

WrappingRow::WrappingRow(int gap, int lineGap, QWidget* parent)
    : QLayout(parent)
    , gap_(gap)
    , lineGap_(lineGap) {
    setContentsMargins(0, 0, 0, 0);
}

WrappingRow::~WrappingRow() {
    qDeleteAll(items_);
}

void WrappingRow::addItem(QLayoutItem* item) {
    items_.append(item);
}

QLayoutItem* WrappingRow::itemAt(int index) const {
    return items_.value(index);
}

QLayoutItem* WrappingRow::takeAt(int index) {
    if (index < 0 || index >= items_.size())
        return nullptr;
    invalidate();
    return items_.takeAt(index);
}

int WrappingRow::heightForWidth(int width) const {
    return lay(QRect(0, 0, width, 0), false);
}

QSize WrappingRow::minimumSize() const {
    QSize least;
    for (const QLayoutItem* item : items_)
        if (!item->isEmpty())
            least = least.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return least + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize WrappingRow::sizeHint() const {
    int width = 0, height = 0, shown = 0;
    for (const QLayoutItem* item : items_) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
        ++shown;
    }
    const QMargins m = contentsMargins();
    return {width + gap_ * std::max(0, shown - 1) + m.left() + m.right(),
            height + m.top() + m.bottom()};
}

void WrappingRow::setGeometry(const QRect& rect) {
    QLayout::setGeometry(rect);
    lay(rect, true);
}

int WrappingRow::lay(const QRect& rect, bool place) const {
    const QMargins m = contentsMargins();
    const QRect area = rect.marginsRemoved(m);
    int top = area.top();
    int lines = 0;
    for (qsizetype first = 0; first < items_.size();) {
        // Take widgets onto the line while they fit; the first one goes on it in any case.
        qsizetype end = first;
        int used = 0, height = 0;
        for (; end < items_.size(); ++end) {
            const QLayoutItem* item = items_[end];
            if (item->isEmpty())
                continue;
            const int width = widthIn(item, area.width());
            const int needed = used > 0 ? used + gap_ + width : width;
            if (used > 0 && needed > area.width())
                break;
            used = needed;
            height = std::max(height, heightAt(item, width));
        }
        if (used == 0)
            break; // only hidden widgets were left
        if (place) {
            int x = area.left();
            for (qsizetype k = first; k < end; ++k) {
                QLayoutItem* item = items_[k];
                if (item->isEmpty())
                    continue;
                const int width = widthIn(item, area.width());
                const int h = heightAt(item, width);
                // Each widget stands in the middle of its line's height.
                item->setGeometry(QRect(x, top + (height - h) / 2, width, h));
                x += width + gap_;
            }
        }
        top += height + lineGap_;
        ++lines;
        first = end;
    }
    const int linesHeight = lines > 0 ? top - lineGap_ - area.top() : 0;
    return linesHeight + m.top() + m.bottom();
}

} // namespace pixelchain::ui
