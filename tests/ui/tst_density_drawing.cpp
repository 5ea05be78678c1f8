// Drawing on the Density page: strokes change log p and the maps at once, undo and redo give back
// the exact earlier values, clearing gives the blank-canvas value, the keyboard toggles the pixel
// under its cursor, and a mouse gone wild never loses the drawing. Values are compared exactly
// (tolerance 0): the page and these checks call the same DensityModel::evaluate on the same bits.
#include "tst_density_driver.h"

#include <QSpinBox>
#include <random>

using namespace pixelchain;
using namespace pixelchain::test;

namespace {

QList<QPoint> line(QPoint from, QPoint to) {
    QList<QPoint> cells;
    const int steps = std::max(std::abs(to.x() - from.x()), std::abs(to.y() - from.y()));
    for (int i = 0; i <= steps; ++i)
        cells.append(QPoint(from.x() + (to.x() - from.x()) * i / std::max(steps, 1),
                            from.y() + (to.y() - from.y()) * i / std::max(steps, 1)));
    return cells;
}

} // namespace

class TestDensityDrawing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void strokeChangesScoreAndMaps_data();
    void strokeChangesScoreAndMaps();
    void clearingGivesBlankValue_data();
    void clearingGivesBlankValue();
    void keyboardTogglesPixel_data();
    void keyboardTogglesPixel();
    void dragLeavingTheFieldContinues();
    void wildMouseKeepsTheDrawing_data();
    void wildMouseKeepsTheDrawing();
};

void TestDensityDrawing::initTestCase() {
    QLocale::setDefault(QLocale::c());
    DensityPageDriver driver;
    QVERIFY2(driver.library().current(), "the built-in model did not load");
}

void TestDensityDrawing::strokeChangesScoreAndMaps_data() {
    QTest::addColumn<int>("button");      // Qt::MouseButton
    QTest::addColumn<bool>("eraserTool"); // erase with the left button
    QTest::addColumn<int>("brush");
    QTest::addColumn<QPoint>("from"); // (row, col)
    QTest::addColumn<QPoint>("to");
    QTest::addColumn<bool>("ink"); // the stroke's cells end up on

    QTest::newRow("left drag, brush 1")
        << int(Qt::LeftButton) << false << 1 << QPoint(2, 3) << QPoint(2, 24) << true;
    QTest::newRow("left diagonal, brush 3")
        << int(Qt::LeftButton) << false << 3 << QPoint(3, 3) << QPoint(24, 24) << true;
    QTest::newRow("right button erases")
        << int(Qt::RightButton) << false << 2 << QPoint(14, 0) << QPoint(14, 27) << false;
    QTest::newRow("eraser tool, left button")
        << int(Qt::LeftButton) << true << 3 << QPoint(4, 14) << QPoint(24, 14) << false;
    QTest::newRow("single click") << int(Qt::LeftButton) << false << 1 << QPoint(0, 0)
                                  << QPoint(0, 0) << true;
}

