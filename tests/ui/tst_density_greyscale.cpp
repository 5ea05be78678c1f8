// The Density page's greyscale mode: the switch between binary and greyscale pixels (by click and
// by key), the soft brush (grey edges, full ink at the centre, right-button erasing), undo, and
// that every number and map shown is core's ContinuousDensity::evaluate() of the drawing on the
// canvas. Tolerances: the shown evaluation is compared with a fresh evaluate() within 1e-9 nats
// (both run the same code on the same bytes); the texts are compared exactly with the same
// locale formatting; the maps are compared exactly (the page negates the same floats).
#include "core/stats/percentiles.h"
#include "ui/adapters/grey_model_library.h"
#include "ui/adapters/model_library.h"
#include "ui/pages/density/density_page.h"
#include "ui/pages/density/grey_canvas.h"
#include "ui/pages/density/grey_density_view.h"
#include "ui/pages/density/pixel_mode_switch.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMouseEvent>
#include <QRadioButton>
#include <QTabBar>
#include <QTest>
#include <memory>

using namespace pixelchain;

namespace {

/// A Density page with the built-in binary and greyscale models (or none of the latter).
class GreyDriver {
public:
    explicit GreyDriver(bool withGreyModels = true)
        : models_(std::make_unique<ui::ModelLibrary>()) {
        models_->loadBuiltIn();
        if (withGreyModels) {
            greyModels_ = std::make_unique<ui::GreyModelLibrary>();
            if (greyModels_->loadBuiltIn() != 2)
                qFatal("the built-in greyscale models did not load");
        }
        page_ = std::make_unique<ui::DensityPage>(models_.get(), greyModels_.get());
        page_->resize(1600, 1200);
        page_->show();
    }

    ui::DensityPage& page() { return *page_; }
    ui::GreyDensityView& view() { return *page_->greyView(); }
    ui::GreyModelLibrary& greyModels() { return *greyModels_; }
    ui::GreyCanvas* canvas() { return find<ui::GreyCanvas>("greyCanvas"); }
    const GreyImage& drawing() { return view().drawing(); }

    template <typename T> T* find(const char* name) {
        T* child = page_->findChild<T*>(QString::fromLatin1(name));
        if (!child)
            qFatal("no child named %s", name);
        return child;
    }
    QString text(const char* name) { return find<QLabel>(name)->text(); }
    void click(const char* name) { QTest::mouseClick(find<QAbstractButton>(name), Qt::LeftButton); }

    /// Switches to greyscale pixels with a real click on the switch.
    void chooseGreyscale() {
        QTest::mouseClick(find<QRadioButton>("greyPixelsMode"), Qt::LeftButton);
        if (!view().isVisible())
            qFatal("the greyscale mode did not show");
    }

    /// Widget position of the centre of pixel (row, col).
    QPoint at(int row, int col) {
        const QRectF field = canvas()->fieldRect();
        const double cell = field.width() / kSide;
        return QPointF(field.left() + (col + 0.5) * cell, field.top() + (row + 0.5) * cell)
            .toPoint();
    }

