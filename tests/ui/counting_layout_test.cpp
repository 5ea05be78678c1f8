// Where the count table fits beside the controls with every cell on one line, the controls stand
// in a column on the left of the answers; on a narrower page (a projector, presentation fonts)
// they fill a band of a few lines above the tabs, and the table shows every column without a
// scroll bar. Switching keeps the keyboard's order through the controls and the focus where it
// was.
#include "counting_page_driver.h"

#include <QApplication>
#include <QRegularExpression>
#include <QScrollBar>

using namespace pixelchain;
using namespace pixelchain::test;

namespace {

// The controls of the default preset, in reading order.
const QStringList kControls{"presetCombo", "widthSpin",       "heightSpin", "channelsSpin",
                            "levelsSpin",  "markovOrderSpin", "hiddenSpin"};

/// The order in which Tab would pass the controls (disabled ones included).
QStringList focusOrder(QWidget* first) {
    QStringList order;
    QWidget* w = first;
    do {
        if (kControls.contains(w->objectName()) && !order.contains(w->objectName()))
            order << w->objectName();
        w = w->nextInFocusChain();
    } while (w != first);
    return order;
}

} // namespace

class CountingLayoutTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void controlsBesideOrAbove_data();
    void controlsBesideOrAbove();
    void keyboardSurvivesTheSwitch();
    void figuresKeepTheirUnits_data();
    void figuresKeepTheirUnits();
};

void CountingLayoutTest::controlsBesideOrAbove_data() {
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("above");
    QTest::newRow("wide screen") << QSize(1900, 900) << false;
    QTest::newRow("narrow window") << QSize(820, 900) << true;
}

void CountingLayoutTest::controlsBesideOrAbove() {
    QFETCH(QSize, size);
    QFETCH(bool, above);
    CountingPageDriver d;
    QVERIFY(d.waitForQuery(784, 2));
    d.page().resize(size);
    auto* controls = d.find<QWidget>("countingControls");
    auto* tabs = d.find<QTabWidget>("countingTabs");
    const auto arranged = [&] {
        const QRect c = controls->geometry(), t = tabs->geometry();
        return above ? c.bottom() < t.top() : c.right() < t.left();
    };
    QVERIFY(QTest::qWaitFor(arranged, 2000));
    // Every control is on the page, whole.
    for (const QString& name : kControls) {
        auto* w = d.find<QWidget>(qPrintable(name));
        QVERIFY2(w->isVisible(), qPrintable(name));
        const QRect onPage(w->mapTo(&d.page(), QPoint(0, 0)), w->size());
        QVERIFY2(d.page().rect().contains(onPage), qPrintable(name));
        QVERIFY2(w->width() >= w->minimumSizeHint().width(), qPrintable(name));
    }
    // The table shows its last column without scrolling sideways.
    auto* table = d.find<ui::CountTable>("countTable");
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    const int last = table->columnCount() - 1;
    QVERIFY(table->columnViewportPosition(last) + table->columnWidth(last) <=
            table->viewport()->width());
}

void CountingLayoutTest::keyboardSurvivesTheSwitch() {
    CountingPageDriver d;
    d.page().activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&d.page()));
    d.page().resize(1900, 900);
    auto* combo = d.find<QWidget>("presetCombo");
    const QStringList beside = focusOrder(combo);
    QCOMPARE(beside, kControls);
    auto* order = d.find<QWidget>("markovOrderSpin");
    order->setFocus();
    QVERIFY(order->hasFocus());

    d.page().resize(820, 900);
    auto* controls = d.find<QWidget>("countingControls");
    auto* tabs = d.find<QTabWidget>("countingTabs");
    QVERIFY(QTest::qWaitFor([&] { return controls->geometry().bottom() < tabs->geometry().top(); },
                            2000));
    QCOMPARE(focusOrder(combo), kControls);
    QCOMPARE(QApplication::focusWidget(), order);
    // Typed into the band, the order counts as before.
    QVERIFY(d.type("markovOrderSpin", QStringLiteral("3")));
    QVERIFY(d.waitForQuery(784, 2, 3));

    d.page().resize(1900, 900);
    QVERIFY(QTest::qWaitFor([&] { return controls->geometry().right() < tabs->geometry().left(); },
                            2000));
    QCOMPARE(focusOrder(combo), kControls);
    QCOMPARE(QApplication::focusWidget(), order);
}

// Where a cell wraps, a figure stays with its unit and its sign: "4.1 × 10²³⁶" over a lone "B"
// reads as two things. The spaces before a unit and after "<" do not break.
void CountingLayoutTest::figuresKeepTheirUnits_data() {
    QTest::addColumn<int>("column");
    QTest::newRow("storage") << int(ui::CountTable::StorageColumn);
    QTest::newRow("memory") << int(ui::CountTable::MemoryColumn);
}

void CountingLayoutTest::figuresKeepTheirUnits() {
    QFETCH(int, column);
    CountingPageDriver d;
    QVERIFY(d.waitForQuery(784, 2));
    auto* table = d.find<ui::CountTable>("countTable");
    const QRegularExpression unit(QStringLiteral("(.)(?:[kMGTPE]?B|%)(?:\\)|$)"));
    int units = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString text = table->item(row, column)->text();
        const QRegularExpressionMatch match = unit.match(text);
        if (!match.hasMatch())
            continue; // "✗ 10²²⁶× too big": no unit
        ++units;
        QCOMPARE(match.captured(1), QString(QChar(0x00A0)));
        if (const qsizetype less = text.indexOf(u'<'); less >= 0)
            QCOMPARE(text.at(less + 1), QChar(0x00A0));
    }
    QVERIFY2(units > 1, "the default preset has figures with units in this column");
}

QTEST_MAIN(CountingLayoutTest)
#include "counting_layout_test.moc"