void TestDensityDrawing::strokeChangesScoreAndMaps() {
    QFETCH(int, button);
    QFETCH(bool, eraserTool);
    QFETCH(int, brush);
    QFETCH(QPoint, from);
    QFETCH(QPoint, to);
    QFETCH(bool, ink);

    DensityPageDriver driver;
    QVERIFY(QTest::qWaitForWindowExposed(&driver.page()));
    if (eraserTool)
        driver.click("eraseTool");
    auto* brushBox = driver.find<QSpinBox>("brushSize");
    brushBox->setFocus();
    QTest::keyClick(brushBox, Qt::Key_Home);
    for (int i = 1; i < brush; ++i)
        QTest::keyClick(brushBox, Qt::Key_Up);
    QCOMPARE(driver.canvas()->brushSize(), brush);

    const BinaryImage before = driver.page().drawing();
    const double logProbBefore = driver.page().evaluation().logProb;
    const QImage mapBefore = driver.find<QWidget>("surpriseMap")->grab().toImage();
    const QString shownBefore = driver.text("logProbValue");

    QSignalSpy evaluated(&driver.page(), &ui::DensityPage::evaluated);
    driver.stroke(line(from, to), Qt::MouseButton(button));
    QVERIFY(evaluated.count() >= 1);

    const BinaryImage after = driver.page().drawing();
    QVERIFY(after != before);
    for (const QPoint& cell : line(from, to))
        QCOMPARE(after.at(cell.x(), cell.y()), ink);
    const double logProbAfter = driver.page().evaluation().logProb;
    QCOMPARE(logProbAfter, driver.model().evaluate(after).logProb);
    QVERIFY(logProbAfter != logProbBefore);
    QVERIFY(driver.text("logProbValue") != shownBefore);
    QVERIFY(driver.find<QWidget>("surpriseMap")->grab().toImage() != mapBefore);

    // The whole stroke is one undo step, and undo gives back the exact earlier value.
    driver.click("undoButton");
    QCOMPARE(driver.page().drawing(), before);
    QCOMPARE(driver.page().evaluation().logProb, logProbBefore);
    QCOMPARE(driver.text("logProbValue"), shownBefore);
    driver.click("redoButton");
    QCOMPARE(driver.page().drawing(), after);
    QCOMPARE(driver.page().evaluation().logProb, logProbAfter);
}

void TestDensityDrawing::clearingGivesBlankValue_data() {
    QTest::addColumn<QString>("button");
    QTest::newRow("clear") << "clearButton";
    QTest::newRow("try a blank canvas") << "blankButton";
}

void TestDensityDrawing::clearingGivesBlankValue() {
    QFETCH(QString, button);
    DensityPageDriver driver;
    QVERIFY(QTest::qWaitForWindowExposed(&driver.page()));
    const BinaryImage digit = driver.page().drawing();
    QVERIFY(digit.count() > 0);

    driver.click(qPrintable(button));
    QCOMPARE(driver.page().drawing(), BinaryImage());
    const double blank = driver.model().evaluate(BinaryImage()).logProb;
    QCOMPARE(driver.page().evaluation().logProb, blank);
    QCOMPARE(driver.text("logProbValue"), QStringLiteral("%1 nats").arg(blank, 0, 'f', 1));
    driver.click("undoButton");
    QCOMPARE(driver.page().drawing(), digit);
}

void TestDensityDrawing::keyboardTogglesPixel_data() {
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("col");

    QTest::newRow("cursor starts in the middle") << QList<int>{} << 14 << 14;
    QTest::newRow("three left") << QList<int>(3, Qt::Key_Left) << 14 << 11;
    QTest::newRow("up five, right two")
        << (QList<int>(5, Qt::Key_Up) << Qt::Key_Right << Qt::Key_Right) << 9 << 16;
    QTest::newRow("stops at the top-left corner")
        << (QList<int>(40, Qt::Key_Up) + QList<int>(40, Qt::Key_Left)) << 0 << 0;
    QTest::newRow("stops at the bottom-right corner")
        << (QList<int>(40, Qt::Key_Down) + QList<int>(40, Qt::Key_Right)) << 27 << 27;
}

void TestDensityDrawing::keyboardTogglesPixel() {
    QFETCH(QList<int>, keys);
    QFETCH(int, row);
    QFETCH(int, col);

    DensityPageDriver driver;
    QVERIFY(QTest::qWaitForWindowExposed(&driver.page()));
    ui::DrawingCanvas* canvas = driver.canvas();
    canvas->setFocus();
    QTRY_VERIFY(canvas->hasFocus());
    for (int key : keys)
        QTest::keyClick(canvas, Qt::Key(key));
    QCOMPARE(canvas->cursorPixel(), row * kSide + col);

    const BinaryImage before = driver.page().drawing();
    QTest::keyClick(canvas, Qt::Key_Space);
    BinaryImage expected = before;
    expected.set(row, col, !before.at(row, col));
    QCOMPARE(driver.page().drawing(), expected);
    QCOMPARE(driver.page().evaluation().logProb, driver.model().evaluate(expected).logProb);
    // The readout follows the keyboard cursor.
    QVERIFY2(driver.text("pixelReadout")
                 .contains(QStringLiteral("row %1, column %2").arg(row + 1).arg(col + 1)),
             qPrintable(driver.text("pixelReadout")));

    QTest::keyClick(canvas, Qt::Key_Space);
    QCOMPARE(driver.page().drawing(), before);
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier); // undo the second toggle
    QCOMPARE(driver.page().drawing(), expected);
}

