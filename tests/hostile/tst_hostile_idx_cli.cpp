// Hostile input on the command line's side: damaged IDX files (bad magic, implausible dimensions,
// counts far beyond the bytes, cuts) through core's reader and through `eval`, and absurd numbers
// (negative, 1e308, NaN, ∞, values past 2^64, past each option's range) through the cli::run*
// functions. Every refusal must be a message that names the file or the option — with exit code 2
// for a bad argument and 1 for a bad file — and nothing may be written.
#include "app/cli/commands.h"
#include "core/mnist/binarize.h"
#include "core/mnist/idx.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sstream>

using namespace pixelchain;

namespace {

QByteArray idx(std::initializer_list<std::uint32_t> header, qsizetype payload) {
    QByteArray bytes;
    for (const std::uint32_t v : header)
        for (int shift = 24; shift >= 0; shift -= 8)
            bytes.append(char((v >> shift) & 0xFF));
    return bytes + QByteArray(payload, char(9));
}

constexpr std::uint32_t kImages = 0x803, kLabels = 0x801;

struct Run {
    int code = -1;
    QString out, err;
};

Run run(const QString& command, const QStringList& arguments) {
    std::vector<std::string> words;
    for (const QString& a : arguments)
        words.push_back(a.toStdString());
    std::ostringstream out, err;
    Run r;
    if (command == "train")
        r.code = cli::runTrain(words, out, err);
    else if (command == "eval")
        r.code = cli::runEval(words, out, err);
    else if (command == "sample")
        r.code = cli::runSample(words, out, err);
    else if (command == "density")
        r.code = cli::runDensity(words, out, err);
    else
        r.code = cli::runParams(words, out, err);
    r.out = QString::fromStdString(out.str());
    r.err = QString::fromStdString(err.str());
    return r;
}

} // namespace

class TestHostileIdxCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void damagedIdxIsRefused_data();
    void damagedIdxIsRefused();
    void unreadableIdxPathIsNamed();
    void evalNamesTheDamagedFile();
    void folderGivenAsAFileIsNamed_data();
    void folderGivenAsAFileIsNamed();
    void absurdNumberIsRefused_data();
    void absurdNumberIsRefused();

private:
    QTemporaryDir dir_;
};

void TestHostileIdxCli::initTestCase() {
    QVERIFY(dir_.isValid());
}

void TestHostileIdxCli::damagedIdxIsRefused_data() {
    QTest::addColumn<bool>("labels"); // an IDX1 label file, else IDX3 images
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says"); // empty: the file is valid
    const std::uint32_t all = 0xFFFFFFFFu;
    auto images = [](const char* name, const QByteArray& b, const char* says) {
        QTest::newRow(name) << false << b << QString::fromUtf8(says);
    };
    auto labels = [](const char* name, const QByteArray& b, const char* says) {
        QTest::newRow(name) << true << b << QString::fromUtf8(says);
    };
    images("images: three 28×28, intact", idx({kImages, 3, 28, 28}, 3 * 784), "");
    images("images: magic of a 4-D file", idx({0x804, 1, 28, 28}, 784), "magic number");
    images("images: magic of int32 data", idx({0xC03, 1, 28, 28}, 784), "magic number");
    images("images: magic byte-swapped", idx({0x03080000, 1, 28, 28}, 784), "magic number");
    images("images: 15 bytes", idx({kImages, 1, 28}, 3), "too short");
    images("images: count 2^32−1, one image", idx({kImages, all, 28, 28}, 784),
           "promises 4294967295 images");
    images("images: count × 4096 × 4096 past 2^32", idx({kImages, all, 4096, 4096}, 16),
           "promises 4294967295 images of 4096×4096");
    images("images: rows 4097", idx({kImages, 1, 4097, 1}, 4097), "implausible image size");
    images("images: cols 2^32−1", idx({kImages, 1, 1, all}, 0), "implausible image size");
    images("images: cols 0", idx({kImages, 1, 28, 0}, 0), "implausible image size");
    images("images: one byte short", idx({kImages, 3, 28, 28}, 3 * 784 - 1), "holds 2351 bytes");
    images("images: header alone", idx({kImages, 1, 28, 28}, 0), "holds 0 bytes");
    labels("labels: five, intact", idx({kLabels, 5}, 5), "");
    labels("labels: none, intact", idx({kLabels, 0}, 0), "");
    labels("labels: empty file", QByteArray(), "too short");
    labels("labels: seven bytes", idx({kLabels}, 3), "too short");
    labels("labels: an image file", idx({kImages, 1, 28, 28}, 784), "not an IDX label file");
    labels("labels: count 2^32−1", idx({kLabels, all}, 10), "promises 4294967295 labels");
    labels("labels: cut", idx({kLabels, 10}, 9), "holds 9");
    labels("labels: trailing bytes", idx({kLabels, 10}, 11), "holds 11");
}

