// The Bayes panel of the Density page: the same explicit model that scores p(x) judges which digit
// a drawing is. What the panel shows is what ClassConditional::classify() says (the posterior
// exactly, tolerance 0: the same call on the same bits; printed numbers to their printed digits);
// the posterior sums to 1 (tolerance 1e-9, rounding of ten exp()s); a stroke changes the chart;
// the "confident but improbable" example is confident (p > 0.9) yet below the 5th percentile,
// with the note shown, and undo takes it back.
#include "tst_density_driver.h"
#include "ui/pages/density/bayes_panel.h"
#include "ui/pages/density/improbable_digit.h"
#include "ui/pages/density/posterior_chart.h"

#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTabBar>
#include <algorithm>
#include <cmath>
#include <numeric>

using namespace pixelchain;
using namespace pixelchain::test;

namespace {

/// The model that judges on the page: the current one when it has labels, else the class NADE.
const DensityModel& judgeOf(DensityPageDriver& driver) {
    const ui::ModelEntry* current = driver.library().current();
    if (current->model->classConditional())
        return *current->model;
    for (const ui::ModelEntry& entry : driver.library().entries())
        if (entry.id == QLatin1String("class-nade-mnist"))
            return *entry.model;
    qFatal("the class NADE is not built in");
}

const ui::ModelEntry& entryOf(DensityPageDriver& driver, const DensityModel& model) {
    for (const ui::ModelEntry& entry : driver.library().entries())
        if (entry.model.get() == &model)
            return entry;
    qFatal("the judge is not in the library");
}

/// Shows the Bayes tab by clicking it, as a student would.
void openBayesTab(DensityPageDriver& driver) {
    auto* tabs = driver.find<QTabBar>("answerTabs");
    QTest::mouseClick(tabs, Qt::LeftButton, Qt::NoModifier, tabs->tabRect(1).center());
    QCOMPARE(tabs->currentIndex(), 1);
    QVERIFY(driver.find<ui::BayesPanel>("bayesPanel")->isVisible());
}

/// Loads gallery digit `index` by clicking its thumbnail.
void clickGalleryDigit(DensityPageDriver& driver, int index) {
    auto* gallery = driver.find<QListWidget>("gallery");
    QListWidgetItem* item = gallery->item(index);
    // The strip turns to the page that holds the current digit, as the arrow keys make it do.
    gallery->setCurrentItem(item);
    QTest::mouseClick(gallery->viewport(), Qt::LeftButton, Qt::NoModifier,
                      gallery->visualItemRect(item).center());
}

QString nats(double value) {
    return QString::number(value, 'f', 1);
}

/// How the panel prints a probability of a label: three decimals, or exp(its log) below 0.0005.
QString posteriorText(const ClassScores& s, int y) {
    const auto i = std::size_t(y);
    if (s.posterior[i] >= 0.0005)
        return QString::number(s.posterior[i], 'f', 3);
    return QStringLiteral("exp(%1)").arg(
        nats(s.logLikelihoodGiven[i] + s.logPrior[i] - s.logEvidence));
}

/// Percentile of log p(x) among the judge's test digits, rounded once as the page does.
double percentileUnder(const ui::ModelEntry& judge, double logEvidence) {
    return std::round(stats::percentileOf(judge.testQuantiles, logEvidence));
}

/// The two most probable labels, ties to the lower one.
std::pair<int, int> topTwo(const ClassScores& s) {
    std::vector<int> order(s.posterior.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return s.posterior[std::size_t(a)] > s.posterior[std::size_t(b)];
    });
    return {order[0], order[1]};
}

