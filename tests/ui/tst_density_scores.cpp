// What the Density page says about a drawing: a gallery digit scores exactly what core says
// (tolerance 0: the same DensityModel::evaluate on the same bits; shown numbers to their printed
// digits), PNG files round-trip and a bad file leaves the drawing alone, the verdict follows the
// threshold slider, hovering any grid explains that pixel, and every model gets a score row.
#include "core/training/test_scores.h"
#include "tst_density_driver.h"
#include "ui/pages/density/gallery_digits.h"
#include "ui/pages/density/likelihood_chart.h"
#include "ui/pages/density/verdict_panel.h"
#include "ui/widgets/pixel_grid.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QSlider>
#include <QTemporaryDir>
#include <random>

using namespace pixelchain;
using namespace pixelchain::test;

class TestDensityScores : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void galleryDigitScoresWhatCoreSays_data();
    void galleryDigitScoresWhatCoreSays();
    void pngRoundTrip();
    void badFileKeepsTheDrawing_data();
    void badFileKeepsTheDrawing();
    void verdictFollowsThreshold_data();
    void verdictFollowsThreshold();
    void hoverExplainsPixel_data();
    void hoverExplainsPixel();
    void everyModelGetsARow();
};

void TestDensityScores::galleryDigitScoresWhatCoreSays_data() {
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("label");
    QTest::newRow("first 0") << 0 << 0;
    QTest::newRow("a 1") << 14 << 1;
    QTest::newRow("a 3") << 32 << 3;
    QTest::newRow("a 7") << 75 << 7;
    QTest::newRow("last 9") << 99 << 9;
}

void TestDensityScores::galleryDigitScoresWhatCoreSays() {
    QFETCH(int, index);
    QFETCH(int, label);
    DensityPageDriver driver;
    QVERIFY(QTest::qWaitForWindowExposed(&driver.page()));
    auto* gallery = driver.find<QListWidget>("gallery");
    QCOMPARE(gallery->count(), 100);
    QListWidgetItem* item = gallery->item(index);
    QCOMPARE(item->text(), QString::number(label));
    driver.click("clearButton");
    gallery->scrollToItem(item);
    QTest::mouseClick(gallery->viewport(), Qt::LeftButton, Qt::NoModifier,
                      gallery->visualItemRect(item).center());

    const ui::GalleryDigits digits = ui::GalleryDigits::loadBuiltIn();
    const BinaryImage& image = digits.images[std::size_t(index)];
    QCOMPARE(driver.page().drawing(), image);
    const Evaluation core = driver.model().evaluate(image);
    QCOMPARE(driver.page().evaluation().logProb, core.logProb);
    QVERIFY(driver.page().evaluation().conditionals == core.conditionals);
    QCOMPARE(driver.text("logProbValue"), QStringLiteral("%1 nats").arg(core.logProb, 0, 'f', 1));
    QCOMPARE(driver.text("bitsValue"), QString::number(core.bitsPerPixel(), 'f', 3));
    const double percentile =
        training::percentileOf(driver.library().current()->testQuantiles, core.logProb);
    QCOMPARE(driver.page().percentile(), percentile);
    QCOMPARE(driver.text("percentileValue"), QString::number(percentile, 'f', 0));
}

void TestDensityScores::pngRoundTrip() {
    DensityPageDriver driver;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    driver.stroke({{3, 3}, {3, 10}, {10, 10}});
    const BinaryImage drawn = driver.page().drawing();
    const QString path = dir.filePath(QStringLiteral("drawing.png"));
    QVERIFY(driver.page().saveFile(path));
    QCOMPARE(QImage(path).size(), QSize(kSide, kSide));
    driver.click("clearButton");
    QVERIFY(driver.page().loadFile(path));
    QCOMPARE(driver.page().drawing(), drawn);
    QCOMPARE(driver.page().evaluation().logProb, driver.model().evaluate(drawn).logProb);
}

void TestDensityScores::badFileKeepsTheDrawing_data() {
    QTest::addColumn<QByteArray>("bytes"); // empty name: the file is not created
    QTest::addColumn<QString>("says");
    QImage wrongSize(10, 12, QImage::Format_Grayscale8);
    wrongSize.fill(0);
    QByteArray wrongSizePng;
    {
        QBuffer buffer(&wrongSizePng);
        buffer.open(QIODevice::WriteOnly);
        wrongSize.save(&buffer, "PNG");
    }
    QTest::newRow("missing file") << QByteArray() << "Could not open";
    QTest::newRow("empty file") << QByteArray("") << "not a PNG";
    QTest::newRow("text, not a PNG") << QByteArray("hello, this is no image") << "not a PNG";
    QTest::newRow("truncated PNG") << wrongSizePng.left(30) << "not a PNG";
    QTest::newRow("10×12 pixels") << wrongSizePng << "10×12";
}

void TestDensityScores::badFileKeepsTheDrawing() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    DensityPageDriver driver;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.png"));
    if (!bytes.isNull()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const BinaryImage before = driver.page().drawing();
    const double logProb = driver.page().evaluation().logProb;
    QVERIFY(!driver.page().loadFile(path));
    QCOMPARE(driver.page().drawing(), before);
    QCOMPARE(driver.page().evaluation().logProb, logProb);
    QVERIFY(!driver.find<QAbstractButton>("undoButton")->isEnabled());
    auto* message = driver.find<QLabel>("densityMessage");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(says) && message->text().contains(QStringLiteral("bad.png")),
             qPrintable(message->text()));
}

