// The per-factor breakdown follows the query: chain-rule factors condition on every earlier
// variable (p(x₃ | x₁, x₂), never the notes' p(x₃ | x₁, x₄)), Markov factors on the previous m.
#include "counting_page_driver.h"

using namespace pixelchain;
using namespace pixelchain::test;

class CountingBreakdownTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void factors_data();
    void factors();
    void totals();
};

void CountingBreakdownTest::factors_data() {
    QTest::addColumn<QString>("order");  // typed Markov order, empty to keep the default 1
    QTest::addColumn<QString>("levels"); // typed states for a custom 4×1 image, empty for 28×28
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("factor");
    QTest::addColumn<QString>("parameters");

    const int chain = ui::FactorBreakdown::ChainColumn;
    const int markov = ui::FactorBreakdown::MarkovColumn;
    QTest::newRow("chain p(x1)") << ""
                                 << "" << 0 << chain << "p(x₁)"
                                 << "1";
    QTest::newRow("chain p(x2|x1)") << ""
                                    << "" << 1 << chain << "p(x₂ | x₁)"
                                    << "2";
    QTest::newRow("chain p(x3|x1,x2)") << ""
                                       << "" << 2 << chain << "p(x₃ | x₁, x₂)"
                                       << "4";
    QTest::newRow("chain p(x6|x1..x5)") << ""
                                        << "" << 5 << chain << "p(x₆ | x₁, …, x₅)"
                                        << "32";
    QTest::newRow("markov 1 p(x2|x1)") << ""
                                       << "" << 1 << markov << "p(x₂ | x₁)"
                                       << "2";
    QTest::newRow("markov 1 p(x3|x2)") << ""
                                       << "" << 2 << markov << "p(x₃ | x₂)"
                                       << "2";
    QTest::newRow("markov 2 p(x3|x1,x2)") << "2"
                                          << "" << 2 << markov << "p(x₃ | x₁, x₂)"
                                          << "4";
    QTest::newRow("markov 2 p(x4|x2,x3)") << "2"
                                          << "" << 3 << markov << "p(x₄ | x₂, x₃)"
                                          << "4";
    QTest::newRow("markov 0 p(x3)") << "0"
                                    << "" << 2 << markov << "p(x₃)"
                                    << "1";
    QTest::newRow("three states p(x2|x1)") << ""
                                           << "3" << 1 << chain << "p(x₂ | x₁)"
                                           << "6";
    QTest::newRow("three states p(x4|x1,x2,x3)") << ""
                                                 << "3" << 3 << chain << "p(x₄ | x₁, x₂, x₃)"
                                                 << "54";
}

void CountingBreakdownTest::factors() {
    QFETCH(QString, order);
    QFETCH(QString, levels);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, factor);
    QFETCH(QString, parameters);

    CountingPageDriver driver;
    QVERIFY(QTest::qWaitForWindowExposed(&driver.page()));
    QVERIFY(driver.waitForQuery(784, 2));
    std::uint64_t n = 784;
    std::uint64_t k = 2;
    if (!levels.isEmpty()) {
        QVERIFY(driver.choosePreset(Custom));
        QVERIFY(driver.type("widthSpin", QStringLiteral("4")));
        QVERIFY(driver.type("heightSpin", QStringLiteral("1")));
        QVERIFY(driver.type("levelsSpin", levels));
        n = 4;
        k = levels.toULongLong();
    }
    if (!order.isEmpty())
        QVERIFY(driver.type("markovOrderSpin", order));
    QVERIFY(driver.waitForQuery(n, k, order.isEmpty() ? 1 : order.toULongLong()));

    auto* table = driver.find<ui::FactorBreakdown>("factorBreakdown");
    const QTableWidgetItem* cell = table->item(row, column);
    QVERIFY(cell);
    QCOMPARE(cell->text(), QStringLiteral("%1: %2").arg(factor, parameters));
    QCOMPARE(cell->data(Qt::UserRole).toString(), parameters);
    // The notes' slip p(x₃ | x₁, x₄) must never appear: nothing conditions on a later variable.
    QVERIFY(!table->item(2, column)->text().contains(QStringLiteral("x₄")));
}

void CountingBreakdownTest::totals() {
    CountingPageDriver driver;
    QVERIFY(QTest::qWaitForWindowExposed(&driver.page()));
    QVERIFY(driver.waitForQuery(784, 2));
    auto* table = driver.find<ui::FactorBreakdown>("factorBreakdown");
    const int last = table->rowCount() - 1;
    QCOMPARE(table->item(last, ui::FactorBreakdown::MarkovColumn)->data(Qt::UserRole).toString(),
             QStringLiteral("1567"));
    QCOMPARE(table->item(last, ui::FactorBreakdown::ChainColumn)->data(Qt::UserRole).toString(),
             driver.exactCount(Factorization::Full));
    QVERIFY(table->item(last - 1, 0)->text().contains(QStringLiteral("784")));
}

QTEST_MAIN(CountingBreakdownTest)
#include "counting_breakdown_test.moc"
