#include "ui/pages/counting/count_table.h"

#include "ui/pages/counting/count_text.h"
#include "ui/pages/counting/factorization_style.h"
#include "ui/pages/counting/storage_size.h"
#include "ui/widgets/split_lines.h"
#include "ui/widgets/width_share.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>
#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

namespace pixelchain::ui {

using counting::Factorization;

namespace {

// A short line in the factorization's colour and line style, as in the chart legend.
QIcon swatch(Factorization f) {
    QPixmap pixmap(32, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(FactorizationStyle::color(f), 5);
    if (FactorizationStyle::lineStyle(f) != Qt::SolidLine)
        pen.setDashPattern({1.0, 0.8}); // short dashes, so two of them fit in the swatch
    painter.setPen(pen);
    painter.drawLine(3, 8, 29, 8);
    return QIcon(pixmap);
}

} // namespace

CountTable::CountTable(QWidget* parent)
    : QTableWidget(static_cast<int>(kFactorizationCount), 6, parent)
    , memory_(StorageSize::physicalMemory().value_or(0)) {
    setObjectName(QStringLiteral("countTable"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setIconSize(QSize(32, 16));
    setWordWrap(true);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->setVisible(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setStretchLastSection(true);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    // As tall as its rows where the page has room (it leaves the room below empty); its rows'
    // height follows its width, so it does not hold the window to the height of a narrow moment.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    updateHeaders();
    for (const Factorization f : counting::kAllFactorizations) {
        const int row = FactorizationStyle::row(f);
        auto* name = new QTableWidgetItem(swatch(f), FactorizationStyle::shortName(f));
        name->setData(Qt::UserRole, QVariant::fromValue(static_cast<int>(f)));
        setItem(row, NameColumn, name);
        for (int column = CountColumn; column <= AtomsColumn; ++column)
            setCell(row, column, QString());
    }
    connect(this, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0)
            Q_EMIT factorizationChosen(counting::kAllFactorizations[row]);
    });
}

QStringList CountTable::headerLabels(bool narrow) const {
    const QString memory =
        memory_ > 0 ? StorageSize::bytesText(std::log10(double(memory_))) : tr("unknown");
    QStringList labels{tr("Factorization"),
                       tr("Parameters"),
                       tr("log₁₀"),
                       tr("Storage\n(4 B each)"),
                       tr("vs. memory\n(%1)").arg(memory),
                       tr("vs. atoms\n(10⁸⁰)")};
    if (narrow)
        for (QString& label : labels)
            label = splitEachLine(label);
    return labels;
}

void CountTable::updateHeaders() {
    setAccessibleName(tr("Parameters of each factorization"));
    setHorizontalHeaderLabels(headerLabels(narrowHeaders_));
    horizontalHeaderItem(StorageColumn)->setToolTip(tr("4 bytes (one float) per parameter"));
    horizontalHeaderItem(MemoryColumn)->setToolTip(tr("This computer's physical memory"));
    horizontalHeaderItem(AtomsColumn)
        ->setToolTip(tr("About 10⁸⁰ atoms make up the observable universe"));
}

// The cells' texts come back with the page's next showResult(); the names and headers are here.
void CountTable::retranslate() {
    updateHeaders();
    for (const Factorization f : counting::kAllFactorizations)
        item(FactorizationStyle::row(f), NameColumn)->setText(FactorizationStyle::shortName(f));
    fitColumns();
}

void CountTable::setCell(int row, int column, const QString& text, const QString& exact) {
    auto* cell = new QTableWidgetItem(text);
    if (!exact.isEmpty()) {
        cell->setData(Qt::UserRole, exact);
        cell->setToolTip(
            tr("%1 digits — select the row and press Ctrl+C to copy them all").arg(exact.size()));
    }
    const bool number = column == CountColumn || column == Log10Column || column == StorageColumn;
    cell->setTextAlignment(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    setItem(row, column, cell);
}

// ✓ and ✗ carry the meaning; the colour (Okabe–Ito bluish green / vermillion) only repeats it.
void CountTable::markCell(int row, int column, bool good) {
    item(row, column)->setForeground(good ? QColor(0x00, 0x7A, 0x5A) : QColor(0xC0, 0x4A, 0x00));
}

void CountTable::showResult(const CountingResult& result) {
    for (const Factorization f : counting::kAllFactorizations) {
        const int row = FactorizationStyle::row(f);
        const counting::ParameterCount& count = result.counts[static_cast<std::size_t>(row)];
        item(row, NameColumn)->setText(FactorizationStyle::name(f, result.query));
        setCell(row, CountColumn, CountText::compact(count), CountText::exact(count));
        setCell(row, Log10Column, QLocale::c().toString(count.log10, 'f', 2));
        setCell(row, StorageColumn, StorageSize::storageText(count));
        if (memory_ > 0) {
            setCell(row, MemoryColumn, StorageSize::memoryText(count, memory_));
            markCell(row, MemoryColumn, StorageSize::fitsInMemory(count, memory_));
        }
        setCell(row, AtomsColumn, StorageSize::atomsText(count));
        markCell(row, AtomsColumn, StorageSize::fewerThanAtoms(count));
    }
    fitColumns();
}

void CountTable::fitColumns() {
    // One-line headers where every cell fits on one line. Where the cells must wrap, the headers
    // that leave the table shorter: split headers give the cells more room, whole ones take
    // fewer lines themselves.
    std::optional<std::pair<int, bool>> shortest; // height and narrow headers
    for (const bool narrow : {false, true}) {
        setNarrowHeaders(narrow);
        const Fit fit = fitColumnsNow();
        if (fit == Fit::OneLine && !narrow)
            break;
        resizeRowsToContents();
        int height = horizontalHeader()->sizeHint().height() + verticalHeader()->length();
        if (fit == Fit::Overflowing)
            height += width(); // only where nothing else fits
        if (!shortest || height < shortest->first)
            shortest = {height, narrow};
    }
    if (shortest && shortest->second != narrowHeaders_) {
        setNarrowHeaders(shortest->second);
        fitColumnsNow();
    }
    resizeRowsToContents();
    // A header needs its text's height, not the two scroll bars' room a scroll area asks for.
    horizontalHeader()->setMinimumHeight(horizontalHeader()->sizeHint().height());
    updateGeometry();
}

void CountTable::setNarrowHeaders(bool narrow) {
    if (narrowHeaders_ == narrow)
        return;
    narrowHeaders_ = narrow;
    updateHeaders();
}

int CountTable::oneLineWidth() const {
    const QFontMetrics metrics(horizontalHeader()->font());
    const auto widestLine = [&metrics](const QString& text) {
        int widest = 0;
        for (const QString& line : text.split(u'\n'))
            widest = std::max(widest, metrics.horizontalAdvance(line));
        return widest;
    };
    const QStringList narrow = headerLabels(true);
    int sum = 2 * frameWidth();
    for (int c = 0; c < columnCount(); ++c) {
        // The headers as they are now tell what a header adds around its widest line.
        const QString shown = horizontalHeaderItem(c)->text();
        const int padding = horizontalHeader()->sectionSizeHint(c) - widestLine(shown);
        sum += std::max(widestLine(narrow[c]) + padding, sizeHintForColumn(c));
    }
    return sum;
}

// The columns share the width where it saves the most height (WidthShare): the table must show
// whole on a projector under the lesson's captions.
CountTable::Fit CountTable::fitColumnsNow() {
    const int available = width() - 2 * frameWidth();
    WidthShare share(this, oneLineWidths(this));
    const QList<int> widths = share.widths(available);
    for (int c = 0; c < columnCount(); ++c)
        setColumnWidth(c, widths[c]);
    if (share.naturalSum() <= available)
        return Fit::OneLine;
    return share.leastSum() <= available ? Fit::Wrapped : Fit::Overflowing;
}

QSize CountTable::sizeHint() const {
    QSize hint = QTableWidget::sizeHint();
    const int header =
        std::max(horizontalHeader()->height(), horizontalHeader()->sizeHint().height());
    int height = header + verticalHeader()->length() + 2 * frameWidth();
    if (horizontalScrollBar()->isVisible())
        height += horizontalScrollBar()->height();
    // The rows' height, not the scroll area's: that one keeps room for a horizontal scroll bar
    // even where none shows, an empty band under the last row.
    hint.setHeight(height);
    return hint;
}

void CountTable::resizeEvent(QResizeEvent* event) {
    QTableWidget::resizeEvent(event);
    fitColumns();
}

Factorization CountTable::chosen() const {
    const int row = currentRow() < 0 ? 0 : currentRow();
    return counting::kAllFactorizations[row];
}

void CountTable::choose(Factorization f) {
    setCurrentCell(FactorizationStyle::row(f), 0);
}

QString CountTable::exactDigits(Factorization f) const {
    const QTableWidgetItem* cell = item(FactorizationStyle::row(f), CountColumn);
    return cell ? cell->data(Qt::UserRole).toString() : QString();
}

void CountTable::keyPressEvent(QKeyEvent* event) {
    if (event->matches(QKeySequence::Copy)) {
        QApplication::clipboard()->setText(exactDigits(chosen()));
        event->accept();
        return;
    }
    QTableWidget::keyPressEvent(event);
}

void CountTable::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTableWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitColumns();
}

} // namespace pixelchain::ui
