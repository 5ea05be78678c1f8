// IDX parsing (good and damaged files) and the orderings (each a permutation, as named).
#include "core/image/ordering.h"
#include "core/mnist/binarize.h"
#include "core/mnist/idx.h"

#include <QTest>
#include <set>

using namespace pixelchain;

namespace {

std::vector<std::uint8_t> idxImages(std::uint32_t magic, std::uint32_t count, std::uint32_t rows,
                                    std::uint32_t cols, std::size_t payload) {
    std::vector<std::uint8_t> bytes;
    for (const std::uint32_t v : {magic, count, rows, cols})
        for (int shift = 24; shift >= 0; shift -= 8)
            bytes.push_back(static_cast<std::uint8_t>(v >> shift));
    bytes.resize(bytes.size() + payload, 7);
    return bytes;
}

} // namespace

class IdxAndOrderingTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesImages_data();
    void parsesImages();
    void orderingsArePermutations_data();
    void orderingsArePermutations();
    void badOrderingsAreRefused_data();
    void badOrderingsAreRefused();
    void binarizationFollowsIntensity();
};

void IdxAndOrderingTest::parsesImages_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    auto row = [](const char* name, const std::vector<std::uint8_t>& b, bool valid) {
        QTest::newRow(name) << QByteArray(reinterpret_cast<const char*>(b.data()),
                                          static_cast<qsizetype>(b.size()))
                            << valid;
    };
    row("two 28x28 images", idxImages(0x803, 2, 28, 28, 2 * 784), true);
    row("no images", idxImages(0x803, 0, 28, 28, 0), true);
    row("truncated", idxImages(0x803, 2, 28, 28, 784 + 10), false);
    row("trailing bytes", idxImages(0x803, 1, 28, 28, 785), false);
    row("label magic", idxImages(0x801, 1, 28, 28, 784), false);
    row("zero rows", idxImages(0x803, 1, 0, 28, 0), false);
    row("absurd size", idxImages(0x803, 1, 100000, 100000, 0), false);
    row("header only part", std::vector<std::uint8_t>{0, 0, 8, 3, 0}, false);
    row("empty", {}, false);
}

void IdxAndOrderingTest::parsesImages() {
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.constData());
    if (valid) {
        const auto images = mnist::parseImages(data, static_cast<std::size_t>(bytes.size()));
        QCOMPARE(images.rows, 28);
        QCOMPARE(images.pixels.size(), images.count * 784);
    } else {
        QVERIFY_THROWS_EXCEPTION(mnist::IdxError,
                                 mnist::parseImages(data, static_cast<std::size_t>(bytes.size())));
    }
}

void IdxAndOrderingTest::orderingsArePermutations_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("first");  // σ(0)
    QTest::addColumn<int>("second"); // σ(1)
    QTest::newRow("raster") << "raster" << 0 << 1;
    QTest::newRow("column") << "column" << 0 << 28;
    QTest::newRow("spiral starts at the centre") << "spiral" << 13 * 28 + 13 << 13 * 28 + 14;
    QTest::newRow("random") << "random:1" << -1 << -1;
}

void IdxAndOrderingTest::orderingsArePermutations() {
    QFETCH(QString, name);
    QFETCH(int, first);
    QFETCH(int, second);
    const Ordering o = Ordering::parse(name.toStdString());
    std::set<int> seen(o.pixels().begin(), o.pixels().end());
    QCOMPARE(int(seen.size()), kPixels);
    QCOMPARE(*seen.begin(), 0);
    QCOMPARE(*seen.rbegin(), kPixels - 1);
    for (int j = 0; j < kPixels; ++j)
        QCOMPARE(o.position(o.pixel(j)), j);
    if (first >= 0) {
        QCOMPARE(o.pixel(0), first);
        QCOMPARE(o.pixel(1), second);
    }
    QCOMPARE(Ordering::parse(name.toStdString()), o); // same name, same permutation
}

void IdxAndOrderingTest::badOrderingsAreRefused_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("unknown") << "diagonal";
    QTest::newRow("random without seed") << "random:";
    QTest::newRow("random with letters") << "random:abc";
    QTest::newRow("empty") << "";
}

void IdxAndOrderingTest::badOrderingsAreRefused() {
    QFETCH(QString, name);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Ordering::parse(name.toStdString()));
    std::vector<int> twice(kPixels, 0);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Ordering::custom(twice));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Ordering::custom({1, 2, 3}));
}

void IdxAndOrderingTest::binarizationFollowsIntensity() {
    // 2,000 draws of pixels with grey 0, 64, 191 and 255: frequencies within 4 standard errors.
    mnist::GreyImages grey{2000, 28, 28, {}};
    for (int n = 0; n < 2000; ++n)
        for (int i = 0; i < kPixels; ++i)
            grey.pixels.push_back(i == 0 ? 0 : i == 1 ? 64 : i == 2 ? 191 : 255);
    const auto set = mnist::binarize(grey, 0, 2000, Ordering::raster(), 3, 0, 2);
    const double expected[3] = {0.0, 64 / 255.0, 191 / 255.0};
    for (int i = 0; i < 3; ++i) {
        double on = 0;
        for (std::size_t n = 0; n < set.count; ++n)
            on += set.row(n)[i];
        const double p = expected[i], se = std::sqrt(std::max(p * (1 - p), 1e-9) / 2000);
        QVERIFY2(std::abs(on / 2000 - p) <= 4 * se + 1e-12, qPrintable(QString::number(on / 2000)));
    }
    for (std::size_t n = 0; n < set.count; ++n)
        QCOMPARE(set.row(n)[3], std::uint8_t{1});
    // The same seed and draw give the same bits whatever the thread count.
    QVERIFY(mnist::binarize(grey, 0, 2000, Ordering::raster(), 3, 0, 1).bits == set.bits);
}

QTEST_GUILESS_MAIN(IdxAndOrderingTest)
#include "tst_idx_and_ordering.moc"
