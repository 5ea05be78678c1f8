// What the Density page says about a drawing: a gallery digit scores exactly what core says
// (tolerance 0: the same DensityModel::evaluate on the same bits; shown numbers to their printed
// digits), PNG files round-trip and a bad file leaves the drawing alone, the verdict follows the
// threshold slider, hovering any grid explains that pixel, and every model gets a score row.
#include "core/stats/percentiles.h"
#include "tests/common/shipped_ids.h"
#include "tst_density_driver.h"
#include "ui/adapters/gallery_digits.h"
#include "ui/pages/density/likelihood_chart.h"
#include "ui/pages/density/verdict_panel.h"
#include "ui/widgets/pixel_grid.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QSlider>
#include <QTabBar>
#include <QTemporaryDir>
#include <cmath>
#include <random>

using namespace pixelchain;
using namespace pixelchain::test;

namespace {

/// Moves the threshold slider to `percent` with the keyboard, as a user would (Home, then →),
/// and returns where it ended up.
int setThresholdByKeys(DensityPageDriver& driver, int percent) {
    auto* slider = driver.find<QSlider>("thresholdSlider");
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Home);
    for (int i = 1; i < percent; ++i)
        QTest::keyClick(slider, Qt::Key_Right);
    return slider->value();
}

} // namespace

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
    void blankCanvasVerdictSpeaksOfProbability_data();
    void blankCanvasVerdictSpeaksOfProbability();
    void shownPercentileIsTheComparedOne_data();
    void shownPercentileIsTheComparedOne();
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
    // The strip turns to the page that holds the current digit, as the arrow keys make it do.
    gallery->setCurrentItem(item);
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
    // Rounded once: the page shows and compares the same whole number.
    const double percentile =
        std::round(stats::percentileOf(driver.library().current()->testQuantiles, core.logProb));
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
    // Moving the threshold scores nothing again: only the verdict and the line follow it.
    QSignalSpy evaluated(&driver.page(), &ui::DensityPage::evaluated);
    QCOMPARE(setThresholdByKeys(driver, threshold), threshold);
    QCOMPARE(evaluated.count(), 0);

    const ui::ModelEntry& entry = *driver.library().current();
    const double logProb = driver.model().evaluate(image).logProb;
    const double percentile = std::round(stats::percentileOf(entry.testQuantiles, logProb));
    const bool unusual = percentile < threshold;
    const bool aboveEvery = logProb > entry.testQuantiles.back();
    auto* verdict = driver.page().findChild<ui::VerdictPanel*>();
    QCOMPARE(verdict->isUnusual(), unusual);
    const QString text = driver.text("verdict");
    QVERIFY2(text.contains(unusual      ? QStringLiteral("Unusual")
                           : aboveEvery ? QStringLiteral("More probable than every test digit")
                                        : QStringLiteral("As probable as")),
             qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Looks like")), qPrintable(text));
    if (drawing == QLatin1String("noise"))
        QVERIFY(unusual);
    auto* chart = driver.find<ui::LikelihoodChart>("likelihoodChart");
    const double span = entry.testQuantiles.back() - entry.testQuantiles.front();
    QVERIFY(std::abs(chart->markerPosition() - logProb) < 1e-9 ||
            chart->markerPosition() >= entry.testQuantiles.front() - span);
    // The line stands on the test digits' own percentile (exactly: the same stored number).
    QCOMPARE(chart->thresholdPosition(), entry.testQuantiles.at(std::size_t(threshold)));
}

// Under every shipped model the blank canvas's verdict speaks of probability, never of looking
// like a digit; above the most probable test digit it says a high probability is not a likeness,
// and the pitfall note's line for that model says the same as core's numbers.
void TestDensityScores::blankCanvasVerdictSpeaksOfProbability_data() {
    QTest::addColumn<QString>("id");
    const QStringList ids = test::shippedIds() << QStringLiteral("nade-scored");
    for (const QString& id : ids)
        QTest::newRow(qPrintable(id)) << id;
}

