// The Models page's continuous section: reached by a click on its tab; one bar and one table row
// per greyscale model of the library and per published figure; every figure of a model trained
// here read from its file (and redrawn when the file is replaced); the published ones hatched in
// the published colour, each with its paper and setup (the figures, the sources and the setups
// are a table each); the bits/dim at the bin centres given for ours only, with the note that it
// is not comparable; nothing cut off at 1366×768.
#include "core/io/model_file.h"
#include "models_page_driver.h"
#include "ui/adapters/grey_model_library.h"
#include "ui/adapters/model_names.h"
#include "ui/adapters/published_results.h"
#include "ui/pages/models/bits_per_dim_chart.h"
#include "ui/pages/models/bits_per_dim_rows.h"
#include "ui/pages/models/bits_per_dim_table.h"
#include "ui/pages/models/continuous_panel.h"
#include "ui/pages/models/model_style.h"

#include <QBarSet>
#include <QGraphicsSimpleTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSet>
#include <QTabWidget>
#include <algorithm>
#include <cmath>

using namespace pixelchain;
using namespace pixelchain::ui;

namespace {

/// A figure of a file's metadata, read here without the page.
double metadataNumber(const GreyModelEntry& entry, const char* key) {
    return std::stod(entry.metadata.at(key));
}

QString twoDecimals(double value) {
    return QLocale::c().toString(value, 'f', 2);
}

} // namespace

class TestModelsContinuous : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tabIsReachedByAClick();
    void oneBarAndOneRowPerFigure();
    void figuresOfOurModelsComeFromTheirFiles();
    void replacingAFileRedrawsTheSection();
    void publishedRowsCiteTheirPaper_data();
    void publishedRowsCiteTheirPaper();
    void binCentresAreMarkedNotComparable();
    void withoutGreyModelsOnlyThePublishedAreShown();
    void durationsReadAsMinutes_data();
    void durationsReadAsMinutes();
    void nothingIsCutOffOnALaptop();

private:
    ContinuousPanel* panel() const { return page_->continuous(); }
    /// The library's entry a row of the section shows (nullptr for a published row).
    const GreyModelEntry* entryOf(qsizetype row) const;

    /// A page on `library`, shown, its continuous tab clicked.
    void open(GreyModelLibrary* library);

    ModelLibrary binary_;                // left empty: this section reads only the greyscale models
    GreyModelLibrary shipped_;           // the built-in models, loaded once
    GreyModelLibrary* grey_ = &shipped_; // the library the page shows
    std::unique_ptr<GreyModelLibrary> own_; // a test's own library, when it changes one
    std::unique_ptr<ModelsPage> page_;
};

const GreyModelEntry* TestModelsContinuous::entryOf(qsizetype row) const {
    for (const GreyModelEntry& e : grey_->entries())
        if (!panel()->rows()[row].published && e.id == panel()->rows()[row].id)
            return &e;
    return nullptr;
}

void TestModelsContinuous::initTestCase() {
    QLocale::setDefault(QLocale::c());
    QCOMPARE(shipped_.loadBuiltIn(), 2);
}

void TestModelsContinuous::init() {
    open(&shipped_);
}

void TestModelsContinuous::cleanup() {
    page_.reset();
    own_.reset();
    grey_ = &shipped_;
}

void TestModelsContinuous::open(GreyModelLibrary* library) {
    grey_ = library;
    page_ = std::make_unique<ModelsPage>(&binary_, library);
    page_->resize(1600, 1000);
    page_->show();
    QVERIFY(QTest::qWaitForWindowExposed(page_.get()));
    clickModelsTab(*page_, QStringLiteral("continuous"));
}

void TestModelsContinuous::tabIsReachedByAClick() {
    QCOMPARE(page_->currentSection(), QStringLiteral("continuous"));
    QVERIFY(page_->tabs()->tabText(page_->tabs()->currentIndex()).contains("bits/dim"));
    QVERIFY(panel()->isVisible());
    QVERIFY(!panel()->missing()->isVisible());
}