void TestDensityScores::verdictFollowsThreshold_data() {
    QTest::addColumn<QString>("drawing"); // "gallery N", "blank" or "noise"
    QTest::addColumn<int>("threshold");
    QTest::newRow("a real 0, 5%") << "gallery 0" << 5;
    QTest::newRow("a real 3, 50%") << "gallery 30" << 50;
    QTest::newRow("a real 8, 1%") << "gallery 85" << 1;
    QTest::newRow("blank canvas, 5%") << "blank" << 5;
    QTest::newRow("salt and pepper noise, 1%") << "noise" << 1;
}

void TestDensityScores::verdictFollowsThreshold() {
    QFETCH(QString, drawing);
    QFETCH(int, threshold);
    DensityPageDriver driver;
    BinaryImage image;
    if (drawing.startsWith(QLatin1String("gallery")))
        image = ui::GalleryDigits::loadBuiltIn().images[drawing.mid(8).toUInt()];
    if (drawing == QLatin1String("noise")) {
        std::mt19937 random(11);
        for (int i = 0; i < kPixels; ++i)
            image.set(i, random() % 2);
    }
    driver.page().setDrawing(image);
    auto* slider = driver.find<QSlider>("thresholdSlider");
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Home);
    for (int i = 1; i < threshold; ++i)
        QTest::keyClick(slider, Qt::Key_Right);
    QCOMPARE(slider->value(), threshold);

    const ui::ModelEntry& entry = *driver.library().current();
    const double logProb = driver.model().evaluate(image).logProb;
    const double percentile = training::percentileOf(entry.testQuantiles, logProb);
    const bool unusual = percentile < threshold;
    auto* verdict = driver.page().findChild<ui::VerdictPanel*>();
    QCOMPARE(verdict->isUnusual(), unusual);
    const QString text = driver.text("verdict");
    QVERIFY2(text.contains(unusual ? QStringLiteral("Unusual") : QStringLiteral("Looks like")),
             qPrintable(text));
    QCOMPARE(text.contains(QStringLiteral("every real test digit")), percentile >= 100);
    if (drawing == QLatin1String("blank"))
        QCOMPARE(percentile, 100.0); // the pitfall the page teaches
    if (drawing == QLatin1String("noise"))
        QVERIFY(unusual);
    auto* chart = driver.find<ui::LikelihoodChart>("likelihoodChart");
    const double span = entry.testQuantiles.back() - entry.testQuantiles.front();
    QVERIFY(std::abs(chart->markerPosition() - logProb) < 1e-9 ||
            chart->markerPosition() >= entry.testQuantiles.front() - span);
}

void TestDensityScores::hoverExplainsPixel_data() {
    QTest::addColumn<QString>("grid");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("col");
    for (const char* grid : {"drawingCanvas", "conditionalMap", "surpriseMap"}) {
        QTest::addRow("%s, top-left", grid) << grid << 0 << 0;
        QTest::addRow("%s, inside the 0", grid) << grid << 8 << 11;
        QTest::addRow("%s, bottom-right", grid) << grid << 27 << 27;
    }
}

void TestDensityScores::hoverExplainsPixel() {
    QFETCH(QString, grid);
    QFETCH(int, row);
    QFETCH(int, col);
    DensityPageDriver driver;
    QVERIFY(QTest::qWaitForWindowExposed(&driver.page()));
    auto* widget = driver.find<ui::PixelGrid>(qPrintable(grid));
    QTest::mouseMove(widget, DensityPageDriver::cellCentre(widget, row, col));
    const int pixel = row * kSide + col;
    QTRY_COMPARE(driver.find<ui::PixelGrid>("surpriseMap")->highlight(), pixel);
    QCOMPARE(driver.canvas()->highlight(), pixel);
    QCOMPARE(driver.find<ui::PixelGrid>("conditionalMap")->highlight(), pixel);

    const Evaluation& e = driver.page().evaluation();
    const QString text = driver.text("pixelReadout");
    const double share = 100.0 * e.surprise[std::size_t(pixel)] / -e.logProb;
    for (const QString& expected :
         {QStringLiteral("row %1, column %2").arg(row + 1).arg(col + 1),
          QStringLiteral("step %1 of 784").arg(driver.model().ordering().position(pixel) + 1),
          QString::number(e.conditionals[std::size_t(pixel)], 'f', 3),
          QStringLiteral("%1% of").arg(share, 0, 'f', 1)})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in ") + text));
}

// The score list is a list over the library: a second model adds a second row.
void TestDensityScores::everyModelGetsARow() {
    DensityPageDriver driver;
    QVERIFY(driver.page().findChild<QLabel*>(QStringLiteral("modelLogProb_nade-mnist")));
    QVERIFY(driver.page().findChild<QLabel*>(QStringLiteral("modelLogProb_nade-scored")));
    QFile file(QStringLiteral(":/models/nade-mnist.safetensors"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(driver.library().loadBytes(QStringLiteral("nade-copy"), file.readAll()));
    QTRY_VERIFY(driver.page().findChild<QLabel*>(QStringLiteral("modelLogProb_nade-copy")));
    QCOMPARE(driver.text("modelLogProb_nade-copy"), driver.text("modelLogProb_nade-mnist"));
}

QTEST_MAIN(TestDensityScores)
#include "tst_density_scores.moc"
