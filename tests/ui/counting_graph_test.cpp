// Clicking a factorization's table row draws its directed graphical model (small n, on the Factors
// tab) and writes its formula with the current numbers; for n > 8 a short note replaces the
// drawing.
#include "counting_page_driver.h"
#include "ui/pages/counting/factorization_style.h"

using namespace pixelchain;
using namespace pixelchain::test;
using Edges = QList<ui::GraphView::Edge>;

class CountingGraphTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void drawsChosenModel_data();
    void drawsChosenModel();
    void noteForLargeN();
    void formulaNumbers_data();
    void formulaNumbers();
};

void CountingGraphTest::drawsChosenModel_data() {
    QTest::addColumn<int>("factorization");
    QTest::addColumn<QString>("order");
    QTest::addColumn<Edges>("edges");

    const Edges allEarlier{{1, 2}, {1, 3}, {2, 3}, {1, 4}, {2, 4}, {3, 4}};
    QTest::newRow("full joint") << int(Factorization::Full) << "1" << allEarlier;
    QTest::newRow("independent") << int(Factorization::Independent) << "1" << Edges{};
    QTest::newRow("chain rule") << int(Factorization::ChainRule) << "1" << allEarlier;
    QTest::newRow("markov 1") << int(Factorization::Markov) << "1" << Edges{{1, 2}, {2, 3}, {3, 4}};
    QTest::newRow("markov 2") << int(Factorization::Markov) << "2"
                              << Edges{{1, 2}, {1, 3}, {2, 3}, {2, 4}, {3, 4}};
    QTest::newRow("markov 0") << int(Factorization::Markov) << "0" << Edges{};
    QTest::newRow("fvsbn") << int(Factorization::Fvsbn) << "1" << allEarlier;
    QTest::newRow("nade") << int(Factorization::Nade) << "1" << allEarlier;
}

void CountingGraphTest::drawsChosenModel() {
    QFETCH(int, factorization);
    QFETCH(QString, order);
    QFETCH(Edges, edges);
    const auto f = static_cast<Factorization>(factorization);

    CountingPageDriver driver;
    QVERIFY(QTest::qWaitForWindowExposed(&driver.page()));
    QVERIFY(driver.waitForQuery(784, 2));
    QVERIFY(driver.chooseCustom(2, 2, 1, 2));
    QVERIFY(driver.type("markovOrderSpin", order));
    QVERIFY(driver.waitForQuery(4, 2, order.toULongLong()));
    QVERIFY(driver.clickRow(f));

    auto* graph = driver.find<ui::GraphView>("graphView");
    QVERIFY(graph->note().isEmpty());
    QCOMPARE(graph->variables(), 4);
    QCOMPARE(graph->edges(), edges);
    QVERIFY(!graph->isVisible()); // the table's tab is open
    QVERIFY(driver.openTab(QStringLiteral("Factors")));
    QVERIFY(graph->isVisible());
    QTRY_VERIFY(graph->height() >= graph->minimumSizeHint().height());

    auto* formula = driver.find<ui::FormulaView>("formulaView");
    QVERIFY(formula->heading().startsWith(ui::FactorizationStyle::shortName(f)));
}

void CountingGraphTest::noteForLargeN() {
    CountingPageDriver driver;
    QVERIFY(QTest::qWaitForWindowExposed(&driver.page()));
    QVERIFY(driver.waitForQuery(784, 2));
    auto* graph = driver.find<ui::GraphView>("graphView");
    QVERIFY(graph->note().contains(QStringLiteral("784")));
    QVERIFY(graph->edges().isEmpty());

    QVERIFY(driver.chooseCustom(3, 3, 1, 2));
    QVERIFY(driver.waitForQuery(9, 2));
    QVERIFY(!graph->note().isEmpty());
    QVERIFY(driver.type("widthSpin", QStringLiteral("2")));
    QVERIFY(driver.waitForQuery(6, 2));
    QVERIFY(graph->note().isEmpty());
    QCOMPARE(graph->variables(), 6);
}

void CountingGraphTest::formulaNumbers_data() {
    QTest::addColumn<int>("factorization");
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("numbers");

    QTest::newRow("full joint") << int(Factorization::Full) << "one table"
                                << "2<sup>784</sup> − 1 = <b>1.017 × 10²³⁶</b>";
    QTest::newRow("independent") << int(Factorization::Independent) << "p(x<sub>i</sub>)"
                                 << "n(k − 1) = 784 · 1 = <b>784</b>";
    QTest::newRow("chain rule") << int(Factorization::ChainRule)
                                << "p(x<sub>3</sub> | x<sub>1</sub>, x<sub>2</sub>)"
                                << "k<sup>n</sup> − 1 = 2<sup>784</sup> − 1";
    QTest::newRow("markov") << int(Factorization::Markov) << "p(x<sub>i</sub> | x<sub>i−1</sub>)"
                            << "1 + 2(n − 1) = 2n − 1 = 2 · 784 − 1 = <b>1"
                               "\u2009"
                               "567</b>";
    QTest::newRow("fvsbn") << int(Factorization::Fvsbn) << "σ"
                           << "784 · 785 / 2 = <b>307"
                              "\u2009"
                              "720</b>";
    QTest::newRow("nade") << int(Factorization::Nade) << "h<sub>i</sub>"
                          << "2 · 500 · 784 + 500 + 784 = <b>785"
                             "\u2009"
                             "284</b>";
}

void CountingGraphTest::formulaNumbers() {
    QFETCH(int, factorization);
    QFETCH(QString, formula);
    QFETCH(QString, numbers);

    CountingPageDriver driver;
    QVERIFY(QTest::qWaitForWindowExposed(&driver.page()));
    QVERIFY(driver.waitForQuery(784, 2));
    QVERIFY(driver.clickRow(static_cast<Factorization>(factorization)));
    auto* view = driver.find<ui::FormulaView>("formulaView");
    QVERIFY2(view->formula().contains(formula), qPrintable(view->formula()));
    QVERIFY2(view->numbers().contains(numbers), qPrintable(view->numbers()));
}

QTEST_MAIN(CountingGraphTest)
#include "counting_graph_test.moc"
