// pixelchain-cli sample --animate: run as a user runs it, the GIF ends on the very digit that
// `sample --seed S --out` draws (and Sampler::draw makes), a row of pixels per frame.
#include "core/io/atomic_file.h"
#include "core/io/png_image.h"
#include "core/sampling/sampler.h"
#include "core/sampling/sampling_animation.h"
#include "gif_reader.h"
#include "shipped_models.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

using namespace pixelchain;

namespace {

int runCli(const QStringList& arguments) {
    QProcess process;
    process.start(qEnvironmentVariable("PIXELCHAIN_BIN_DIR") + QStringLiteral("/pixelchain-cli"),
                  arguments);
    if (!process.waitForFinished(120000))
        qFatal("pixelchain-cli did not finish");
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

std::string readAll(const QString& path) {
    return io::readFile(QFile::encodeName(path).toStdString());
}

/// The digit in the last frame: each scale × scale block is one pixel (checked uniform).
BinaryImage lastFrameDigit(const test::DecodedGif& gif) {
    const int scale = gif.width / kSide;
    const auto& frame = gif.frames.back();
    BinaryImage digit;
    for (int y = 0; y < gif.height; ++y)
        for (int x = 0; x < gif.width; ++x) {
            const bool on = frame[std::size_t(y * gif.width + x)] ==
                            static_cast<std::uint8_t>(AnimationColor::On);
            if (x % scale == 0 && y % scale == 0)
                digit.set(y / scale, x / scale, on);
            else if (digit.at(y / scale, x / scale) != on)
                qFatal("the last frame's block (%d, %d) is not one colour", y / scale, x / scale);
        }
    return digit;
}

/// Digit 0 of a `sample --out FILE.png` grid (2-pixel gaps, ink 255).
BinaryImage firstGridDigit(const io::GreyImage& grid) {
    BinaryImage digit;
    for (int i = 0; i < kPixels; ++i)
        digit.set(i, grid.pixels[std::size_t((2 + i / kSide) * grid.width + 2 + i % kSide)] >= 128);
    return digit;
}

} // namespace

class CliAnimateTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void animationEndsOnTheSampledDigit_data();
    void animationEndsOnTheSampledDigit();
    void badAnimatePathIsAUsageError_data();
    void badAnimatePathIsAUsageError();
    void unwritableFolderFailsAndLeavesNothing();
};

void CliAnimateTest::animationEndsOnTheSampledDigit_data() {
    QTest::addColumn<QString>("model"); // empty: the CLI's default, the shipped NADE
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("temperature");
    QTest::addColumn<bool>("withGrid");
    QTest::newRow("default model, seed 1, with the PNG grid") << ""
                                                              << "1"
                                                              << "1" << true;
    QTest::newRow("default model, seed 17, T = 0.8") << ""
                                                     << "17"
                                                     << "0.8" << true;
    QTest::newRow("greedy, seed 0, GIF only") << ""
                                              << "0"
                                              << "0" << false;
    QTest::newRow("spiral NADE, seed 5") << "nade-spiral-mnist"
                                         << "5"
                                         << "1" << true;
}

void CliAnimateTest::animationEndsOnTheSampledDigit() {
    QFETCH(QString, model);
    QFETCH(QString, seed);
    QFETCH(QString, temperature);
    QFETCH(bool, withGrid);
    QTemporaryDir dir;
    const QString gifPath = dir.filePath(QStringLiteral("sampling.gif"));
    const QString gridPath = dir.filePath(QStringLiteral("digits.png"));
    QStringList arguments{QStringLiteral("sample"),
                          QStringLiteral("--seed"),
                          seed,
                          QStringLiteral("--temperature"),
                          temperature,
                          QStringLiteral("--animate"),
                          gifPath};
    if (!model.isEmpty())
        arguments << QStringLiteral("--model")
                  << qEnvironmentVariable("PIXELCHAIN_SOURCE_DIR") +
                         QStringLiteral("/resources/models/") + model +
                         QStringLiteral(".safetensors");
    if (withGrid)
        arguments << QStringLiteral("--count") << QStringLiteral("1") << QStringLiteral("--out")
                  << gridPath;
    QCOMPARE(runCli(arguments), 0);

    const test::DecodedGif gif = test::decodeGif(readAll(gifPath));
    QVERIFY2(gif.ok, gif.error.c_str());
    QCOMPARE(int(gif.frames.size()), kPixels / kSide + 1);
    QCOMPARE(gif.loopCount, 0);
    const auto density = test::shippedModel(model.isEmpty() ? QStringLiteral("nade-mnist") : model);
    const BinaryImage digit = lastFrameDigit(gif);
    QCOMPARE(digit, Sampler::draw(density, seed.toULongLong(), temperature.toDouble()));
    if (withGrid)
        QCOMPARE(digit, firstGridDigit(io::decodePng(readAll(gridPath))));
    QCOMPARE(QDir(dir.path()).count() - 2, withGrid ? 2u : 1u); // nothing else left behind
}

void CliAnimateTest::badAnimatePathIsAUsageError_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("not a .gif") << QStringList{"sample", "--animate", "x.png"};
    QTest::newRow("empty name") << QStringList{"sample", "--animate", ""};
    QTest::newRow("no value") << QStringList{"sample", "--animate"};
    QTest::newRow("with a bad --out")
        << QStringList{"sample", "--animate", "x.gif", "--out", "x.jpg"};
    QTest::newRow("neither --out nor --animate") << QStringList{"sample", "--seed", "3"};
}

void CliAnimateTest::badAnimatePathIsAUsageError() {
    QFETCH(QStringList, arguments);
    QCOMPARE(runCli(arguments), 2);
}

void CliAnimateTest::unwritableFolderFailsAndLeavesNothing() {
    QTemporaryDir dir;
    QCOMPARE(runCli({QStringLiteral("sample"), QStringLiteral("--animate"),
                     dir.filePath(QStringLiteral("missing/sampling.gif"))}),
             1);
    QVERIFY(QDir(dir.path()).isEmpty());
}

QTEST_GUILESS_MAIN(CliAnimateTest)
#include "tst_cli_animate.moc"
