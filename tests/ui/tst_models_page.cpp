// The Models page lists every model the app loaded with its test NLL and parameter count (and the
// published results in a table of their own, each table under the line that says what its rows
// were scored on), draws one chart point per model beside the published references, and samples
// each model.
#include "core/sampling/sampler.h"
#include "models_page_driver.h"
#include "ui/adapters/model_library.h"
#include "ui/adapters/published_results.h"
#include "ui/pages/models/model_chart.h"
#include "ui/pages/models/model_table.h"
#include "ui/pages/models/models_page.h"
#include "ui/pages/models/sample_strip.h"
#include "ui/widgets/pixel_grid.h"

#include <QAbstractButton>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLocale>
#include <QScatterSeries>
#include <QScrollBar>
#include <QTest>
#include <cmath>

using namespace pixelchain;
using namespace pixelchain::ui;

namespace {

/// The first row whose cell in `column` contains `text`, or −1.
int rowOf(const ModelTable& table, const QString& text, int column = ModelTable::Name) {
    for (int row = 0; row < table.rowCount(); ++row)
        if (table.item(row, column)->text().contains(text))
            return row;
    return -1;
}

/// The row of a published result in the table of published results: its name, and its source.
int publishedRow(const ModelTable& table, const PublishedResult& result) {
    for (int row = 0; row < table.rowCount(); ++row)
        if (table.item(row, ModelTable::Name)->text().startsWith(result.name) &&
            table.item(row, ModelTable::Source)->text() == result.source)
            return row;
    return -1;
}

/// The published result of this name.
PublishedResult published(const QString& name) {
    for (const PublishedResult& r : PublishedResults::all())
        if (r.name == name)
            return r;
    return {};
}

/// The text of the line above a table.
QString note(const ModelsPage& page, const char* objectName) {
    const auto* label = page.findChild<QLabel*>(QString::fromLatin1(objectName));
    return label ? label->text() : QString();
}

} // namespace

class TestModelsPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tableListsEveryLoadedModel_data();
    void tableListsEveryLoadedModel();
    void tableListsPublishedResultsAndTheFullJoint();
    void fullJointTableScoresInfinity();
    void publishedRowsCarryTheirConfiguration_data();
    void publishedRowsCarryTheirConfiguration();
    void chartHasOnePointPerModelOnALogAxis();
    void chartGroupsTheNadeOrderings();
    void chartAndTableAreViewsOfTheComparison_data();
    void chartAndTableAreViewsOfTheComparison();
    void chartTextsNeverOverlap_data();
    void chartTextsNeverOverlap();
    void everyModelIsSampled();
    void newSamplesUseNewSeeds();

private:
    ModelLibrary library_;
    std::unique_ptr<ModelsPage> page_;
};

void TestModelsPage::initTestCase() {
    QLocale::setDefault(QLocale::c());
    QStringList failures;
    connect(&library_, &ModelLibrary::loadFailed, this,
            [&failures](const QString& message) { failures << message; });
    const int loaded = library_.loadBuiltIn();
    QVERIFY2(loaded >= 5, qPrintable(failures.join(QLatin1Char('\n'))));
    page_ = std::make_unique<ModelsPage>(&library_, nullptr);
    page_->resize(1600, 1000);
    page_->show();
    QVERIFY(QTest::qWaitForWindowExposed(page_.get()));
}

void TestModelsPage::tableListsEveryLoadedModel_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("kind");
    QTest::newRow("independent") << "independent-mnist"
                                 << "independent";
    QTest::newRow("markov 1") << "markov1-mnist"
                              << "markov";
    QTest::newRow("markov 8") << "markov8-mnist"
                              << "markov";
    QTest::newRow("fvsbn") << "fvsbn-mnist"
                           << "fvsbn";
    QTest::newRow("nade") << "nade-mnist"
                          << "nade";
}

