// "Normalize like MNIST": a drawing cropped to its ink, scaled so its longer side is 20 pixels
// (aspect kept) and centred by centre of mass. Tolerances: the longer side is exactly 20; the
// shorter side within 1 pixel of the scaled size; the centre of mass within 1 pixel of (14, 14)
// (the shift is a whole number of pixels and thresholding moves the centre a little).
#include "core/image/normalize.h"

#include <QTest>
#include <cmath>
#include <string>
#include <vector>

using namespace pixelchain;

Q_DECLARE_METATYPE(pixelchain::BinaryImage)

namespace {

// A "2" drawn with a 2-pixel stroke, 10 wide and 14 tall.
const std::vector<std::string> kTwo = {"..######..", ".########.", "##......##", "##......##",
                                       "........##", ".......##.", "......##..", ".....##...",
                                       "....##....", "...##.....", "..##......", ".##.......",
                                       "##########", "##########"};

// A small "7", 5 wide and 7 tall.
const std::vector<std::string> kSmallSeven = {"#####", "....#", "...#.", "..#..",
                                              "..#..", ".#...", ".#..."};

BinaryImage place(const std::vector<std::string>& shape, int top, int left) {
    BinaryImage image;
    for (int r = 0; r < int(shape.size()); ++r)
        for (int c = 0; c < int(shape[std::size_t(r)].size()); ++c)
            if (shape[std::size_t(r)][std::size_t(c)] == '#')
                image.set(top + r, left + c, true);
    return image;
}

struct Box {
    int width = 0, height = 0;
};

Box inkBox(const BinaryImage& image) {
    int top = kSide, left = kSide, bottom = -1, right = -1;
    for (int i = 0; i < kPixels; ++i)
        if (image.at(i)) {
            top = std::min(top, i / kSide);
            bottom = std::max(bottom, i / kSide);
            left = std::min(left, i % kSide);
            right = std::max(right, i % kSide);
        }
    return bottom < 0 ? Box{} : Box{right - left + 1, bottom - top + 1};
}

} // namespace

class TestNormalize : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void centresAndScales_data();
    void centresAndScales();
    void emptyStaysEmpty();
    void fullCanvasFillsTheBox();
};

void TestNormalize::centresAndScales_data() {
    QTest::addColumn<BinaryImage>("drawing");
    QTest::addColumn<BinaryImage>("centred"); // the same shape, already in the middle
    QTest::addColumn<double>("shorterSide");  // expected width of the scaled box

    const BinaryImage middle = place(kTwo, 7, 9);
    const double twoWidth = 10.0 * 20 / 14;
    QTest::newRow("shifted left") << place(kTwo, 7, 0) << middle << twoWidth;
    QTest::newRow("shifted right") << place(kTwo, 7, 18) << middle << twoWidth;
    QTest::newRow("shifted up") << place(kTwo, 0, 9) << middle << twoWidth;
    QTest::newRow("shifted down") << place(kTwo, 14, 9) << middle << twoWidth;
    QTest::newRow("corner, top left") << place(kTwo, 0, 0) << middle << twoWidth;
    QTest::newRow("small digit scaled up")
        << place(kSmallSeven, 2, 3) << place(kSmallSeven, 10, 11) << 5.0 * 20 / 7;
}

void TestNormalize::centresAndScales() {
    QFETCH(BinaryImage, drawing);
    QFETCH(BinaryImage, centred);
    QFETCH(double, shorterSide);

    const BinaryImage out = normalizeLikeMnist(drawing);
    const Box box = inkBox(out);
    QCOMPARE(box.height, kNormalizeBox);
    QVERIFY2(
        std::abs(box.width - shorterSide) <= 1.0,
        qPrintable(QStringLiteral("width %1, expected %2 ± 1").arg(box.width).arg(shorterSide)));

    const InkCentre centre = inkCentre(out);
    const double offCentre = std::hypot(centre.x - kSide / 2.0, centre.y - kSide / 2.0);
    QVERIFY2(offCentre <= 1.0, qPrintable(QStringLiteral("centre (%1, %2), %3 px off\n%4")
                                              .arg(centre.x)
                                              .arg(centre.y)
                                              .arg(offCentre)
                                              .arg(QString::fromStdString(out.toText()))));
    // Where the shape was drawn does not matter: the result is the same image exactly.
    QCOMPARE(out, normalizeLikeMnist(centred));
}

void TestNormalize::emptyStaysEmpty() {
    QCOMPARE(normalizeLikeMnist(BinaryImage()), BinaryImage());
}

void TestNormalize::fullCanvasFillsTheBox() {
    BinaryImage full;
    for (int i = 0; i < kPixels; ++i)
        full.set(i, true);
    const BinaryImage out = normalizeLikeMnist(full);
    QCOMPARE(out.count(), kNormalizeBox * kNormalizeBox);
    QCOMPARE(inkCentre(out).x, kSide / 2.0);
    QCOMPARE(inkCentre(out).y, kSide / 2.0);
}

QTEST_GUILESS_MAIN(TestNormalize)
#include "tst_normalize.moc"
