#include "ui/pages/counting/labelled_fields.h"

#include "ui/pages/counting/wrapping_row.h"

#include <QApplication>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>

namespace pixelchain::ui {
namespace {

/// The width a layout gives `widget` at the least: its minimum size hint, or its size hint where
/// its policy does not let it shrink (a spin box), or the minimum width set on it.
int leastWidth(const QWidget* widget) {
    if (widget->minimumWidth() > 0)
        return widget->minimumWidth();
    const bool shrinks = widget->sizePolicy().horizontalPolicy() & QSizePolicy::ShrinkFlag;
    return shrinks ? widget->minimumSizeHint().width() : widget->sizeHint().width();
}

void setWraps(QWidget* text, bool wraps) {
    if (auto* label = qobject_cast<QLabel*>(text))
        label->setWordWrap(wraps);
}

} // namespace

LabelledFields::LabelledFields(QWidget* parent)
    : QWidget(parent) {}

void LabelledFields::addField(QWidget* field) {
    entries_.push_back({Entry::Field, nullptr, field});
}

void LabelledFields::addRow(QLabel* label, QWidget* field) {
    entries_.push_back({Entry::Row, label, field});
}

void LabelledFields::addClosing(QWidget* text) {
    entries_.push_back({Entry::Closing, nullptr, text});
}

LabelledFields::Entry* LabelledFields::find(const QWidget* field) {
    for (Entry& e : entries_)
        if (e.field == field)
            return &e;
    return nullptr;
}

const LabelledFields::Entry* LabelledFields::find(const QWidget* field) const {
    return const_cast<LabelledFields*>(this)->find(field);
}

QLabel* LabelledFields::labelFor(const QWidget* field) const {
    const Entry* e = find(field);
    return e ? e->label : nullptr;
}

void LabelledFields::setShown(const QWidget* field, bool shown) {
    if (Entry* e = find(field)) {
        e->shown = shown;
        showEntries();
    }
}

void LabelledFields::setBanded(bool banded) {
    if (banded == banded_ && layout())
        return;
    banded_ = banded;
    arrange();
}

int LabelledFields::columnWidth() const {
    int widest = 0;
    for (const Entry& e : entries_) {
        if (!e.shown || e.kind == Entry::Closing)
            continue; // a wrapping text is narrower than the fields above it
        widest = std::max(widest, leastWidth(e.field));
        if (e.label)
            widest = std::max(widest, e.label->sizeHint().width());
    }
    return widest;
}

// The room between the band's pairs follows the font (presentation mode, zoom).
void LabelledFields::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange && banded_ && layout())
        arrange();
}

void LabelledFields::arrange() {
    // Moving a field to another parent takes the keyboard focus from it: it gets it back.
    QWidget* focused = QApplication::focusWidget();
    if (focused && !isAncestorOf(focused))
        focused = nullptr;
    delete layout(); // the widgets stay; only the layout that placed them goes
    if (banded_)
        arrangeBand();
    else
        arrangeColumn();
    showEntries();
    if (focused)
        focused->setFocus();
}

void LabelledFields::arrangeColumn() {
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // In a narrow column (a projector, the larger fonts of presentation) a label goes above its
    // field rather than squeezing it.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    column->addLayout(form);
    for (Entry& e : entries_) {
        if (e.kind == Entry::Field)
            form->addRow(e.field);
        else if (e.kind == Entry::Row)
            form->addRow(e.label, e.field);
        else { // a wrapping label sits below the form: a form's row gives it too little height
            setWraps(e.field, true);
            column->addWidget(e.field);
        }
    }
}

void LabelledFields::arrangeBand() {
    // Pairs stand two letters apart, so that a label reads with its own field.
    auto* band = new WrappingRow(2 * fontMetrics().averageCharWidth(),
                                 style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing), this);
    for (Entry& e : entries_) {
        if (e.kind == Entry::Closing)
            setWraps(e.field, false); // it has a line's room, or a line of its own
        if (e.kind != Entry::Row) {
            band->addWidget(e.field);
            continue;
        }
        if (!e.pair) {
            e.pair = new QWidget(this);
            new QHBoxLayout(e.pair);
            e.pair->layout()->setContentsMargins(0, 0, 0, 0);
        }
        e.pair->layout()->addWidget(e.label);
        e.pair->layout()->addWidget(e.field);
        band->addWidget(e.pair);
    }
}

void LabelledFields::showEntries() {
    for (Entry& e : entries_) {
        if (e.label)
            e.label->setVisible(e.shown);
        e.field->setVisible(e.shown);
        if (e.pair)
            e.pair->setVisible(banded_ && e.shown);
    }
}

} // namespace pixelchain::ui