void TestModelsPage::tableListsEveryLoadedModel() {
    QFETCH(QString, id);
    QFETCH(QString, kind);
    const ModelEntry* entry = nullptr;
    for (const ModelEntry& e : library_.entries())
        if (e.id == id)
            entry = &e;
    QVERIFY2(entry, qPrintable(id));
    QCOMPARE(QString::fromStdString(entry->model->kind()), kind);
    const ModelTable& table = *page_->table();
    const int row = rowOf(table, QStringLiteral("(%1)").arg(id), ModelTable::Source);
    if (!std::isfinite(entry->testNll)) { // a file still being trained: nothing to compare yet
        QCOMPARE(row, -1);
        return;
    }
    QVERIFY2(row >= 0, qPrintable(id));
    QCOMPARE(table.item(row, ModelTable::Name)->toolTip(), entry->title);
    QCOMPARE(table.item(row, ModelTable::Parameters)->text(),
             QString::number(entry->model->parameterCount()));
    QCOMPARE(table.item(row, ModelTable::TestNll)->text(), QString::number(entry->testNll, 'f', 2));
}

void TestModelsPage::tableListsPublishedResultsAndTheFullJoint() {
    const ModelTable& table = *page_->table();
    const ModelTable& publishedTable = *page_->publishedTable();
    int measured = 0;
    for (const ModelEntry& e : library_.entries())
        measured += std::isfinite(e.testNll) ? 1 : 0;
    const auto published = PublishedResults::all();
    QCOMPARE(table.rowCount(), measured + 1);
    QCOMPARE(publishedTable.rowCount(), static_cast<int>(published.size()));
    for (const PublishedResult& r : published) {
        const int row = publishedRow(publishedTable, r);
        QVERIFY2(row >= 0, qPrintable(r.name));
        QCOMPARE(publishedTable.item(row, ModelTable::TestNll)->text(),
                 QString::number(r.nll, 'f', 2));
    }
    const int joint = rowOf(table, QStringLiteral("Full joint table"));
    QVERIFY(joint >= 0);
    // 2^784 − 1 ≈ 1.02 × 10²³⁶, from core's count.
    QVERIFY2(table.item(joint, ModelTable::Parameters)->text().contains(QStringLiteral("10²³⁶")),
             qPrintable(table.item(joint, ModelTable::Parameters)->text()));
    QVERIFY(table.font().pointSize() >= 14);
    QVERIFY(publishedTable.font().pointSize() >= 14);
    // What the rows were scored on is said once, above each table.
    QVERIFY2(note(*page_, "measuredNote").contains(QStringLiteral("binarized stochastically")),
             qPrintable(note(*page_, "measuredNote")));
    QVERIFY2(note(*page_, "publishedNote").contains(PublishedResults::binarization()),
             qPrintable(note(*page_, "publishedNote")));
}

// Fitted by maximum likelihood, the full table gives every unseen test digit probability 0: its
// test NLL is infinite, and the page says why instead of suggesting it would score best.
void TestModelsPage::fullJointTableScoresInfinity() {
    const ModelTable& table = *page_->table();
    const int joint = rowOf(table, QStringLiteral("Full joint table"));
    QVERIFY(joint >= 0);
    QCOMPARE(table.item(joint, ModelTable::TestNll)->text(), QStringLiteral("∞"));
    const QString source = table.item(joint, ModelTable::Source)->text();
    const QString training = QLocale().toString(50000) + QStringLiteral(" training digits");
    QVERIFY2(source.contains(training) && source.contains(QStringLiteral("probability 0")),
             qPrintable(source));
    const QString intro = page_->findChild<QLabel*>(QStringLiteral("modelsIntro"))->text();
    for (const QString& said : {QStringLiteral("fixed binarization of Larochelle & Murray (2011)"),
                                QStringLiteral("infinite"), training, QStringLiteral("10²³⁶")})
        QVERIFY2(intro.contains(said), qPrintable(said));
    QVERIFY(!intro.contains(QStringLiteral("Every model below")));
}

void TestModelsPage::publishedRowsCarryTheirConfiguration_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("configuration"); // in the name cell
    QTest::addColumn<QString>("parameters");    // empty: the table says "not given"
    // FVSBN on D = 784 binary pixels: D(D + 1)/2; NADE with H = 500: 2HD + H + D.
    const qulonglong d = 784, h = 500;
    QTest::newRow("FVSBN") << "FVSBN"
                           << "D = 784 binary pixels" << QLocale().toString(d * (d + 1) / 2);
    QTest::newRow("NADE") << "NADE"
                          << "H = 500 sigmoid hidden units"
                          << QLocale().toString(2 * h * d + h + d);
    QTest::newRow("MADE") << "MADE"
                          << "2 hidden layers, 32 masks"
                          << "";
    QTest::newRow("order-agnostic NADE ensemble")
        << "Order-agnostic NADE"
        << "an ensemble of 128 orderings,\n2 hidden layers"
        << "";
    QTest::newRow("mixture of Bernoullis") << "Mixture of Bernoullis"
                                           << ""
                                           << "";
}