// A drag that leaves the field (even far outside the window) and comes back keeps drawing, and is
// still one stroke.
void TestDensityDrawing::dragLeavingTheFieldContinues() {
    DensityPageDriver driver;
    QVERIFY(QTest::qWaitForWindowExposed(&driver.page()));
    driver.click("clearButton");
    ui::DrawingCanvas* canvas = driver.canvas();
    const QPoint start = DensityPageDriver::cellCentre(canvas, 5, 5);
    QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, start);
    DensityPageDriver::dragTo(canvas, QPoint(-5000, start.y()), Qt::LeftButton);
    DensityPageDriver::dragTo(canvas, QPoint(start.x(), 1000000), Qt::LeftButton);
    const QPoint end = DensityPageDriver::cellCentre(canvas, 20, 20);
    DensityPageDriver::dragTo(canvas, end, Qt::LeftButton);
    QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, end);
    QVERIFY(driver.page().drawing().at(5, 5));
    QVERIFY(driver.page().drawing().at(20, 20));
    driver.click("undoButton");
    QCOMPARE(driver.page().drawing(), BinaryImage());
}

void TestDensityDrawing::wildMouseKeepsTheDrawing_data() {
    QTest::addColumn<unsigned>("seed");
    QTest::newRow("seed 1") << 1u;
    QTest::newRow("seed 2") << 2u;
    QTest::newRow("seed 3") << 3u;
}

// Thousands of events: presses and releases of random buttons in any order, moves inside and far
// outside the widget, releases that never come. The page stays consistent and every change can
// be undone back to the starting digit.
void TestDensityDrawing::wildMouseKeepsTheDrawing() {
    QFETCH(unsigned, seed);
    DensityPageDriver driver;
    QVERIFY(QTest::qWaitForWindowExposed(&driver.page()));
    ui::DrawingCanvas* canvas = driver.canvas();
    const BinaryImage start = driver.page().drawing();
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> coordinate(-600, canvas->width() + 600);
    const Qt::MouseButton buttons[] = {Qt::LeftButton, Qt::RightButton, Qt::MiddleButton};
    Qt::MouseButtons held;
    for (int event = 0; event < 4000; ++event) {
        const QPoint at(coordinate(random), coordinate(random));
        const int kind = int(random() % 20);
        const Qt::MouseButton button = buttons[random() % 3];
        if (kind == 0) {
            QTest::mousePress(canvas, button, Qt::NoModifier, at);
            held |= button;
        } else if (kind == 1) {
            QTest::mouseRelease(canvas, button, Qt::NoModifier, at);
            held &= ~Qt::MouseButtons(button);
        } else {
            DensityPageDriver::dragTo(canvas, at, kind == 2 ? Qt::NoButton : held);
        }
    }
    for (const Qt::MouseButton button : buttons)
        QTest::mouseRelease(canvas, button, Qt::NoModifier, QPoint(-1, -1));
    QVERIFY(!canvas->isStroking());
    QCOMPARE(driver.page().evaluation().logProb,
             driver.model().evaluate(driver.page().drawing()).logProb);
    int undos = 0;
    auto* undo = driver.find<QAbstractButton>("undoButton");
    while (undo->isEnabled() && undos < 1000) {
        driver.click("undoButton");
        ++undos;
    }
    QCOMPARE(driver.page().drawing(), start);
}

QTEST_MAIN(TestDensityDrawing)
#include "tst_density_drawing.moc"
