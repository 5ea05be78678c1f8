#include "ui/pages/models/model_table.h"

#include "core/image/binary_image.h"
#include "core/mnist/binarize.h"
#include "ui/adapters/model_names.h"
#include "ui/adapters/published_results.h"
#include "ui/pages/models/model_style.h"
#include "ui/widgets/math_text.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace pixelchain::ui {

ModelTable::ModelTable(Part part, QWidget* parent)
    : FittedTable(parent)
    , part_(part) {
    setObjectName(part == Part::Measured ? QStringLiteral("modelsTable")
                                         : QStringLiteral("publishedTable"));
    setColumnCount(ColumnCount);
    retranslate();
}

// The rows come with the page's next showModels().
void ModelTable::retranslate() {
    retitle();
    setAccessibleName(part_ == Part::Measured ? tr("Table of the models' parameters and test NLL")
                                              : tr("Table of the published results"));
    horizontalHeader()->setAccessibleName(tr("Columns of the models table"));
}

QStringList ModelTable::headerTitles() const {
    return {tr("Model"), tr("Parameters"), tr("Test NLL (nats)"), tr("Bits per pixel"),
            tr("Source")};
}

QString ModelTable::parameterText(std::uint64_t count) {
    return QLocale().toString(static_cast<qulonglong>(count));
}

QString ModelTable::nllText(double nll) {
    return QLocale().toString(nll, 'f', 2);
}

void ModelTable::showModels(const QVector<ModelEntry>& entries) {
    setRowCount(0);
    if (part_ == Part::Measured) {
        addMeasuredRows(entries);
        addFullTableRow();
    } else {
        addPublishedRows();
    }
    fitColumns();
}

// Every row was scored here on the same binarization, which the page says once above the table.
void ModelTable::addMeasuredRows(const QVector<ModelEntry>& entries) {
    QVector<const ModelEntry*> measured;
    for (const ModelEntry& e : entries)
        if (e.model && std::isfinite(e.testNll))
            measured.append(&e);
    std::stable_sort(measured.begin(), measured.end(), [](const auto* a, const auto* b) {
        return a->model->parameterCount() < b->model->parameterCount();
    });
    const double nats = kPixels * std::log(2.0);
    for (const ModelEntry* e : measured)
        addRow({e->shortName(), parameterText(e->model->parameterCount()), nllText(e->testNll),
                QLocale().toString(e->testNll / nats, 'f', 4),
                tr("%1 (%2)").arg(ModelNames::training(e->training), e->id)},
               ModelStyle::color(e->model->family()), false, e->title);
}

void ModelTable::addPublishedRows() {
    const double nats = kPixels * std::log(2.0);
    for (const PublishedResult& r : PublishedResults::all())
        addRow({publishedName(r), r.parameters ? countText(*r.parameters) : tr("not given"),
                nllText(r.nll), QLocale().toString(r.nll / nats, 'f', 4), r.source},
               ModelStyle::publishedColor(), true);
}

QString ModelTable::publishedName(const PublishedResult& result) {
    return result.configuration.isEmpty() ? result.name
                                          : tr("%1\n(%2)").arg(result.name, result.configuration);
}

QString ModelTable::countText(const counting::ParameterCount& count) {
    // Up to 18 digits fit a 64-bit integer; a longer count is read in powers of ten.
    return count.exact && count.digits <= 18
               ? parameterText(count.exact->convert_to<std::uint64_t>())
               : math::fromLog10(count.log10);
}

// The full joint table is the extreme of "more parameters": fitted by maximum likelihood it puts
// all its mass on the training digits it has seen, so a single unseen test digit has probability
// 0 and the test NLL is infinite.
void ModelTable::addFullTableRow() {
    counting::CountQuery query;
    query.variables = kPixels;
    query.states = 2;
    const counting::ParameterCount full = counting::count(counting::Factorization::Full, query);
    addRow({tr("Full joint table,\nfitted by maximum likelihood"), countText(full), tr("∞"),
            tr("∞"),
            tr("fitted to the %1 training digits, it gives probability 0 to every digit it has "
               "not seen: the test NLL is infinite (overfitting at its extreme)")
                .arg(QLocale().toString(qulonglong(mnist::kTrainCount)))},
           QColor(Qt::black), true);
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

void ModelTable::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    FittedTable::changeEvent(event);
}

} // namespace pixelchain::ui