/// Every number of the panel against `expected`, the judge's classify() of the drawing.
void checkPanelShows(DensityPageDriver& driver, const ui::ModelEntry& judge,
                     const ClassScores& expected) {
    auto* chart = driver.find<ui::PosteriorChart>("posteriorChart");
    QCOMPARE(chart->posterior(), expected.posterior); // tolerance 0: the same numbers
    const std::vector<double> shown = chart->posterior();
    const double sum = std::accumulate(shown.begin(), shown.end(), 0.0);
    QVERIFY2(std::abs(sum - 1) < 1e-9, qPrintable(QString::number(sum - 1, 'g', 3)));
    QCOMPARE(chart->highlighted(), expected.label);
    for (int y = 0; y < kDigitClasses; ++y) {
        const auto i = std::size_t(y);
        QCOMPARE(driver.text(qPrintable(QStringLiteral("logLikelihoodGiven_%1").arg(y))),
                 nats(expected.logLikelihoodGiven[i]));
        QCOMPARE(driver.text(qPrintable(QStringLiteral("logPrior_%1").arg(y))),
                 QString::number(expected.logPrior[i], 'f', 2));
    }
    const int top = expected.label;
    QCOMPARE(
        driver.text("labelAnswer"),
        QStringLiteral("Is this a %1? p(%1 | x) = %2").arg(top).arg(posteriorText(expected, top)));
    const double percentile = percentileUnder(judge, expected.logEvidence);
    QCOMPARE(driver.text("evidenceAnswer"),
             QStringLiteral("Is this a digit at all? log p(x) = %1 nats, percentile %2 among real "
                            "test digits")
                 .arg(nats(expected.logEvidence))
                 .arg(percentile, 0, 'f', 0));
    // Bayes' rule with the numbers of the two most probable labels, in that order.
    const QStringList lines = driver.text("bayesRule").split(QStringLiteral("<br>"));
    QCOMPARE(lines.size(), 2);
    const auto [first, second] = topTwo(expected);
    int line = 0;
    for (const int y : {first, second}) {
        const auto i = std::size_t(y);
        const QString rule = QStringLiteral("p(%1 | x) = exp(%2) · %3 / exp(%4) = <b>%5</b>")
                                 .arg(y)
                                 .arg(nats(expected.logLikelihoodGiven[i]))
                                 .arg(std::exp(expected.logPrior[i]), 0, 'f', 3)
                                 .arg(nats(expected.logEvidence), posteriorText(expected, y));
        QCOMPARE(lines[line++], rule);
    }
    const bool disagree = expected.posterior[std::size_t(top)] > 0.9 && percentile < 5;
    QCOMPARE(driver.find<QLabel>("improbableNote")->isVisible(), disagree);
}

} // namespace

class TestDensityBayes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void galleryDigitIsJudged_data();
    void galleryDigitIsJudged();
    void strokeChangesTheChart_data();
    void strokeChangesTheChart();
    void confidentButImprobableExample_data();
    void confidentButImprobableExample();
    void canvasAndChartFitTheScreen_data();
    void canvasAndChartFitTheScreen();
};

void TestDensityBayes::galleryDigitIsJudged_data() {
    QTest::addColumn<QString>("current"); // the current model; the judge follows from it
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("label");
    QTest::addColumn<bool>("mustBeRight"); // the class NADE calls these real digits right
    const QList<std::pair<int, int>> digits = {{0, 0}, {14, 1}, {32, 3}, {75, 7}, {99, 9}};
    for (const auto& [index, label] : digits) {
        QTest::addRow("plain NADE current, class NADE judges a %d", label)
            << DensityPageDriver::scoredId() << index << label << true;
        QTest::addRow("class NADE current, judges a %d", label)
            << "class-nade-mnist" << index << label << true;
        QTest::addRow("naive Bayes current, judges a %d", label)
            << "naive-bayes-mnist" << index << label << false;
    }
}

void TestDensityBayes::galleryDigitIsJudged() {
    QFETCH(QString, current);
    QFETCH(int, index);
    QFETCH(int, label);
    QFETCH(bool, mustBeRight);
    DensityPageDriver driver;
    QVERIFY(driver.library().select(current));
    QVERIFY(QTest::qWaitForWindowExposed(&driver.page()));
    openBayesTab(driver);
    driver.click("clearButton");
    clickGalleryDigit(driver, index);
    const BinaryImage image = ui::GalleryDigits::loadBuiltIn().images[std::size_t(index)];
    QCOMPARE(driver.page().drawing(), image);

    const DensityModel& judge = judgeOf(driver);
    const ClassScores expected = judge.classConditional()->classify(image);
    checkPanelShows(driver, entryOf(driver, judge), expected);
    if (mustBeRight)
        QCOMPARE(driver.find<ui::PosteriorChart>("posteriorChart")->highlighted(), label);
    const bool judgesItself = driver.library().current()->model.get() == &judge;
    QCOMPARE(judgesItself, current != DensityPageDriver::scoredId());
    const QString who = driver.text("judgeText");
    QVERIFY2(who.contains(judge.family() == ModelFamily::ClassNade ? QStringLiteral("Class NADE")
                                                                   : QStringLiteral("Naive Bayes")),
             qPrintable(who));
    QCOMPARE(who.contains(QStringLiteral("current model has no labels")), !judgesItself);
}

