// A burst of 10,000 mouse events on the Density page's drawing canvas, from a fixed-seed
// pseudo-random sequence: presses, drags and releases of the left, right and middle buttons in
// any order, presses never released, double clicks, modifiers, the wheel, the pointer leaving,
// the tool and brush changed from the toolbar in mid-stroke, and positions far outside the widget —
// negative, ±10^9, even NaN and ∞. Afterwards the page must be consistent: the log p it shows is
// the current model's evaluate() of the drawing (tolerance 1e-9 relative), every stroke is one undo
// step that gives back exactly the image before it, redo returns to the end of the burst, and the
// canvas still draws.
#include "../ui/tst_density_driver.h"

#include <QElapsedTimer>
#include <QSpinBox>
#include <QWheelEvent>
#include <cmath>
#include <limits>
#include <random>

using namespace pixelchain;
using namespace pixelchain::test;

namespace {

constexpr int kEvents = 10000;
constexpr double kRelativeTolerance = 1e-9;

/// Uniform in [low, high) from 53 random bits (the same numbers on every platform).
double uniform(std::mt19937_64& random, double low, double high) {
    return low + (high - low) * double(random() >> 11) * 0x1.0p-53;
}

/// Mostly inside the widget; often far outside; now and then absurd.
QPointF position(std::mt19937_64& random, QSize size) {
    const int kind = int(random() % 20);
    const double w = size.width(), h = size.height();
    if (kind < 12)
        return {uniform(random, 0, w), uniform(random, 0, h)};
    if (kind < 17)
        return {uniform(random, -5000, w + 5000), uniform(random, -5000, h + 5000)};
    if (kind < 19)
        return {random() % 2 ? 1e9 : -1e9, uniform(random, -1e9, 1e9)};
    const double odd[] = {std::numeric_limits<double>::quiet_NaN(),
                          std::numeric_limits<double>::infinity(),
                          -std::numeric_limits<double>::infinity(), 1e300};
    return {odd[random() % 4], uniform(random, 0, h)};
}

/// QTest's press and release take whole pixels: absurd positions become the farthest int ones
/// that still map to the screen without overflow.
QPoint whole(QPointF p) {
    auto clamp = [](double v) { return std::isfinite(v) ? int(std::clamp(v, -1e6, 1e6)) : -1; };
    return {clamp(p.x()), clamp(p.y())};
}

void send(QWidget* widget, QEvent* event) {
    QApplication::sendEvent(widget, event);
}

} // namespace

class TestCanvasBurst : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void burstLeavesThePageConsistent_data();
    void burstLeavesThePageConsistent();
};

void TestCanvasBurst::burstLeavesThePageConsistent_data() {
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("brush");
    QTest::addColumn<bool>("eraser");
    QTest::newRow("seed 1, brush 1") << quint64(1) << 1 << false;
    QTest::newRow("seed 2, starting with brush 3 and the eraser") << quint64(2) << 3 << true;
}

