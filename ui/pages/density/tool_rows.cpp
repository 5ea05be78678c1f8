#include "ui/pages/density/tool_rows.h"

#include "ui/pages/density/tab_stop_button.h"

#include <QAbstractButton>
#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace pixelchain::ui {

ToolRows::ToolRows(QWidget* parent)
    : QWidget(parent)
    , grid_(new QWidget(this))
    , rows_(new QVBoxLayout(grid_)) {
    rows_->setContentsMargins(0, 0, 0, 0);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void ToolRows::setArrangements(QList<Arrangement> arrangements) {
    arrangements_ = std::move(arrangements);
    current_ = -1;
    arrange(chooseFor(width()));
}

QPushButton* ToolRows::addButton(const QString& name) {
    auto* button = new TabStopButton<QPushButton>(this);
    button->setObjectName(name);
    return button;
}

QWidget* ToolRows::tool(const char* name) const {
    return findChild<QWidget*>(QLatin1String(name));
}

void ToolRows::labelButton(const char* name, const QString& text, const QString& tip) {
    auto* button = findChild<QPushButton*>(QLatin1String(name));
    button->setText(text);
    button->setToolTip(tip);
}

int ToolRows::rowCount() const {
    return current_ < 0 ? 0 : int(arrangements_[current_].size());
}

int ToolRows::widthOf(const Row& row) const {
    int width = rows_->spacing() * std::max(0, int(row.size()) - 1);
    for (const QWidget* control : row)
        width += control->sizeHint().expandedTo(control->minimumSizeHint()).width();
    return width;
}

int ToolRows::widestRow(const Arrangement& arrangement) const {
    int widest = 0;
    for (const Row& row : arrangement)
        widest = std::max(widest, widthOf(row));
    return widest;
}

int ToolRows::heightOf(const Arrangement& arrangement) const {
    int height = rows_->spacing() * std::max(0, int(arrangement.size()) - 1);
    for (const Row& row : arrangement) {
        int tallest = 0;
        for (const QWidget* control : row)
            tallest = std::max(tallest,
                               control->sizeHint().expandedTo(control->minimumSizeHint()).height());
        height += tallest;
    }
    return height;
}

int ToolRows::chooseFor(int width) const {
    for (int i = 0; i < arrangements_.size(); ++i) {
        const Arrangement& arrangement = arrangements_[i];
        if (std::all_of(arrangement.begin(), arrangement.end(),
                        [&](const Row& row) { return widthOf(row) <= width; }))
            return i;
    }
    return int(arrangements_.size()) - 1;
}

int ToolRows::heightForWidth(int width) const {
    const int i = chooseFor(width);
    return i < 0 ? 0 : heightOf(arrangements_[i]);
}

QSize ToolRows::sizeHint() const {
    if (arrangements_.isEmpty())
        return {0, 0};
    return {std::max(widestRow(arrangements_.front()), minimumSizeHint().width()),
            heightOf(arrangements_.front())};
}

// As narrow as the arrangement with the most rows; as tall as the rows shown now.
QSize ToolRows::minimumSizeHint() const {
    if (arrangements_.isEmpty())
        return {0, 0};
    return {widestRow(arrangements_.back()), heightOf(arrangements_[std::max(current_, 0)])};
}

void ToolRows::arrange(int index) {
    if (index == current_ || index < 0)
        return;
    current_ = index;
    while (QLayoutItem* item = rows_->takeAt(0)) {
        if (QLayout* row = item->layout())
            while (QLayoutItem* cell = row->takeAt(0))
                delete cell; // the control stays, a child of grid_
        delete item;
    }
    for (const Row& controls : arrangements_[index]) {
        auto* row = new QHBoxLayout;
        row->setSpacing(rows_->spacing());
        // Buttons share the row's width; a labelled field keeps its own.
        for (QWidget* control : controls)
            row->addWidget(control, qobject_cast<QAbstractButton*>(control) ? 1 : 0);
        rows_->addLayout(row);
    }
    updateGeometry();
}

void ToolRows::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    arrange(chooseFor(width()));
    grid_->setGeometry(rect());
}

// A new font or new words change what a row needs (grid_ asks for a new layout): the rows are
// chosen again, and the column asks again how large this widget is.
bool ToolRows::event(QEvent* event) {
    const bool done = QWidget::event(event);
    if (event->type() == QEvent::LayoutRequest) {
        arrange(chooseFor(width()));
        updateGeometry();
    }
    return done;
}

} // namespace pixelchain::ui
