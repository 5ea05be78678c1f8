// WidthShare (ui/widgets/width_share.h): how the columns of a table that must show whole share a
// width too small for every cell on one line. Each row of `keepsItsPromises` is a table and a
// width, and checks what the header promises: one line each where the width allows, never
// narrower than a column's longest word (even where the table then overflows), never wider than
// its one line (the last column takes what is left), and the width filled exactly. `savesHeight`
// checks that the rows are no taller than with the width shared out equally.
#include "ui/widgets/width_share.h"

#include <QHeaderView>
#include <QTableWidget>
#include <QTest>
#include <numeric>

using pixelchain::ui::oneLineWidths;
using pixelchain::ui::WidthShare;

namespace {

using Rows = QList<QStringList>;

/// A wrapping table with these rows (every row as many cells as the first).
std::unique_ptr<QTableWidget> makeTable(const Rows& rows) {
    auto table = std::make_unique<QTableWidget>(int(rows.size()), int(rows.front().size()));
    table->setWordWrap(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->hide();
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    table->setHorizontalHeaderLabels(QStringList(rows.front().size(), QStringLiteral("h")));
    return table;
}

/// The rows' total height once the columns have `widths`.
int rowsHeight(QTableWidget* table, const QList<int>& widths) {
    for (int c = 0; c < widths.size(); ++c)
        table->setColumnWidth(c, widths[c]);
    table->resizeRowsToContents();
    return table->verticalHeader()->length();
}

/// The width of `column`'s longest word, with what a cell adds around its text.
int longestWord(QTableWidget* table, int column, const QList<int>& oneLine) {
    const QFontMetrics metrics(table->font());
    int widestLine = 0, widestWord = 0;
    for (int r = 0; r < table->rowCount(); ++r) {
        const QString text = table->item(r, column)->text();
        widestLine = std::max(widestLine, metrics.horizontalAdvance(text));
        for (const QString& word : text.split(u' ', Qt::SkipEmptyParts))
            widestWord = std::max(widestWord, metrics.horizontalAdvance(word));
    }
    return widestWord + (oneLine[column] - widestLine);
}

const Rows kModels{
    {QStringLiteral("Full joint table"), QStringLiteral("4.1 × 10²³⁶ B"),
     QStringLiteral("✗ 10²²⁶× too big")},
    {QStringLiteral("Independent pixels"), QStringLiteral("3.1 kB"),
     QStringLiteral("✓ fits (< 0.01 %)")},
    {QStringLiteral("Markov chain of order 1"), QStringLiteral("6.3 kB"),
     QStringLiteral("✓ fits (< 0.01 %)")},
    {QStringLiteral("NADE with 500 hidden units"), QStringLiteral("3.1 MB"),
     QStringLiteral("✓ fits (0.012 %)")},
};

// One long cell in the first column, and many cells in the second that fit on one line with a
// little more width: the width goes to the second.
const Rows kManyShortOneLong{
    {QStringLiteral("a long description of one model that wraps in any case"),
     QStringLiteral("fits in memory")},
    {QStringLiteral("x"), QStringLiteral("fits in memory")},
    {QStringLiteral("y"), QStringLiteral("fits in memory")},
    {QStringLiteral("z"), QStringLiteral("fits in memory")},
    {QStringLiteral("w"), QStringLiteral("fits in memory")},
};

/// Both tables at each share of the width their columns take on one line.
void addRows(std::initializer_list<double> shares) {
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<double>("share");
    for (const double share : shares) {
        QTest::addRow("models at %.2f", share) << kModels << share;
        QTest::addRow("many short, one long at %.2f", share) << kManyShortOneLong << share;
    }
}

} // namespace

class TestWidthShare : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keepsItsPromises_data();
    void keepsItsPromises();
    void savesHeight_data();
    void savesHeight();
};

void TestWidthShare::keepsItsPromises_data() {
    addRows({1.2, 1.0, 0.85, 0.7, 0.55});
}

void TestWidthShare::keepsItsPromises() {
    QFETCH(Rows, rows);
    QFETCH(double, share);
    auto table = makeTable(rows);
    const QList<int> oneLine = oneLineWidths(table.get());
    WidthShare sharing(table.get(), oneLine);
    const int available = int(sharing.naturalSum() * share);
    const QList<int> widths = sharing.widths(available);
    QCOMPARE(widths.size(), table->columnCount());
    // Narrower than the longest words, the table overflows rather than break a word.
    QCOMPARE(std::accumulate(widths.begin(), widths.end(), 0),
             std::max(available, sharing.leastSum()));
    const int last = table->columnCount() - 1;
    for (int c = 0; c < table->columnCount(); ++c) {
        QVERIFY2(widths[c] >= longestWord(table.get(), c, oneLine),
                 qPrintable(QStringLiteral("column %1 is %2 px, under its longest word")
                                .arg(c)
                                .arg(widths[c])));
        if (available >= sharing.naturalSum())
            QVERIFY2(widths[c] >= oneLine[c], qPrintable(QString::number(c)));
        else if (c != last)
            QVERIFY2(widths[c] <=
                         std::max(oneLine[c], table->horizontalHeader()->sectionSizeHint(c)),
                     qPrintable(QString::number(c)));
    }
}

void TestWidthShare::savesHeight_data() {
    addRows({0.9, 0.75, 0.6});
}

void TestWidthShare::savesHeight() {
    QFETCH(Rows, rows);
    QFETCH(double, share);
    auto table = makeTable(rows);
    WidthShare sharing(table.get(), oneLineWidths(table.get()));
    const int available = int(sharing.naturalSum() * share);
    const int shared = rowsHeight(table.get(), sharing.widths(available));
    const int columns = table->columnCount();
    QList<int> equal(columns, available / columns);
    equal.back() += available - (available / columns) * columns;
    const int equally = rowsHeight(table.get(), equal);
    qInfo("rows: %d px with the shared widths, %d px with equal shares", shared, equally);
    QVERIFY2(shared <= equally, qPrintable(QStringLiteral("%1 > %2").arg(shared).arg(equally)));
}

QTEST_MAIN(TestWidthShare)
#include "tst_width_share.moc"
