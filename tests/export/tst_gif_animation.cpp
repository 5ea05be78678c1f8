// The GIF writer: what giflib's decoder reads back is what was written (size, palette, pixels,
// delays, looping forever), and every malformed animation is refused before a byte is written.
#include "core/io/atomic_file.h"
#include "core/io/gif_animation.h"
#include "gif_reader.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace pixelchain;
using io::GifAnimation;

Q_DECLARE_METATYPE(pixelchain::io::GifAnimation)

namespace {

/// A deterministic test pattern: colour (x + 3y + 7f) mod n, delays cycling through `delays`.
GifAnimation pattern(int width, int height, int colours, int frames, QList<int> delays) {
    GifAnimation a;
    a.width = width;
    a.height = height;
    for (int i = 0; i < colours; ++i)
        a.palette.push_back({static_cast<std::uint8_t>(i), static_cast<std::uint8_t>(255 - i),
                             static_cast<std::uint8_t>((i * 37) % 256)});
    for (int f = 0; f < frames; ++f) {
        io::GifFrame frame;
        frame.delay = delays[f % delays.size()];
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x)
                frame.indices.push_back(static_cast<std::uint8_t>((x + 3 * y + 7 * f) % colours));
        a.frames.push_back(std::move(frame));
    }
    return a;
}

} // namespace

class GifAnimationTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsBackWhatWasWritten_data();
    void readsBackWhatWasWritten();
    void refusesMalformedAnimations_data();
    void refusesMalformedAnimations();
    void saveWritesTheEncodedBytes();
    void saveIntoAMissingFolderLeavesNothing();
};

void GifAnimationTest::readsBackWhatWasWritten_data() {
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("colours");
    QTest::addColumn<int>("frames");
    QTest::addColumn<QList<int>>("delays");
    QTest::newRow("one pixel, one colour") << 1 << 1 << 1 << 1 << QList<int>{0};
    QTest::newRow("two colours, three frames") << 28 << 28 << 2 << 3 << QList<int>{10};
    QTest::newRow("three colours padded to four") << 17 << 5 << 3 << 4 << QList<int>{5, 200};
    QTest::newRow("sampling palette, 29 frames") << 224 << 224 << 4 << 29 << QList<int>{8, 8, 300};
    QTest::newRow("all 256 colours") << 64 << 64 << 256 << 2 << QList<int>{1};
    QTest::newRow("longest delay") << 3 << 2 << 5 << 2 << QList<int>{65535, 0};
    QTest::newRow("wide strip") << 1000 << 1 << 7 << 2 << QList<int>{12};
}

void GifAnimationTest::readsBackWhatWasWritten() {
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(int, colours);
    QFETCH(int, frames);
    QFETCH(QList<int>, delays);
    const GifAnimation a = pattern(width, height, colours, frames, delays);
    const test::DecodedGif back = test::decodeGif(io::encodeGif(a));
    QVERIFY2(back.ok, back.error.c_str());
    QCOMPARE(back.width, width);
    QCOMPARE(back.height, height);
    QCOMPARE(back.loopCount, 0); // NETSCAPE2.0 with 0: loop forever
    // The table is padded to a power of two; the colours given come first, unchanged.
    QVERIFY(back.palette.size() >= a.palette.size());
    QCOMPARE(back.palette.size() & (back.palette.size() - 1), std::size_t{0});
    for (std::size_t i = 0; i < a.palette.size(); ++i) {
        QCOMPARE(back.palette[i].Red, a.palette[i].red);
        QCOMPARE(back.palette[i].Green, a.palette[i].green);
        QCOMPARE(back.palette[i].Blue, a.palette[i].blue);
    }
    QCOMPARE(back.frames.size(), a.frames.size());
    for (std::size_t f = 0; f < a.frames.size(); ++f) {
        QCOMPARE(back.delays[f], a.frames[f].delay);
        QVERIFY2(back.frames[f] == a.frames[f].indices, qPrintable(QString::number(f)));
    }
}

void GifAnimationTest::refusesMalformedAnimations_data() {
    QTest::addColumn<GifAnimation>("animation");
    const GifAnimation good = pattern(4, 3, 4, 2, {10});
    auto changed = [&good](auto change) {
        GifAnimation a = good;
        change(a);
        return a;
    };
    QTest::newRow("no frames") << changed([](GifAnimation& a) { a.frames.clear(); });
    QTest::newRow("zero width") << changed([](GifAnimation& a) { a.width = 0; });
    QTest::newRow("negative height") << changed([](GifAnimation& a) { a.height = -3; });
    QTest::newRow("wider than GIF allows") << changed([](GifAnimation& a) { a.width = 65536; });
    QTest::newRow("no palette") << changed([](GifAnimation& a) { a.palette.clear(); });
    QTest::newRow("257 colours") << changed([](GifAnimation& a) { a.palette.resize(257); });
    QTest::newRow("index outside the palette")
        << changed([](GifAnimation& a) { a.frames[1].indices[5] = 4; });
    QTest::newRow("frame too short")
        << changed([](GifAnimation& a) { a.frames[0].indices.pop_back(); });
    QTest::newRow("frame too long")
        << changed([](GifAnimation& a) { a.frames[1].indices.push_back(0); });
    QTest::newRow("negative delay") << changed([](GifAnimation& a) { a.frames[0].delay = -1; });
    QTest::newRow("delay beyond 16 bits")
        << changed([](GifAnimation& a) { a.frames[1].delay = 65536; });
}

void GifAnimationTest::refusesMalformedAnimations() {
    QFETCH(GifAnimation, animation);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, io::encodeGif(animation));
}

void GifAnimationTest::saveWritesTheEncodedBytes() {
    QTemporaryDir dir;
    const GifAnimation a = pattern(28, 28, 4, 5, {8});
    const std::string path = dir.filePath(QStringLiteral("digit.gif")).toStdString();
    io::saveGif(path, a);
    QCOMPARE(io::readFile(path), io::encodeGif(a));
}

void GifAnimationTest::saveIntoAMissingFolderLeavesNothing() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/digit.gif"));
    QVERIFY_THROWS_EXCEPTION(io::WriteError,
                             io::saveGif(path.toStdString(), pattern(2, 2, 2, 1, {1})));
    QVERIFY(QDir(dir.path()).isEmpty());
}

QTEST_GUILESS_MAIN(GifAnimationTest)
#include "tst_gif_animation.moc"
