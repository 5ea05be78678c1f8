#include "ui/pages/models/model_table.h"

#include "core/image/binary_image.h"
#include "ui/adapters/model_names.h"
#include "ui/pages/models/model_style.h"
#include "ui/pages/models/published_results.h"

#include <QHeaderView>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace pixelchain::ui {

ModelTable::ModelTable(QWidget* parent)
    : QTableWidget(parent) {
    setObjectName(QStringLiteral("modelsTable"));
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels(
        {tr("Model"), tr("Parameters"), tr("Test NLL (nats)"), tr("Bits per pixel"), tr("Source")});
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(Source, QHeaderView::Stretch); // long text elides
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setAlternatingRowColors(true);
}

QString ModelTable::parameterText(std::uint64_t count) {
    return QLocale().toString(static_cast<qulonglong>(count));
}

QString ModelTable::nllText(double nll) {
    return QLocale().toString(nll, 'f', 2);
}

void ModelTable::showModels(const QVector<ModelEntry>& entries) {
    setRowCount(0);
    QVector<const ModelEntry*> measured;
    for (const ModelEntry& e : entries)
        if (e.model && std::isfinite(e.testNll))
            measured.append(&e);
    std::stable_sort(measured.begin(), measured.end(), [](const auto* a, const auto* b) {
        return a->model->parameterCount() < b->model->parameterCount();
    });
    const double nats = kPixels * std::log(2.0);
    for (const ModelEntry* e : measured)
        addRow({ModelNames::shortName(*e->model), parameterText(e->model->parameterCount()),
                nllText(e->testNll), QLocale().toString(e->testNll / nats, 'f', 4),
                tr("measured here (%1)").arg(e->id)},
               ModelStyle::color(e->model->kind()), false, e->title);
    addRow({tr("Full joint table"), tr("2^784 − 1"), tr("unreachable"), QString(),
            tr("more numbers than atoms in the universe: cannot be stored or fitted")},
           QColor(Qt::black), true);
    for (const PublishedResult& r : PublishedResults::all())
        addRow({r.name, tr("not given"), nllText(r.nll), QLocale().toString(r.nll / nats, 'f', 4),
                tr("published: %1").arg(r.source)},
               ModelStyle::publishedColor(), true);
    updateGeometry();
}

QSize ModelTable::sizeHint() const {
    // Every row and every column, so that a stacked layout shows the whole table unscrolled.
    int width = 2 * frameWidth(), height = 2 * frameWidth() + horizontalHeader()->height();
    for (int c = 0; c < columnCount(); ++c)
        width += std::max(horizontalHeader()->sectionSizeHint(c), sizeHintForColumn(c));
    for (int r = 0; r < rowCount(); ++r)
        height += rowHeight(r);
    return {width, height};
}

void ModelTable::addRow(const QStringList& cells, const QColor& mark, bool italic,
                        const QString& tip) {
    const int row = rowCount();
    insertRow(row);
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        if (c == Parameters || c == TestNll || c == BitsPerPixel)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QFont f = font();
        f.setItalic(italic);
        item->setFont(f);
        item->setToolTip(tip.isEmpty() ? cells[c] : tip);
        if (c == Name) // a swatch in the model's chart colour; the text stays black
            item->setData(Qt::DecorationRole, mark);
        setItem(row, c, item);
    }
}

} // namespace pixelchain::ui