// Through the file reader, so that the message also names the file.
void TestHostileIdxCli::damagedIdxIsRefused() {
    QFETCH(bool, labels);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    const QString path = dir_.filePath(QStringLiteral("damaged-ubyte"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();
    try {
        if (labels) {
            const auto read = mnist::readLabels(path.toStdString());
            QCOMPARE(qsizetype(read.size()), bytes.size() - 8);
        } else {
            const auto read = mnist::readImages(path.toStdString());
            QCOMPARE(read.pixels.size(), read.count * 784);
            QCOMPARE(qsizetype(read.pixels.size()), bytes.size() - 16);
        }
        QVERIFY2(says.isEmpty(), "a damaged file was accepted");
    } catch (const mnist::IdxError& e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(!says.isEmpty(), e.what());
        QVERIFY2(message.contains(says) && message.contains(path), e.what());
    }
}

void TestHostileIdxCli::unreadableIdxPathIsNamed() {
    const std::string missing = dir_.filePath(QStringLiteral("no-such-ubyte")).toStdString();
    const std::string folder = dir_.path().toStdString();
    for (const std::string& path : {missing, folder}) {
        try {
            mnist::readImages(path);
            QFAIL("a path that is no IDX file was read");
        } catch (const mnist::IdxError& e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.contains(QString::fromStdString(path)), e.what());
            QVERIFY2(message.contains(path == folder ? "is not a regular file" : "cannot open"),
                     e.what());
        }
    }
}

// `eval` on a data folder whose training images are cut: exit code 1, one line naming the file.
void TestHostileIdxCli::evalNamesTheDamagedFile() {
    const QString data = dir_.filePath(QStringLiteral("mnist"));
    QVERIFY(QDir().mkpath(data));
    QFile train(data + "/train-images-idx3-ubyte");
    QVERIFY(train.open(QIODevice::WriteOnly));
    train.write(idx({kImages, 60000, 28, 28}, 5000));
    train.close();
    const QString model = qEnvironmentVariable("PIXELCHAIN_SOURCE_DIR") +
                          "/resources/models/independent-mnist.safetensors";
    QVERIFY2(QFile::exists(model), qPrintable(model));
    const Run r = run("eval", {"--model", model, "--data", data});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains("train-images-idx3-ubyte") && r.err.contains("promises 60000 images"),
             qPrintable(r.err));
    QCOMPARE(r.err.count('\n'), 1);
}

void TestHostileIdxCli::folderGivenAsAFileIsNamed_data() {
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("arguments"); // "FOLDER" stands for a folder's path
    QTest::newRow("eval --model") << "eval" << QStringList{"--model", "FOLDER"};
    QTest::newRow("sample --model")
        << "sample" << QStringList{"--model", "FOLDER", "--out", "x.png"};
    QTest::newRow("density --model")
        << "density" << QStringList{"--model", "FOLDER", "--image", "FOLDER"};
    QTest::newRow("density --image, IDX") << "density" << QStringList{"--image", "FOLDER"};
    QTest::newRow("density --image, PNG") << "density" << QStringList{"--image", "FOLDER.png"};
}

// A folder where a file belongs: exit code 1 and one line that names it, not a stream's error.
void TestHostileIdxCli::folderGivenAsAFileIsNamed() {
    QFETCH(QString, command);
    QFETCH(QStringList, arguments);
    const QString folder = dir_.filePath(QStringLiteral("a-folder"));
    QVERIFY(QDir().mkpath(folder) && QDir().mkpath(folder + ".png"));
    arguments.replaceInStrings(QStringLiteral("FOLDER"), folder);
    arguments.replaceInStrings(QStringLiteral("x.png"), dir_.filePath(QStringLiteral("x.png")));
    const Run r = run(command, arguments);
    QCOMPARE(r.code, 1);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(folder + " is not a regular file") ||
                 r.err.contains(folder + ".png is not a regular file"),
             qPrintable(r.err));
    QCOMPARE(r.err.count('\n'), 1);
}

