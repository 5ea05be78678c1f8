// The Training page's digits (ui/adapters/training_data.h): the built-in subset holds exactly the
// official digits it promises (the first 20,000 training ones, the 10,000 held-out ones, the
// first 1,000 test ones, with their labels; compared byte for byte), a damaged subset is refused
// with a message, and loadTrainingData prefers a folder holding the full set, falling back to
// the subset (and saying why) when its files are damaged.
#include "tests/common/mnist_data.h"
#include "ui/adapters/training_data.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cstring>

using namespace pixelchain;

namespace {

QByteArray idxHeader(std::uint32_t magic, std::vector<std::uint32_t> sizes) {
    QByteArray bytes;
    for (const std::uint32_t v : [&] {
             sizes.insert(sizes.begin(), magic);
             return sizes;
         }())
        for (int shift = 24; shift >= 0; shift -= 8)
            bytes.append(char((v >> shift) & 0xff));
    return bytes;
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

bool sameImages(const mnist::GreyImages& a, std::size_t aFirst, const mnist::GreyImages& b,
                std::size_t bFirst, std::size_t count) {
    return std::memcmp(a.image(aFirst), b.image(bFirst), count * 784) == 0;
}

} // namespace

class TrainingDataTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void subsetHoldsTheOfficialDigits();
    void damagedSubsetIsRefused_data();
    void damagedSubsetIsRefused();
    void fullSetIsPreferredWhenPresent_data();
    void fullSetIsPreferredWhenPresent();
};

void TrainingDataTest::subsetHoldsTheOfficialDigits() {
    PIXELCHAIN_REQUIRE_MNIST();
    const ui::TrainingData subset = ui::builtInTrainingData();
    const mnist::Mnist full = mnist::loadMnist(test::mnistFolder().toStdString());
    const mnist::Mnist& s = *subset.mnist;
    QVERIFY(!subset.fullSet);
    QCOMPARE(subset.trainingCount(), std::size_t(20000));
    QCOMPARE(s.train.count, std::size_t(30000));
    QCOMPARE(s.test.count, std::size_t(1000));
    QVERIFY(sameImages(s.train, 0, full.train, 0, 20000));
    QVERIFY(sameImages(s.train, 20000, full.train, mnist::kTrainCount, mnist::kValidationCount));
    QVERIFY(sameImages(s.test, 0, full.test, 0, 1000));
    QVERIFY(
        std::equal(s.trainLabels.begin(), s.trainLabels.begin() + 20000, full.trainLabels.begin()));
    QVERIFY(std::equal(s.trainLabels.begin() + 20000, s.trainLabels.end(),
                       full.trainLabels.begin() + mnist::kTrainCount));
    QVERIFY(std::equal(s.testLabels.begin(), s.testLabels.end(), full.testLabels.begin()));
    QCOMPARE(s.trainLabels.size(), std::size_t(30000));
    QVERIFY(s.trainSha256.rfind("subset:", 0) == 0);
    QVERIFY(s.trainSha256 != full.trainSha256);
}

void TrainingDataTest::damagedSubsetIsRefused_data() {
    QTest::addColumn<QByteArray>("images"); // the images file's bytes; empty: no file
    QTest::addColumn<QByteArray>("labels");
    QTest::addColumn<QString>("message"); // a part of what the user reads
    const QByteArray tenImages = idxHeader(0x803, {10, 28, 28}) + QByteArray(7840, '\0');
    const QByteArray tenLabels = idxHeader(0x801, {10}) + QByteArray(10, '\1');
    QTest::newRow("images missing") << QByteArray() << qCompress(tenLabels) << "missing";
    QTest::newRow("not compressed")
        << QByteArray("plain bytes, not zlib") << qCompress(tenLabels) << "does not decompress";
    QTest::newRow("not IDX") << qCompress(QByteArray(5000, 'x')) << qCompress(tenLabels)
                             << "damaged";
    QTest::newRow("truncated IDX")
        << qCompress(tenImages.left(3000)) << qCompress(tenLabels) << "damaged";
    QTest::newRow("too few digits")
        << qCompress(tenImages) << qCompress(tenLabels) << "do not hold 31000 digits";
}

void TrainingDataTest::damagedSubsetIsRefused() {
    QFETCH(QByteArray, images);
    QFETCH(QByteArray, labels);
    QFETCH(QString, message);
    QTemporaryDir dir;
    if (!images.isEmpty())
        writeFile(dir.filePath("mnist-subset-images.zz"), images);
    writeFile(dir.filePath("mnist-subset-labels.zz"), labels);
    try {
        ui::readTrainingSubset(dir.path());
        QFAIL("a damaged subset was accepted");
    } catch (const std::runtime_error& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(message), e.what());
    }
}

void TrainingDataTest::fullSetIsPreferredWhenPresent_data() {
    QTest::addColumn<QString>("folder"); // "mnist": the real files; "damaged": a truncated copy
    QTest::addColumn<bool>("fullSet");
    QTest::addColumn<bool>("problem");
    QTest::newRow("the full set") << "mnist" << true << false;
    QTest::newRow("no folder") << "" << false << false;
    QTest::newRow("an empty folder") << "empty" << false << false;
    QTest::newRow("damaged files") << "damaged" << false << true;
}

void TrainingDataTest::fullSetIsPreferredWhenPresent() {
    QFETCH(QString, folder);
    QFETCH(bool, fullSet);
    QFETCH(bool, problem);
    PIXELCHAIN_REQUIRE_MNIST();
    QTemporaryDir dir;
    QString path = folder == "mnist" ? test::mnistFolder() : folder.isEmpty() ? "" : dir.path();
    if (folder == "damaged") {
        for (const char* name : {"train-images-idx3-ubyte", "train-labels-idx1-ubyte",
                                 "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"})
            QVERIFY(QFile::copy(test::mnistFolder() + "/" + name, dir.filePath(name)));
        QFile train(dir.filePath("train-images-idx3-ubyte"));
        QVERIFY(train.open(QIODevice::ReadWrite));
        QVERIFY(train.resize(train.size() / 2));
    }
    QString why;
    const ui::TrainingData data = ui::loadTrainingData(path, &why);
    QCOMPARE(data.fullSet, fullSet);
    QCOMPARE(data.trainingCount(), fullSet ? mnist::kTrainCount : std::size_t(20000));
    QCOMPARE(!why.isEmpty(), problem);
    if (problem)
        QVERIFY2(why.contains(QDir::toNativeSeparators(path)), qPrintable(why));
}

QTEST_GUILESS_MAIN(TrainingDataTest)
#include "tst_training_data.moc"