void TestModelsContinuous::oneBarAndOneRowPerFigure() {
    const auto published = PublishedResults::dequantizedMnist();
    const qsizetype ours = grey_->entries().size();
    const qsizetype n = ours + published.size();
    QCOMPARE(panel()->chart()->bars().size(), n);
    QCOMPARE(panel()->table()->rowCount(), int(n));
    for (qsizetype k = 0; k < n; ++k) {
        const QBarSet* bar = panel()->chart()->bars()[k];
        // Ours first, best first, each of the library's models once; then the published ones.
        QCOMPARE(entryOf(k) != nullptr, k < ours);
        if (k > 0 && k < ours)
            QVERIFY(entryOf(k - 1)->testBitsPerDim <= entryOf(k)->testBitsPerDim);
        // Each set holds its figure in its own category (the first row at the top) and 0 elsewhere.
        const double expected =
            k < ours ? entryOf(k)->testBitsPerDim : published[k - ours].bitsPerDim;
        for (int c = 0; c < bar->count(); ++c)
            QCOMPARE(bar->at(c), c == int(n - 1 - k) ? expected : 0.0);
        const QString label = panel()->chart()->valueLabels()[k]->text();
        QVERIFY2(label.startsWith(twoDecimals(expected)), qPrintable(label));
        if (k < ours) {
            QCOMPARE(bar->brush().style(), Qt::SolidPattern);
            QCOMPARE(bar->brush().color(), ModelStyle::color(entryOf(k)->model->family()));
            QVERIFY(label.contains("trained here"));
        } else {
            QCOMPARE(bar->brush().style(), Qt::BDiagPattern);
            QCOMPARE(bar->brush().color(), ModelStyle::publishedColor());
            QVERIFY(label.contains("published"));
            QCOMPARE(panel()->table()->item(int(k), BitsPerDimTable::Name)->text(),
                     published[k - ours].name);
        }
    }
    QVERIFY(panel()->chart()->divider()->isVisible());
}

void TestModelsContinuous::figuresOfOurModelsComeFromTheirFiles() {
    const BitsPerDimTable* table = panel()->table();
    const BitsPerDimTable* sources = panel()->sources();
    const BitsPerDimTable* setups = panel()->setups();
    QSet<QString> seen;
    for (int r = 0; r < grey_->entries().size(); ++r) {
        QVERIFY(entryOf(r));
        const GreyModelEntry& e = *entryOf(r);
        seen << e.id;
        QCOMPARE(table->item(r, BitsPerDimTable::BitsPerDim)->text(),
                 twoDecimals(metadataNumber(e, "test_bits_per_dim")));
        QCOMPARE(table->item(r, BitsPerDimTable::BinCentre)->text(),
                 twoDecimals(metadataNumber(e, "test_bits_per_dim_bin_centre")));
        const QString source = sources->item(r, BitsPerDimTable::Source)->text();
        QVERIFY2(source.startsWith("trained here"), qPrintable(source));
        // A network's schedule as its command line gives it; the mixtures' EM iterations.
        const QString length =
            e.model->family() == ModelFamily::Rnade
                ? ModelNames::training(io::trainingLength(e.metadata))
                : QStringLiteral("%1 EM iterations").arg(e.metadata.at("iterations").c_str());
        QVERIFY(!length.isEmpty() && !length.contains("closed form"));
        QVERIFY2(source.contains(length), qPrintable(source));
        const auto seconds = std::llround(metadataNumber(e, "training_seconds"));
        QVERIFY2(source.contains(BitsPerDimRows::duration(seconds)), qPrintable(source));
        const QString setup = setups->item(r, BitsPerDimTable::Setup)->text();
        QVERIFY2(setup.contains(QLocale().toString(50000)) &&
                     setup.contains(QLocale().toString(10000)) &&
                     setup.contains(QString::number(e.model->continuous()->components())),
                 qPrintable(setup));
    }
    QCOMPARE(seen.size(), grey_->entries().size());
}