void TestModelsPage::publishedRowsCarryTheirConfiguration() {
    QFETCH(QString, name);
    QFETCH(QString, configuration);
    QFETCH(QString, parameters);
    const ModelTable& table = *page_->publishedTable();
    const int row = publishedRow(table, published(name));
    QVERIFY2(row >= 0, qPrintable(name));
    const QString shown = table.item(row, ModelTable::Name)->text();
    QCOMPARE(shown,
             configuration.isEmpty() ? name : name + QStringLiteral("\n(%1)").arg(configuration));
    QCOMPARE(table.item(row, ModelTable::Parameters)->text(),
             parameters.isEmpty() ? QStringLiteral("not given") : parameters);
    QVERIFY(note(*page_, "publishedNote")
                .contains(QStringLiteral("fixed binarization of Larochelle & Murray (2011)")));
}

void TestModelsPage::chartHasOnePointPerModelOnALogAxis() {
    QChart* chart = page_->chart()->chart();
    int points = 0, publishedPoints = 0;
    for (QAbstractSeries* s : chart->series())
        if (auto* scatter = qobject_cast<QScatterSeries*>(s)) {
            if (scatter->objectName() == QStringLiteral("publishedSeries"))
                publishedPoints += static_cast<int>(scatter->count());
            else
                points += static_cast<int>(scatter->count());
        }
    int measured = 0;
    for (const ModelEntry& e : library_.entries())
        measured += std::isfinite(e.testNll) ? 1 : 0;
    QCOMPARE(points, measured);
    QCOMPARE(publishedPoints, static_cast<int>(PublishedResults::all().size()));
    // The horizontal axis is log10 of the parameter count, labelled 10², 10³, … at each decade.
    const auto axes = chart->axes(Qt::Horizontal);
    QCOMPARE(axes.size(), 1);
    auto* decades = qobject_cast<QCategoryAxis*>(axes.front());
    QVERIFY(decades);
    QCOMPARE(decades->categoriesLabels().front(), QStringLiteral("10³"));
    QCOMPARE(decades->categoriesLabels().back(), QStringLiteral("10⁶"));
    QCOMPARE(decades->endValue(QStringLiteral("10⁵")), 5.0);
    for (QAbstractSeries* s : chart->series())
        if (auto* scatter = qobject_cast<QScatterSeries*>(s);
            scatter && scatter->objectName() != QStringLiteral("publishedSeries")) {
            const ModelEntry* entry = nullptr;
            for (const ModelEntry& e : library_.entries())
                if (std::isfinite(e.testNll) && std::abs(e.testNll - scatter->at(0).y()) < 1e-12)
                    entry = &e;
            QVERIFY2(entry, qPrintable(scatter->name()));
            // Tolerance: exact up to the rounding of one log10.
            QCOMPARE_LE(
                std::abs(scatter->at(0).x() - std::log10(double(entry->model->parameterCount()))),
                1e-12);
        }
}

void TestModelsPage::chartGroupsTheNadeOrderings() {
    int nades = 0;
    double lowest = INFINITY, highest = -INFINITY;
    for (const ModelEntry& e : library_.entries())
        if (e.model->kind() == "nade" && std::isfinite(e.testNll)) {
            ++nades;
            lowest = std::min(lowest, e.testNll);
            highest = std::max(highest, e.testNll);
        }
    QVERIFY(nades >= 2);
    int nadeLabels = 0;
    for (const QGraphicsSimpleTextItem* label : page_->chart()->pointLabels())
        if (label->text().startsWith(QStringLiteral("NADE"))) {
            ++nadeLabels;
            QCOMPARE(label->text(), QStringLiteral("NADE, %1 orderings: %2–%3")
                                        .arg(nades)
                                        .arg(lowest, 0, 'f', 2)
                                        .arg(highest, 0, 'f', 2));
        }
    QCOMPARE(nadeLabels, 1);
}