void TestDensityBayes::strokeChangesTheChart_data() {
    QTest::addColumn<int>("index");
    QTest::addColumn<QPoint>("from"); // (row, col)
    QTest::addColumn<QPoint>("to");
    QTest::newRow("a bar across a 1") << 14 << QPoint(12, 6) << QPoint(12, 21);
    QTest::newRow("a loop's start on a 7") << 75 << QPoint(14, 8) << QPoint(20, 8);
    QTest::newRow("a stray mark in the corner of a 0") << 0 << QPoint(26, 1) << QPoint(26, 4);
    QTest::newRow("the first stroke on a blank canvas") << -1 << QPoint(4, 14) << QPoint(23, 14);
}

void TestDensityBayes::strokeChangesTheChart() {
    QFETCH(int, index);
    QFETCH(QPoint, from);
    QFETCH(QPoint, to);
    DensityPageDriver driver;
    QVERIFY(QTest::qWaitForWindowExposed(&driver.page()));
    openBayesTab(driver);
    driver.click("clearButton");
    if (index >= 0)
        clickGalleryDigit(driver, index);
    auto* chart = driver.find<ui::PosteriorChart>("posteriorChart");
    const std::vector<double> before = chart->posterior();
    QCOMPARE(int(before.size()), kDigitClasses);

    QList<QPoint> cells;
    const int steps = std::max(std::abs(to.x() - from.x()), std::abs(to.y() - from.y()));
    for (int k = 0; k <= steps; ++k)
        cells.append(from + (to - from) * k / steps);
    driver.stroke(cells);
    const BinaryImage drawn = driver.page().drawing();
    for (const QPoint& cell : cells)
        QVERIFY(drawn.at(cell.x(), cell.y()));

    QVERIFY(chart->posterior() != before);
    const DensityModel& judge = judgeOf(driver);
    checkPanelShows(driver, entryOf(driver, judge), judge.classConditional()->classify(drawn));
}

void TestDensityBayes::confidentButImprobableExample_data() {
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("expect"); // "found", "found or not", "disabled"
    struct Row {
        const char* name;
        QString current;
        const char* expect;
    };
    for (const Row& row :
         {Row{"plain NADE current, class NADE judges", DensityPageDriver::scoredId(), "found"},
          Row{"class NADE", QStringLiteral("class-nade-mnist"), "found"},
          Row{"naive Bayes", QStringLiteral("naive-bayes-mnist"), "found or not"},
          Row{"class NADE without test-set scores", QStringLiteral("class-nade-bare"), "disabled"}})
        QTest::newRow(row.name) << row.current << QString::fromLatin1(row.expect);
}