// The lead may ship a retrained RNADE: the section follows the file, never a typed figure.
void TestModelsContinuous::replacingAFileRedrawsTheSection() {
    own_ = std::make_unique<GreyModelLibrary>();
    QCOMPARE(own_->loadBuiltIn(), 2);
    open(own_.get());
    const auto found = std::find_if(grey_->entries().begin(), grey_->entries().end(),
                                    [](const GreyModelEntry& e) { return e.id == "rnade-mnist"; });
    QVERIFY(found != grey_->entries().end());
    const GreyModelEntry rnade = *found;
    io::Metadata metadata = rnade.metadata;
    metadata["test_bits_per_dim"] = "1.234";
    metadata["test_bits_per_dim_bin_centre"] = "0.876";
    metadata["command"] = "pixelchain-cli train --model rnade --epochs 40";
    metadata["epochs"] = "38";
    metadata["training_seconds"] = "3900";
    const std::string bytes = io::serializeModel(*rnade.model, metadata);
    QVERIFY(grey_->loadBytes(rnade.id, QByteArray::fromStdString(bytes)));
    // The best figure now, so the first row.
    QCOMPARE(panel()->rows().front().id, rnade.id);
    const BitsPerDimTable* table = panel()->table();
    QCOMPARE(table->item(0, BitsPerDimTable::BitsPerDim)->text(), QStringLiteral("1.23"));
    QCOMPARE(table->item(0, BitsPerDimTable::BinCentre)->text(), QStringLiteral("0.88"));
    QCOMPARE(panel()->sources()->item(0, BitsPerDimTable::Source)->text(),
             QStringLiteral("trained here: 40 epochs (weights of epoch 38), 1 h 05 min"));
    const QBarSet* bar = panel()->chart()->bars().front();
    QCOMPARE(bar->at(bar->count() - 1), 1.234);
}

void TestModelsContinuous::publishedRowsCiteTheirPaper_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("cited");
    QTest::addColumn<QString>("setupMentions");
    QTest::addColumn<QString>("figure"); // as the paper's table gives it (see published_results.h)
    const QString maf = "Papamakarios, Pavlakou & Murray (2017), “Masked Autoregressive Flow for "
                        "Density Estimation”, Table 2";
    const QString ffjord = "Grathwohl et al. (2019), “FFJORD: Free-form Continuous Dynamics for "
                           "Scalable Reversible Generative Models”, Table 2";
    QTest::newRow("MADE") << "MADE" << maf << "logit"
                          << "2.04";
    QTest::newRow("MADE MoG") << "MADE MoG" << maf << "logit"
                              << "1.41";
    QTest::newRow("MAF") << "MAF" << maf << "logit"
                         << "1.89";
    QTest::newRow("Real NVP") << "Real NVP" << ffjord << "multi-scale"
                              << "1.06";
    QTest::newRow("Glow") << "Glow" << ffjord << "multi-scale"
                          << "1.05";
}

void TestModelsContinuous::publishedRowsCiteTheirPaper() {
    QFETCH(QString, name);
    QFETCH(QString, cited);
    QFETCH(QString, setupMentions);
    QFETCH(QString, figure);
    const BitsPerDimTable* table = panel()->table();
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, BitsPerDimTable::Name)->text() == name)
            row = r;
    QVERIFY2(row >= 0, qPrintable(name));
    // The three tables list the same rows in the same order.
    const QTableWidgetItem* source = panel()->sources()->item(row, BitsPerDimTable::Source);
    QCOMPARE(panel()->sources()->item(row, BitsPerDimTable::Name)->text(), name);
    QVERIFY2(source->text().startsWith(cited), qPrintable(source->text()));
    QCOMPARE(panel()->setups()->item(row, BitsPerDimTable::Name)->text(), name);
    QVERIFY(panel()->setups()->item(row, BitsPerDimTable::Setup)->text().contains(setupMentions));
    QCOMPARE(table->item(row, BitsPerDimTable::BitsPerDim)->text(), figure);
    QVERIFY(table->item(row, BitsPerDimTable::Name)->font().italic());
    QCOMPARE(table->item(row, BitsPerDimTable::Name)->data(Qt::DecorationRole).value<QColor>(),
             ModelStyle::publishedColor());
}

void TestModelsContinuous::binCentresAreMarkedNotComparable() {
    const BitsPerDimTable* table = panel()->table();
    QVERIFY(
        table->horizontalHeaderItem(BitsPerDimTable::BinCentre)->text().contains("not comparable"));
    for (int r = grey_->entries().size(); r < table->rowCount(); ++r)
        QCOMPARE(table->item(r, BitsPerDimTable::BinCentre)->text(), QStringLiteral("—"));
    clickViewTab(panel()->views(), 4); // how it is measured
    QVERIFY(panel()->binCentreNote()->isVisible());
    const QString note = panel()->binCentreNote()->text();
    QVERIFY2(note.contains("not comparable") && note.contains("not a random dequantization") &&
                 note.contains("upper bound"),
             qPrintable(note));
}

