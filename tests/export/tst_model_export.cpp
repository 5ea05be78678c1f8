// The File menu's exports of a model: the sampling GIF is core's animation of that seed, ending
// on Sampler::draw; the CSV is core's conditionals table; both accept any file name the user
// types, and a save that cannot happen says why and leaves the folder as it was.
#include "core/io/atomic_file.h"
#include "core/io/conditionals_csv.h"
#include "core/io/gif_animation.h"
#include "core/sampling/sampler.h"
#include "core/sampling/sampling_animation.h"
#include "gif_reader.h"
#include "shipped_models.h"
#include "ui/export/model_export.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <limits>

using namespace pixelchain;

namespace {

std::string readAll(const QString& path) {
    return io::readFile(QFile::encodeName(path).toStdString());
}

} // namespace

class ModelExportTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void gifIsTheSamplingRun_data();
    void gifIsTheSamplingRun();
    void csvIsTheConditionalsTable_data();
    void csvIsTheConditionalsTable();
    void failedSaveSaysWhyAndLeavesNothing_data();
    void failedSaveSaysWhyAndLeavesNothing();
};

void ModelExportTest::gifIsTheSamplingRun_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<double>("temperature");
    QTest::addColumn<QString>("file");
    QTest::newRow("NADE raster, seed 1") << "nade-mnist" << quint64(1) << 1.0 << "digit.gif";
    QTest::newRow("NADE spiral, greedy")
        << "nade-spiral-mnist" << quint64(4) << 0.0 << "spiral.gif";
    QTest::newRow("Markov, hot") << "markov8-mnist" << quint64(12) << 2.0 << "markov.gif";
    QTest::newRow("largest seed, a name with spaces and accents")
        << "nade-mnist" << std::numeric_limits<quint64>::max() << 1.0 << "Folie 3 – Ziffer ü.gif";
}

void ModelExportTest::gifIsTheSamplingRun() {
    QFETCH(QString, model);
    QFETCH(quint64, seed);
    QFETCH(double, temperature);
    QFETCH(QString, file);
    const auto density = test::shippedModel(model);
    QTemporaryDir dir;
    const QString path = dir.filePath(file);
    QString error;
    QVERIFY2(ui::exportSamplingGif(*density, seed, temperature, path, &error), qPrintable(error));

    const std::string bytes = readAll(path);
    QCOMPARE(bytes, io::encodeGif(samplingAnimation(density, seed, temperature)));
    const test::DecodedGif gif = test::decodeGif(bytes);
    QVERIFY2(gif.ok, gif.error.c_str());
    QCOMPARE(int(gif.frames.size()), kPixels / kSide + 1);
    QCOMPARE(gif.loopCount, 0);
    // The last frame is the sample for this seed: each scale × scale block is one pixel.
    const BinaryImage sample = Sampler::draw(density, seed, temperature);
    const int scale = gif.width / kSide;
    const auto& last = gif.frames.back();
    for (int y = 0; y < gif.height; ++y)
        for (int x = 0; x < gif.width; ++x) {
            const bool on = sample.at(y / scale, x / scale);
            QCOMPARE(last[std::size_t(y * gif.width + x)],
                     static_cast<std::uint8_t>(on ? AnimationColor::On : AnimationColor::Off));
        }
}

void ModelExportTest::csvIsTheConditionalsTable_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<quint64>("seed"); // the image is this model's sample for the seed
    QTest::newRow("NADE raster") << "nade-mnist" << quint64(2);
    QTest::newRow("NADE in a random order") << "nade-random-mnist" << quint64(6);
    QTest::newRow("FVSBN") << "fvsbn-mnist" << quint64(1);
    QTest::newRow("independent") << "independent-mnist" << quint64(9);
}

void ModelExportTest::csvIsTheConditionalsTable() {
    QFETCH(QString, model);
    QFETCH(quint64, seed);
    const auto density = test::shippedModel(model);
    const BinaryImage image = Sampler::draw(density, seed);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("factors.csv"));
    QString error;
    QVERIFY2(ui::exportConditionalsCsv(*density, image, path, &error), qPrintable(error));
    const std::string csv = readAll(path);
    QCOMPARE(csv, io::conditionalsCsv(*density, image));
    QCOMPARE(int(std::count(csv.begin(), csv.end(), '\n')), 1 + kPixels);
}

void ModelExportTest::failedSaveSaysWhyAndLeavesNothing_data() {
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("target");
    for (const QString& format : {QStringLiteral("gif"), QStringLiteral("csv")}) {
        QTest::addRow("%s into a missing folder", qPrintable(format))
            << format << QStringLiteral("missing/export.") + format;
        QTest::addRow("%s over a folder", qPrintable(format))
            << format << QStringLiteral("folder.") + format;
    }
}

void ModelExportTest::failedSaveSaysWhyAndLeavesNothing() {
    QFETCH(QString, format);
    QFETCH(QString, target);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.") + format));
    const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    const auto model = test::shippedModel(QStringLiteral("nade-mnist"));
    const QString path = dir.filePath(target);
    QString error;
    const bool saved = format == QLatin1String("gif")
                           ? ui::exportSamplingGif(*model, 1, 1.0, path, &error)
                           : ui::exportConditionalsCsv(*model, BinaryImage(), path, &error);
    QVERIFY(!saved);
    QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
    QVERIFY(QDir(dir.filePath(QStringLiteral("folder.") + format)).isEmpty());
}

QTEST_GUILESS_MAIN(ModelExportTest)
#include "tst_model_export.moc"