void TestDensityBayes::confidentButImprobableExample() {
    QFETCH(QString, current);
    QFETCH(QString, expect);
    DensityPageDriver driver;
    if (current == QLatin1String("class-nade-bare")) {
        // The shipped class NADE with its test-set percentiles taken out: "improbable" has no
        // measure, so the example cannot be verified and must not be offered.
        QFile file(QStringLiteral(":/models/class-nade-mnist.safetensors"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        io::LoadedModel shipped = io::parseModel(file.readAll().toStdString());
        QVERIFY(shipped.metadata.erase("test_ll_quantiles") == 1);
        QVERIFY(driver.library().loadBytes(current, QByteArray::fromStdString(io::serializeModel(
                                                        *shipped.model, shipped.metadata))));
    }
    QVERIFY(driver.library().select(current));
    QVERIFY(QTest::qWaitForWindowExposed(&driver.page()));
    openBayesTab(driver);
    auto* button = driver.find<QPushButton>("improbableButton");
    // The example is searched for on a worker thread; the button waits for it.
    auto* search = driver.page().findChild<ui::ImprobableDigitSearch*>();
    QVERIFY(search);
    QTRY_VERIFY_WITH_TIMEOUT(!search->busy(), 20000);
    const QString tip = button->toolTip();
    if (expect == QLatin1String("found"))
        QVERIFY2(button->isEnabled(), qPrintable(tip));
    if (expect == QLatin1String("disabled")) {
        QVERIFY(!button->isEnabled());
        QVERIFY2(tip.contains(QStringLiteral("no test-set scores")), qPrintable(tip));
        const QString evidence = driver.text("evidenceAnswer");
        QVERIFY2(evidence.contains(QStringLiteral("no test-set scores")), qPrintable(evidence));
        return;
    }
    if (!button->isEnabled()) {
        QVERIFY2(tip.contains(QStringLiteral("no real 3")), qPrintable(tip));
        return;
    }
    const BinaryImage before = driver.page().drawing();
    QVERIFY(!driver.find<QLabel>("improbableNote")->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);

    // A real 3 of the gallery, every one of its pixels kept, and a few stray pixels more.
    const BinaryImage shown = driver.page().drawing();
    const ui::GalleryDigits gallery = ui::GalleryDigits::loadBuiltIn();
    int strays = kPixels;
    for (std::size_t n = 0; n < gallery.size(); ++n) {
        if (gallery.labels[n] != 3)
            continue;
        bool kept = true;
        for (int i = 0; i < kPixels; ++i)
            kept = kept && (!gallery.images[n].at(i) || shown.at(i));
        if (kept)
            strays = std::min(strays, shown.count() - gallery.images[n].count());
    }
    QVERIFY2(strays >= 1 && strays <= 40, qPrintable(QString::number(strays)));

    const DensityModel& judge = judgeOf(driver);
    const ClassScores scores = judge.classConditional()->classify(shown);
    const double percentile = percentileUnder(entryOf(driver, judge), scores.logEvidence);
    QCOMPARE(scores.label, 3);
    QVERIFY2(scores.posterior[3] > 0.9, qPrintable(QString::number(scores.posterior[3])));
    QVERIFY2(percentile < 5, qPrintable(QString::number(percentile)));
    checkPanelShows(driver, entryOf(driver, judge), scores);
    auto* note = driver.find<QLabel>("improbableNote");
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("Clearly a 3, but an unusual digit")),
             qPrintable(note->text()));

    // One undoable step: undo gives back the drawing from before, and the panel follows it.
    driver.click("undoButton");
    QCOMPARE(driver.page().drawing(), before);
    checkPanelShows(driver, entryOf(driver, judge), judge.classConditional()->classify(before));
    driver.click("redoButton");
    QCOMPARE(driver.page().drawing(), shown);
}

// With the Bayes tab open, the whole canvas and the whole posterior chart lie inside the part of
// the page on screen, without scrolling. Page sizes are the screen less the window's menu and tabs.
void TestDensityBayes::canvasAndChartFitTheScreen_data() {
    QTest::addColumn<QSize>("size");
    QTest::newRow("laptop 1366×768") << QSize(1366, 690);
    QTest::newRow("projector 1280×800") << QSize(1280, 720);
    QTest::newRow("projector 1024×768") << QSize(1024, 690);
    QTest::newRow("full HD") << QSize(1920, 1000);
}

void TestDensityBayes::canvasAndChartFitTheScreen() {
    QFETCH(QSize, size);
    DensityPageDriver driver(size);
    QVERIFY(QTest::qWaitForWindowExposed(&driver.page()));
    openBayesTab(driver);
    // The page has no scroll area: what lies inside it is on screen.
    QVERIFY(driver.page().findChildren<QScrollArea*>().isEmpty());
    QWidget* viewport = &driver.page();
    const QRect onScreen = viewport->rect();
    ui::DrawingCanvas* canvas = driver.canvas();
    const QRect field = QRect(canvas->mapTo(viewport, canvas->fieldRect().topLeft().toPoint()),
                              canvas->fieldRect().size().toSize());
    QVERIFY2(onScreen.contains(field), qPrintable(QStringLiteral("field %1,%2 %3×%4")
                                                      .arg(field.x())
                                                      .arg(field.y())
                                                      .arg(field.width())
                                                      .arg(field.height())));
    // Ten screen pixels per image pixel or more: a canvas to draw on, not its smallest side.
    QVERIFY2(field.width() >= 280, qPrintable(QString::number(field.width())));
    auto* chart = driver.find<ui::PosteriorChart>("posteriorChart");
    const QRect chartRect(chart->mapTo(viewport, QPoint(0, 0)), chart->size());
    QVERIFY2(onScreen.contains(chartRect), qPrintable(QStringLiteral("chart %1,%2 %3×%4")
                                                          .arg(chartRect.x())
                                                          .arg(chartRect.y())
                                                          .arg(chartRect.width())
                                                          .arg(chartRect.height())));
    QVERIFY(chart->height() >= ui::PosteriorChart::kMinimumHeight);
}

QTEST_MAIN(TestDensityBayes)
#include "tst_density_bayes.moc"