void TestModelsContinuous::withoutGreyModelsOnlyThePublishedAreShown() {
    open(nullptr);
    QVERIFY(panel()->missing()->isVisible());
    QVERIFY(panel()->missing()->text().contains("No greyscale models are loaded"));
    const auto published = PublishedResults::dequantizedMnist().size();
    QCOMPARE(panel()->table()->rowCount(), int(published));
    QCOMPARE(panel()->chart()->bars().size(), published);
    QVERIFY(!panel()->chart()->divider()->isVisible());
}

void TestModelsContinuous::durationsReadAsMinutes_data() {
    QTest::addColumn<qlonglong>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("under a minute") << 40ll << "40 s";
    QTest::newRow("a few minutes, to the second") << 232ll << "3 min 52 s";
    QTest::newRow("just under ten minutes") << 599ll << "9 min 59 s";
    QTest::newRow("ten minutes") << 600ll << "10 min";
    QTest::newRow("rounded to the minute") << 2817ll << "47 min";
    QTest::newRow("over an hour") << 3900ll << "1 h 05 min";
}

void TestModelsContinuous::durationsReadAsMinutes() {
    QFETCH(qlonglong, seconds);
    QFETCH(QString, expected);
    QCOMPARE(BitsPerDimRows::duration(seconds), expected);
}

// At a laptop's 1366×768 (less the window's frame and the page tabs): every bar's label inside
// the chart, and in the tabs of the figures, the sources and the setups every cell tall enough
// for its wrapped text, each table unscrolled.
void TestModelsContinuous::nothingIsCutOffOnALaptop() {
    page_->resize(1366, 640);
    QTRY_COMPARE(page_->width(), 1366);
    const BitsPerDimChart* chart = panel()->chart();
    QTRY_VERIFY(!chart->valueLabels().isEmpty() && chart->valueLabels().front()->x() > 0);
    const QRectF scene(QPointF(0, 0), QSizeF(chart->size()));
    for (const QGraphicsSimpleTextItem* label : chart->valueLabels())
        QVERIFY2(scene.contains(label->sceneBoundingRect()), qPrintable(label->text()));
    // What does not fit, in words; empty when every row is tall enough for the wrapped text of
    // each of its shown cells (the item's italic over the table's font, as the delegate draws it,
    // less at most 8 px of margins) and at most two lines taller than its tallest cell needs.
    const auto misfits = [](const BitsPerDimTable* table) {
        QStringList out;
        for (int r = 0; r < table->rowCount(); ++r) {
            int tallest = 0, line = 0;
            for (int c = 0; c < table->columnCount(); ++c) {
                if (table->isColumnHidden(c))
                    continue; // another table's column: judged there
                const QTableWidgetItem* item = table->item(r, c);
                const QRect cell = table->visualItemRect(item);
                const QFontMetrics metrics(item->font().resolve(table->font()));
                const QRect needed = metrics.boundingRect(QRect(0, 0, cell.width() - 8, 100000),
                                                          Qt::TextWordWrap, item->text());
                tallest = std::max(tallest, needed.height());
                line = metrics.lineSpacing();
            }
            if (table->rowHeight(r) < tallest || table->rowHeight(r) > tallest + 2 * line)
                out << QStringLiteral("row %1: %2 px for %3 px of text")
                           .arg(r)
                           .arg(table->rowHeight(r))
                           .arg(tallest);
        }
        return out.join(QStringLiteral("; "));
    };
    const QList<std::pair<int, const BitsPerDimTable*>> tables = {
        {1, panel()->table()}, {2, panel()->sources()}, {3, panel()->setups()}};
    for (const auto& [tab, table] : tables) {
        clickViewTab(panel()->views(), tab);
        QTRY_VERIFY(table->isVisible());
        QTRY_COMPARE(misfits(table), QString());
        QCOMPARE(table->verticalScrollBar()->maximum(), 0);
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
    }
}

QTEST_MAIN(TestModelsContinuous)
#include "tst_models_continuous.moc"