void TestHostileIdxCli::absurdNumberIsRefused_data() {
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("option"); // the message must name it
    // Every row would fail fast even if its number were accepted: no data, no model file.
    const QString nothing = dir_.filePath(QStringLiteral("nothing-here"));
    const QString out = dir_.filePath(QStringLiteral("written.png"));
    const QStringList train{"--data", nothing, "--out", dir_.filePath("written.safetensors")};
    const QStringList sample{"--model", nothing, "--out", out};
    const QStringList density{"--model", nothing, "--image", out};
    const QStringList eval{"--model", nothing, "--data", nothing};
    const QStringList params{"--pixels", "784", "--states", "2"};
    struct Case {
        const char* command;
        QStringList base;
        const char* option;
        QStringList values;
    };
    const QStringList huge{"-1", "1e308", "nan", "18446744073709551616", "0x10", "+5", " 5"};
    const QVector<Case> cases = {
        {"train", train, "hidden", huge + QStringList{"100001"}},
        {"train", train, "epochs", huge + QStringList{"100001", "4294967297"}},
        {"train", train, "batch", huge + QStringList{"0", "50001"}},
        {"train", train, "lr", {"nan", "inf", "-inf", "1e308", "-1e-3", "0", "1e-400", "1,5"}},
        {"train", train, "seed", {"-1", "18446744073709551616", "1e3", "nan"}},
        {"train", train, "threads", {"0", "257", "4294967297", "-2"}},
        {"train", train, "limit", {"0", "1e308", "50001", "-50000"}},
        {"train",
         train + QStringList{"--model", "independent"},
         "alpha",
         {"nan", "1e308", "-1", "inf"}},
        {"train",
         train + QStringList{"--model", "markov:8"},
         "draws",
         {"0", "1e308", "1001", "-3"}},
        {"train", train + QStringList{"--model", "fvsbn"}, "epochs", {"-7", "inf", "2e308"}},
        {"train",
         train,
         "model",
         {"markov:17", "markov:-1", "markov:99999999999999999999", "markov:"}},
        {"eval", eval, "binarize-seed", {"-1", "18446744073709551616", "nan", "1e308"}},
        {"eval", eval, "threads", {"0", "nan", "1e308", "257"}},
        {"sample", sample, "count", huge + QStringList{"10001"}},
        {"sample",
         sample,
         "temperature",
         {"nan", "inf", "-inf", "1e308", "-0.5", "100.0001", "1e-400"}},
        {"sample", sample, "seed", {"18446744073709551615", "18446744073709541616", "-1", "1.5"}},
        {"density", density, "index", {"-1", "1e308", "100000001", "nan"}},
        {"params", params, "hidden", {"1e308", "nan", "-1", "18446744073709551616"}},
        {"params", {"--states", "2"}, "pixels", {"1e308", "inf", "784.0"}},
        {"params", {"--pixels", "9"}, "states", {"nan", "1e308", "-2"}},
        {"params", params, "markov-order", {"18446744073709551616", "-1", "784"}},
    };
    for (const Case& c : cases)
        for (const QString& value : c.values)
            QTest::addRow("%s --%s %s", c.command, c.option, qPrintable(value))
                << QString::fromLatin1(c.command)
                << (c.base + QStringList{QStringLiteral("--") + c.option, value})
                << QStringLiteral("--%1").arg(QString::fromLatin1(c.option));
}

void TestHostileIdxCli::absurdNumberIsRefused() {
    QFETCH(QString, command);
    QFETCH(QStringList, arguments);
    QFETCH(QString, option);
    const Run r = run(command, arguments);
    QVERIFY2(r.code == 2, qPrintable(QStringLiteral("exit %1: %2").arg(r.code).arg(r.err)));
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.startsWith("pixelchain-cli " + command + ": "), qPrintable(r.err));
    QVERIFY2(r.err.contains(option), qPrintable(r.err));
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(!QFile::exists(dir_.filePath(QStringLiteral("written.png"))));
    QVERIFY(!QFile::exists(dir_.filePath(QStringLiteral("written.safetensors"))));
}

QTEST_GUILESS_MAIN(TestHostileIdxCli)
#include "tst_hostile_idx_cli.moc"