void TestDensityScores::blankCanvasVerdictSpeaksOfProbability() {
    QFETCH(QString, id);
    DensityPageDriver driver;
    QVERIFY(driver.library().select(id));
    driver.click("blankButton");
    QCOMPARE(driver.page().drawing(), BinaryImage());
    const ui::ModelEntry& entry = *driver.library().current();
    const QString text = driver.text("verdict");
    QVERIFY2(!text.contains(QStringLiteral("Looks like")) &&
                 !text.contains(QStringLiteral("like the digits")),
             qPrintable(text));
    if (entry.testQuantiles.size() != stats::kPercentileCount) {
        QVERIFY2(text.startsWith(QStringLiteral("No verdict")), qPrintable(text));
        return;
    }
    const double blank = entry.model->evaluate(BinaryImage()).logProb;
    const bool aboveEvery = blank > entry.testQuantiles.back();
    QCOMPARE(text.contains(QStringLiteral("a high probability is not a likeness")), aboveEvery);
    // The pitfall note puts the model in the group core's numbers say, and its tooltip gives them.
    const QString name = driver.text(qPrintable(QStringLiteral("modelTitle_") + id));
    const QStringList groups = driver.text("blankPerModel").split(QStringLiteral("<br>"));
    QCOMPARE(groups.size(), 2);
    QVERIFY2(groups[aboveEvery ? 0 : 1].contains(name), qPrintable(groups.join(u'\n')));
    const QString numbers = QStringLiteral("%1: blank %2 nats, most probable test digit %3 nats")
                                .arg(name, QString::number(blank, 'f', 1),
                                     QString::number(entry.testQuantiles.back(), 'f', 1));
    const QString tip = driver.find<QLabel>("blankPerModel")->toolTip();
    QVERIFY2(tip.split(u'\n').contains(numbers),
             qPrintable(numbers + QStringLiteral(" not in ") + tip));
}

// The percentile is rounded once and that number both shows and decides: a drawing shown at 5 is
// not unusual at the 5% threshold. Quantiles are built so that the blank canvas lands exactly at
// `raw` (to 1e-9: linear quantiles, percentileOf interpolates linearly).
void TestDensityScores::shownPercentileIsTheComparedOne_data() {
    QTest::addColumn<double>("raw");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<bool>("unusual");
    QTest::newRow("4.6 shows 5, not unusual at 5%") << 4.6 << 5 << "5" << false;
    QTest::newRow("4.4 shows 4, unusual at 5%") << 4.4 << 5 << "4" << true;
    QTest::newRow("4.6 shows 5, unusual at 6%") << 4.6 << 6 << "5" << true;
    QTest::newRow("0.3 shows 0, unusual at 1%") << 0.3 << 1 << "0" << true;
    QTest::newRow("0.7 shows 1, not unusual at 1%") << 0.7 << 1 << "1" << false;
    QTest::newRow("99.7 shows 100, yet below the top test digit") << 99.7 << 50 << "100" << false;
}

void TestDensityScores::shownPercentileIsTheComparedOne() {
    QFETCH(double, raw);
    QFETCH(int, threshold);
    QFETCH(QString, shown);
    QFETCH(bool, unusual);
    DensityPageDriver driver;
    QFile file(QStringLiteral(":/models/nade-mnist.safetensors"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    io::LoadedModel shipped = io::parseModel(file.readAll().toStdString());
    QVERIFY(shipped.model->family() == ModelFamily::Nade);
    const double blank = shipped.model->evaluate(BinaryImage()).logProb;
    QStringList numbers;
    for (int k = 0; k <= 100; ++k)
        numbers.append(QString::number(blank + (k - raw) * 0.25, 'g', 17));
    io::Metadata metadata = shipped.metadata;
    metadata["test_ll_quantiles"] = ("[" + numbers.join(QLatin1Char(',')) + "]").toStdString();
    QVERIFY(driver.library().loadBytes(
        QStringLiteral("nade-at"),
        QByteArray::fromStdString(io::serializeModel(*shipped.model, metadata))));
    QVERIFY(driver.library().select(QStringLiteral("nade-at")));
    QVERIFY(std::abs(stats::percentileOf(driver.library().current()->testQuantiles, blank) - raw) <
            1e-9);
    QCOMPARE(setThresholdByKeys(driver, threshold), threshold);
    driver.click("blankButton");
    QCOMPARE(driver.text("percentileValue"), shown);
    QCOMPARE(driver.text("modelPercentile_nade-at"), shown);
    auto* verdict = driver.page().findChild<ui::VerdictPanel*>();
    QCOMPARE(verdict->isUnusual(), unusual);
    const QString text = driver.text("verdict");
    QVERIFY2(text.contains(QStringLiteral("Unusual")) == unusual, qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("every test digit")), qPrintable(text));
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
    if (grid != QLatin1String("drawingCanvas")) {
        // The maps have a tab of their own beside the scores: open it as a student would.
        auto* tabs = driver.find<QTabBar>("answerTabs");
        QTest::mouseClick(tabs, Qt::LeftButton, Qt::NoModifier, tabs->tabRect(2).center());
        QCOMPARE(tabs->currentIndex(), 2);
    }
    auto* widget = driver.find<ui::PixelGrid>(qPrintable(grid));
    QVERIFY(widget->isVisible());
    // The page fits its canvas again once the layout has settled: aim after that.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
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