    /// One stroke along `row` from column `from` to `to` with `button` held, a move per pixel.
    void strokeAlongRow(int row, int from, int to, Qt::MouseButton button = Qt::LeftButton) {
        ui::GreyCanvas* c = canvas();
        QTest::mousePress(c, button, Qt::NoModifier, at(row, from));
        for (int col = from; col <= to; ++col) {
            QMouseEvent move(QEvent::MouseMove, QPointF(at(row, col)),
                             QPointF(c->mapToGlobal(at(row, col))), Qt::NoButton, button,
                             Qt::NoModifier);
            QApplication::sendEvent(c, &move);
        }
        QTest::mouseRelease(c, button, Qt::NoModifier, at(row, to));
    }

private:
    std::unique_ptr<ui::ModelLibrary> models_;
    std::unique_ptr<ui::GreyModelLibrary> greyModels_;
    std::unique_ptr<ui::DensityPage> page_; // destroyed before the libraries it reads
};

QString fixed(double value, int decimals) {
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

class TestDensityGreyscale : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void switchesModesByClickAndKey();
    void softStrokeHasGreyEdges();
    void keyboardDabsInk();
    void scoresAreCoresEvaluation_data();
    void scoresAreCoresEvaluation();
    void undoAndEraseWork();
    void hoverShowsThePixelsNumbers();
    void withoutGreyModelsTheModeIsDisabled();
};

void TestDensityGreyscale::initTestCase() {
    QLocale::setDefault(QLocale::c());
}

void TestDensityGreyscale::switchesModesByClickAndKey() {
    GreyDriver driver;
    QVERIFY(QTest::qWaitForWindowExposed(&driver.page()));
    auto* binary = driver.find<QRadioButton>("binaryPixelsMode");
    auto* grey = driver.find<QRadioButton>("greyPixelsMode");
    QVERIFY(binary->isChecked());
    QVERIFY(grey->isEnabled());
    QVERIFY(!driver.view().isVisible());
    QVERIFY(driver.find<QWidget>("drawingCanvas")->isVisible());

    QTest::mouseClick(grey, Qt::LeftButton);
    QVERIFY(grey->isChecked());
    QCOMPARE(driver.page().modeSwitch()->mode(), ui::PixelModeSwitch::Mode::Greyscale);
    QVERIFY(driver.view().isVisible());
    QVERIFY(!driver.find<QWidget>("drawingCanvas")->isVisible());

    // The keyboard: Space on a focused radio button chooses it.
    binary->setFocus();
    QTest::keyClick(binary, Qt::Key_Space);
    QCOMPARE(driver.page().modeSwitch()->mode(), ui::PixelModeSwitch::Mode::Binary);
    QVERIFY(!driver.view().isVisible());
    QTest::keyClick(grey, Qt::Key_Space);
    QCOMPARE(driver.page().modeSwitch()->mode(), ui::PixelModeSwitch::Mode::Greyscale);
    QVERIFY(driver.view().isVisible());
}

// A stroke through the centres of row 14: the brush (size 2, outer radius 1.75 px, one pixel of
// soft edge) covers row 14 fully and rows 13 and 15, one pixel away, by 0.75, i.e. 191 of 255.
// The mouse positions are rounded to whole screen pixels (a cell is over 10 of them here), so
// the edge is checked to be strictly grey and within 16 levels of 191; row 12 stays paper.
void TestDensityGreyscale::softStrokeHasGreyEdges() {
    GreyDriver driver;
    QVERIFY(QTest::qWaitForWindowExposed(&driver.page()));
    driver.chooseGreyscale();
    driver.click("greyClearButton");
    QCOMPARE(driver.drawing(), GreyImage());
    QVERIFY(driver.canvas()->fieldRect().width() / kSide > 10);
    driver.strokeAlongRow(14, 6, 20);
    const GreyImage& image = driver.drawing();
    for (int col = 8; col <= 18; ++col) {
        QCOMPARE(image.at(14, col), 255);
        for (int edge : {13, 15}) {
            const int v = image.at(edge, col);
            QVERIFY2(v > 0 && v < 255 && std::abs(v - 191) <= 16,
                     qPrintable(QStringLiteral("row %1, column %2: %3").arg(edge).arg(col).arg(v)));
        }
        QCOMPARE(image.at(12, col), 0);
        QCOMPARE(image.at(16, col), 0);
    }
    // The canvas shows exactly these values.
    const std::vector<float>& shown = driver.canvas()->values();
    QCOMPARE(shown.size(), std::size_t(kPixels));
    for (int i = 0; i < kPixels; ++i)
        QCOMPARE(shown[std::size_t(i)], float(image.at(i)));
}

// Space dabs the brush on the cursor's pixel: full ink there, grey around it; Delete takes it away.
void TestDensityGreyscale::keyboardDabsInk() {
    GreyDriver driver;
    QVERIFY(QTest::qWaitForWindowExposed(&driver.page()));
    driver.chooseGreyscale();
    driver.click("greyClearButton");
    ui::GreyCanvas* canvas = driver.canvas();
    for (Qt::Key key : {Qt::Key_Left, Qt::Key_Left, Qt::Key_Up})
        QTest::keyClick(canvas, key);
    const int row = kSide / 2 - 1, col = kSide / 2 - 2;
    QCOMPARE(canvas->cursorPixel(), row * kSide + col);
    QTest::keyClick(canvas, Qt::Key_Space);
    QCOMPARE(driver.drawing().at(row, col), 255);
    const int side = driver.drawing().at(row, col + 1);
    QVERIFY2(side > 0 && side < 255, qPrintable(QString::number(side)));
    QCOMPARE(driver.drawing().at(row, col + 3), 0);
    QCOMPARE(driver.view().evaluation().logDensity,
             driver.greyModels().current()->model->evaluate(driver.drawing()).logDensity);
    QTest::keyClick(canvas, Qt::Key_Delete);
    QCOMPARE(driver.drawing(), GreyImage());
}

void TestDensityGreyscale::scoresAreCoresEvaluation_data() {
    QTest::addColumn<int>("pickerRow");    // the model chosen in the picker
    QTest::addColumn<int>("galleryDigit"); // −1: a stroke on a blank canvas
    for (int row : {0, 1})
        for (int digit : {0, 37, -1})
            QTest::addRow("model %d, %s %d", row, digit < 0 ? "stroke" : "gallery digit", digit)
                << row << digit;
}

void TestDensityGreyscale::scoresAreCoresEvaluation() {
    QFETCH(int, pickerRow);
    QFETCH(int, galleryDigit);
    GreyDriver driver;
    QVERIFY(QTest::qWaitForWindowExposed(&driver.page()));
    driver.chooseGreyscale();
    auto* picker = driver.find<QComboBox>("greyModelPicker");
    QCOMPARE(picker->count(), 2);
    // Choose the row with the keyboard, as a student would.
    QTest::keyClick(picker, pickerRow == 0 ? Qt::Key_Home : Qt::Key_End);
    QCOMPARE(picker->currentIndex(), pickerRow == 0 ? 0 : picker->count() - 1);
    const ui::GreyModelEntry& entry = *driver.greyModels().current();
    QCOMPARE(entry.id, picker->currentData().toString());

    if (galleryDigit >= 0) {
        auto* gallery = driver.find<QListWidget>("greyGallery");
        QListWidgetItem* item = gallery->item(galleryDigit);
        gallery->scrollToItem(item);
        QTest::mouseClick(gallery->viewport(), Qt::LeftButton, Qt::NoModifier,
                          gallery->visualItemRect(item).center());
        QVERIFY(driver.drawing() != GreyImage());
    } else {
        driver.click("greyClearButton");
        driver.strokeAlongRow(10, 8, 19);
    }
    const ContinuousEvaluation expected = entry.model->evaluate(driver.drawing());
    const ContinuousEvaluation& shown = driver.view().evaluation();
    QVERIFY2(std::abs(shown.logDensity - expected.logDensity) <= 1e-9,
             qPrintable(QStringLiteral("%1 vs %2")
                            .arg(shown.logDensity, 0, 'g', 17)
                            .arg(expected.logDensity, 0, 'g', 17)));
    QCOMPARE(driver.text("greyLogDensityValue"),
             QStringLiteral("%1 nats").arg(fixed(expected.logDensity, 1)));
    QCOMPARE(driver.text("greyBitsValue"), fixed(expected.bitsPerDim(), 3));
    QCOMPARE(driver.text("greyBitsValue"), fixed(bitsPerDimension(expected.logDensity), 3));
    const double percentile = stats::percentileOf(entry.testQuantiles, expected.logDensity);
    if (entry.testQuantiles.empty()) {
        QVERIFY(std::isnan(driver.view().percentile()));
        QCOMPARE(driver.text("greyPercentileValue"), QStringLiteral("—"));
    } else {
        QVERIFY(std::abs(driver.view().percentile() - percentile) <= 1e-9);
        QCOMPARE(driver.text("greyPercentileValue"), fixed(percentile, 0));
    }
    // The maps: surprise −log p(y_i | y_<i) and E[y_i | y_<i], pixel by pixel.
    const auto& surprise = driver.find<ui::PixelGrid>("greySurpriseMap")->values();
    const auto& mean = driver.find<ui::PixelGrid>("greyExpectedMap")->values();
    QCOMPARE(surprise.size(), std::size_t(kPixels));
    QCOMPARE(mean.size(), std::size_t(kPixels));
    for (std::size_t i = 0; i < std::size_t(kPixels); ++i) {
        const QString where = QStringLiteral("pixel %1: ").arg(i);
        QVERIFY2(surprise[i] == -expected.logDensities[i],
                 qPrintable(where + QString::number(surprise[i], 'g', 9)));
        QVERIFY2(mean[i] == expected.expectedValue[i],
                 qPrintable(where + QString::number(mean[i], 'g', 9)));
    }
    // The explanation quotes the live bits/dim.
    QVERIFY2(driver.text("greyExplanation").contains(fixed(expected.bitsPerDim(), 3)),
             qPrintable(driver.text("greyExplanation")));
}

// Right-button erasing lowers the stroke's pixels and raises none; Ctrl+Z and the Undo button
// give back each earlier image exactly.
void TestDensityGreyscale::undoAndEraseWork() {
    GreyDriver driver;
    QVERIFY(QTest::qWaitForWindowExposed(&driver.page()));
    driver.chooseGreyscale();
    driver.click("greyClearButton");
    driver.strokeAlongRow(14, 6, 20);
    const GreyImage drawn = driver.drawing();
    QVERIFY(drawn != GreyImage());

    driver.strokeAlongRow(14, 10, 14, Qt::RightButton);
    const GreyImage erased = driver.drawing();
    int lowered = 0;
    for (int i = 0; i < kPixels; ++i) {
        QVERIFY2(erased.at(i) <= drawn.at(i), qPrintable(QString::number(i)));
        lowered += erased.at(i) < drawn.at(i);
    }
    QVERIFY(lowered >= 5 * 3);        // the erased run and its rows above and below
    QCOMPARE(erased.at(14, 12), 0);   // the eraser's centre took all the ink
    QCOMPARE(erased.at(14, 18), 255); // beyond its reach the stroke stays
    QCOMPARE(driver.view().evaluation().logDensity,
             driver.greyModels().current()->model->evaluate(erased).logDensity);

    ui::GreyCanvas* canvas = driver.canvas();
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(driver.drawing(), drawn);
    QCOMPARE(driver.view().evaluation().logDensity,
             driver.greyModels().current()->model->evaluate(drawn).logDensity);
    driver.click("greyUndoButton");
    QCOMPARE(driver.drawing(), GreyImage());
    driver.click("greyRedoButton");
    QCOMPARE(driver.drawing(), drawn);
}

// Pointing at a pixel of the surprise map shows that pixel's value, surprise and expectation.
void TestDensityGreyscale::hoverShowsThePixelsNumbers() {
    GreyDriver driver;
    QVERIFY(QTest::qWaitForWindowExposed(&driver.page()));
    driver.chooseGreyscale();
    // The maps have a tab of their own beside the numbers: open it as a student would.
    auto* tabs = driver.find<QTabBar>("greyAnswerTabs");
    QTest::mouseClick(tabs, Qt::LeftButton, Qt::NoModifier, tabs->tabRect(1).center());
    QCOMPARE(tabs->currentIndex(), 1);
    auto* map = driver.find<ui::PixelGrid>("greySurpriseMap");
    QVERIFY(map->isVisible());
    const int row = 14, col = 12, pixel = row * kSide + col;
    const QRectF field = map->fieldRect();
    const double cell = field.width() / kSide;
    QTest::mouseMove(
        map,
        QPointF(field.left() + (col + 0.5) * cell, field.top() + (row + 0.5) * cell).toPoint());
    QTRY_COMPARE(map->highlight(), pixel);
    const QString readout = driver.text("greyPixelReadout");
    const ContinuousEvaluation& e = driver.view().evaluation();
    for (const QString& part : {QStringLiteral("row %1, column %2").arg(row + 1).arg(col + 1),
                                QStringLiteral("value %1").arg(driver.drawing().at(pixel)),
                                fixed(-e.logDensities[std::size_t(pixel)], 2),
                                fixed(e.expectedValue[std::size_t(pixel)], 3)})
        QVERIFY2(readout.contains(part), qPrintable(part + QStringLiteral(" in ") + readout));
}

void TestDensityGreyscale::withoutGreyModelsTheModeIsDisabled() {
    GreyDriver driver(false);
    QVERIFY(QTest::qWaitForWindowExposed(&driver.page()));
    auto* grey = driver.find<QRadioButton>("greyPixelsMode");
    QVERIFY(!grey->isEnabled());
    QVERIFY(!grey->toolTip().isEmpty());
    QTest::mouseClick(grey, Qt::LeftButton);
    QTest::keyClick(grey, Qt::Key_Space);
    QCOMPARE(driver.page().modeSwitch()->mode(), ui::PixelModeSwitch::Mode::Binary);
    QVERIFY(!driver.view().isVisible());
    QVERIFY(driver.find<QWidget>("drawingCanvas")->isVisible());
    QCOMPARE(driver.text("greyLogDensityValue"), QStringLiteral("—"));
}

QTEST_MAIN(TestDensityGreyscale)
#include "tst_density_greyscale.moc"