void TestModelsPage::chartAndTableAreViewsOfTheComparison_data() {
    QTest::addColumn<QSize>("size");
    QTest::newRow("full HD") << QSize(1920, 1080);
    QTest::newRow("laptop") << QSize(1366, 900);
}

// The chart, the two tables and the caveats each take the comparison's whole room, one at a time,
// chosen by a click on their tab; each table shows every row unscrolled.
void TestModelsPage::chartAndTableAreViewsOfTheComparison() {
    QFETCH(QSize, size);
    page_->resize(size);
    clickModelsTab(*page_, QStringLiteral("compare"));
    QTabWidget* views = page_->compareTabs();
    clickViewTab(views, 0);
    QTRY_VERIFY(page_->chart()->isVisible());
    QVERIFY(!page_->table()->isVisible());
    for (const auto& [tab, table] :
         {std::pair{1, page_->table()}, std::pair{2, page_->publishedTable()}}) {
        clickViewTab(views, tab);
        QTRY_VERIFY(table->isVisible());
        QVERIFY(!page_->chart()->isVisible());
        QTRY_COMPARE(table->verticalScrollBar()->maximum(), 0);
        QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
    }
    clickViewTab(views, 3);
    QTRY_VERIFY(page_->findChild<QLabel*>(QStringLiteral("modelsIntro"))->isVisible());
    clickViewTab(views, 0);
}

void TestModelsPage::chartTextsNeverOverlap_data() {
    QTest::addColumn<QSize>("size");
    QTest::newRow("laptop 1366×768") << QSize(1366, 768);
    QTest::newRow("projector 1280×800") << QSize(1280, 800);
    QTest::newRow("full HD") << QSize(1920, 1080);
    QTest::newRow("narrow 1000×700") << QSize(1000, 700);
}

void TestModelsPage::chartTextsNeverOverlap() {
    QFETCH(QSize, size);
    page_->resize(size);
    QChart* chart = page_->chart()->chart();
    // The chart lays itself out when it is shown at its new size.
    QTRY_COMPARE(page_->chart()->size().width() > 0, true);
    QCoreApplication::processEvents();
    const QRectF plot = chart->plotArea();
    QVERIFY(plot.width() > 100);
    const auto texts = page_->chart()->overlayTexts();
    QVector<QRectF> rects;
    for (const QGraphicsSimpleTextItem* text : texts)
        rects.append(QRectF(text->pos(), text->boundingRect().size()));
    const QRectF whole = QRectF(QPointF(0, 0), chart->size());
    for (qsizetype a = 0; a < rects.size(); ++a) {
        QVERIFY2(whole.contains(rects[a]), qPrintable(texts[a]->text()));
        for (qsizetype b = a + 1; b < rects.size(); ++b)
            QVERIFY2(!rects[a].intersects(rects[b]),
                     qPrintable(texts[a]->text() + QStringLiteral(" | ") + texts[b]->text()));
    }
    // Point labels stay inside the plot.
    for (const QGraphicsSimpleTextItem* label : page_->chart()->pointLabels())
        QVERIFY2(plot.contains(QRectF(label->pos(), label->boundingRect().size())),
                 qPrintable(label->text()));
}

void TestModelsPage::everyModelIsSampled() {
    for (const ModelEntry& e : library_.entries()) {
        const auto grids = page_->samples()->grids(e.id);
        QCOMPARE(grids.size(), SampleStrip::kSeeds);
        // The strip shows what core samples with seeds 1, 2, 3.
        QCOMPARE(grids.front()->image(), Sampler::draw(e.model, page_->samples()->firstSeed()));
    }
}

void TestModelsPage::newSamplesUseNewSeeds() {
    const std::uint64_t before = page_->samples()->firstSeed();
    QTest::mouseClick(page_->findChild<QAbstractButton*>(QStringLiteral("newSamplesButton")),
                      Qt::LeftButton);
    QCOMPARE(page_->samples()->firstSeed(), before + SampleStrip::kSeeds);
    const ModelEntry& e = library_.entries().front();
    QCOMPARE(page_->samples()->grids(e.id).front()->image(),
             Sampler::draw(e.model, before + SampleStrip::kSeeds));
}

QTEST_MAIN(TestModelsPage)
#include "tst_models_page.moc"