void TestCanvasBurst::burstLeavesThePageConsistent() {
    QFETCH(quint64, seed);
    QFETCH(int, brush);
    QFETCH(bool, eraser);
    DensityPageDriver driver;
    QVERIFY(QTest::qWaitForWindowExposed(&driver.page()));
    if (eraser)
        driver.click("eraseTool");
    driver.find<QSpinBox>("brushSize")->setValue(brush);
    ui::DrawingCanvas* canvas = driver.canvas();
    QCOMPARE(canvas->brushSize(), brush);

    // Every finished stroke, with the image it started from: what undo must give back.
    std::vector<BinaryImage> befores;
    connect(canvas, &ui::DrawingCanvas::strokeFinished, this,
            [&](const BinaryImage& before) { befores.push_back(before); });
    QSignalSpy evaluated(&driver.page(), &ui::DensityPage::evaluated);

    std::mt19937_64 random(seed);
    const Qt::MouseButton buttons[] = {Qt::LeftButton, Qt::RightButton, Qt::MiddleButton};
    const Qt::KeyboardModifiers modifiers[] = {Qt::NoModifier, Qt::ShiftModifier,
                                               Qt::ControlModifier, Qt::AltModifier};
    Qt::MouseButtons held;
    QElapsedTimer timer;
    timer.start();
    for (int n = 0; n < kEvents; ++n) {
        const QPointF at = position(random, canvas->size());
        const Qt::MouseButton button = buttons[random() % 3];
        const Qt::KeyboardModifiers modifier = modifiers[random() % 4];
        const int kind = int(random() % 100);
        if (kind < 50) { // a drag with whatever is held
            QMouseEvent move(QEvent::MouseMove, at, at, Qt::NoButton, held, modifier);
            send(canvas, &move);
        } else if (kind < 60) { // a hover, no button
            QMouseEvent move(QEvent::MouseMove, at, at, Qt::NoButton, Qt::NoButton, modifier);
            send(canvas, &move);
        } else if (kind < 72) {
            QTest::mousePress(canvas, button, modifier, whole(at));
            held |= button;
        } else if (kind < 84) {
            QTest::mouseRelease(canvas, button, modifier, whole(at));
            held &= ~Qt::MouseButtons(button);
        } else if (kind < 88) {
            QTest::mouseDClick(canvas, button, modifier, whole(at));
            held &= ~Qt::MouseButtons(button);
        } else if (kind < 96) {
            const int delta = int(random() % 2 ? 120 * (int(random() % 21) - 10) : 1 << 30);
            QWheelEvent wheel(at, at, QPoint(), QPoint(0, delta), held, modifier, Qt::NoScrollPhase,
                              false);
            send(canvas, &wheel);
        } else if (kind < 98) { // the other tool, from the toolbar, even in mid-stroke
            driver.click(kind == 96 ? "drawTool" : "eraseTool");
        } else if (kind == 98) {
            driver.find<QSpinBox>("brushSize")->setValue(1 + int(random() % 3));
        } else {
            QEvent leave(QEvent::Leave);
            send(canvas, &leave);
        }
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    for (const Qt::MouseButton button : buttons)
        QTest::mouseRelease(canvas, button, Qt::NoModifier, QPoint(-1, -1));
    QVERIFY(!canvas->isStroking());
    qInfo("%d events in %.2f s (%.0f per second): %zu strokes, %lld page updates", kEvents, seconds,
          kEvents / seconds, befores.size(), qlonglong(evaluated.count()));
    QVERIFY2(befores.size() >= 50, "the burst drew too little to test undo");

    // The page shows the current model's value of exactly the bits on the canvas.
    const BinaryImage end = driver.page().drawing();
    QCOMPARE(end, canvas->image());
    const double expected = driver.model().evaluate(end).logProb;
    const double shown = driver.page().evaluation().logProb;
    const double difference = std::abs(shown - expected);
    qInfo("log p shown %.17g, evaluate() %.17g, difference %.3g", shown, expected, difference);
    QVERIFY(difference <= kRelativeTolerance * std::abs(expected));
    QCOMPARE(driver.text("logProbValue"), QStringLiteral("%1 nats").arg(expected, 0, 'f', 1));

    // Undo walks back stroke by stroke (as far as the history keeps), redo walks forward again.
    const std::size_t undoable = std::min(befores.size(), ui::DrawingHistory::kLimit);
    auto* undo = driver.find<QAbstractButton>("undoButton");
    for (std::size_t i = 1; i <= undoable; ++i) {
        QVERIFY(undo->isEnabled());
        driver.click("undoButton");
        QCOMPARE(driver.page().drawing(), befores[befores.size() - i]);
    }
    QVERIFY(!undo->isEnabled());
    QCOMPARE(driver.page().evaluation().logProb,
             driver.model().evaluate(driver.page().drawing()).logProb);
    for (std::size_t i = 0; i < undoable; ++i)
        driver.click("redoButton");
    QCOMPARE(driver.page().drawing(), end);
    QVERIFY(!driver.find<QAbstractButton>("redoButton")->isEnabled());
    QCOMPARE(driver.page().evaluation().logProb, expected);

    // And the canvas still draws: a clean stroke after the storm is one more undo step.
    driver.click("drawTool");
    driver.click("clearButton");
    evaluated.clear();
    driver.stroke({{4, 4}, {4, 20}});
    QVERIFY(driver.page().drawing().at(4, 12));
    QVERIFY(evaluated.count() >= 1);
    QCOMPARE(driver.page().evaluation().logProb,
             driver.model().evaluate(driver.page().drawing()).logProb);
}

QTEST_MAIN(TestCanvasBurst)
#include "tst_canvas_burst.moc"
