// LabelPlacer puts chart labels beside their points without covering each other, the markers
// or anything reserved, and inside the plot: first where a reader looks (right of the point),
// then left, above and below, sliding sideways only when that keeps the point uncovered.
#include "ui/widgets/label_placer.h"

#include <QRandomGenerator>
#include <QTest>

using namespace pixelchain::ui;

Q_DECLARE_METATYPE(QVector<QRectF>)

namespace {

enum Side { Right, Left, Above, Below };

/// Which side of `anchor` the rectangle lies on: wholly above or below it, else right or left.
Side sideOf(const QRectF& r, QPointF anchor) {
    if (r.bottom() <= anchor.y())
        return Above;
    if (r.top() >= anchor.y())
        return Below;
    return r.left() >= anchor.x() ? Right : Left;
}

} // namespace

class TestLabelPlacer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void oneLabelTakesTheFirstFreeSide_data();
    void oneLabelTakesTheFirstFreeSide();
    void manyLabelsNeverOverlap_data();
    void manyLabelsNeverOverlap();
    void aCrowdedPlotStillPlacesEveryLabel();
};

void TestLabelPlacer::oneLabelTakesTheFirstFreeSide_data() {
    QTest::addColumn<QRectF>("bounds");
    QTest::addColumn<QPointF>("anchor");
    QTest::addColumn<QSizeF>("size");
    QTest::addColumn<QVector<QRectF>>("obstacles");
    QTest::addColumn<int>("side");
    const QRectF plot(0, 0, 400, 300);
    const QSizeF label(100, 20);
    QTest::newRow("free: right") << plot << QPointF(100, 150) << label << QVector<QRectF>{}
                                 << int(Right);
    QTest::newRow("marker on the right: left")
        << plot << QPointF(200, 150) << label << QVector<QRectF>{{230, 140, 20, 20}} << int(Left);
    QTest::newRow("at the right edge: left")
        << plot << QPointF(390, 150) << label << QVector<QRectF>{} << int(Left);
    QTest::newRow("both sides blocked: above")
        << plot << QPointF(200, 150) << label
        << QVector<QRectF>{{215, 141, 150, 20}, {35, 141, 150, 20}} << int(Above);
    QTest::newRow("at the top, sides blocked: below")
        << plot << QPointF(200, 15) << label << QVector<QRectF>{{215, 0, 150, 24}, {35, 0, 150, 24}}
        << int(Below);
    QTest::newRow("too wide for either side: above, slid inside")
        << QRectF(0, 0, 300, 300) << QPointF(200, 150) << QSizeF(240, 20) << QVector<QRectF>{}
        << int(Above);
}

void TestLabelPlacer::oneLabelTakesTheFirstFreeSide() {
    QFETCH(QRectF, bounds);
    QFETCH(QPointF, anchor);
    QFETCH(QSizeF, size);
    QFETCH(QVector<QRectF>, obstacles);
    QFETCH(int, side);
    const double clearance = 10;
    const QVector<QRectF> placed =
        LabelPlacer(bounds, obstacles).place({LabelRequest{anchor, size, clearance}});
    QCOMPARE(placed.size(), 1);
    const QRectF r = placed.front();
    QCOMPARE(r.size(), size);
    QVERIFY2(bounds.contains(r), "the label stays inside the bounds");
    for (const QRectF& o : obstacles)
        QVERIFY2(!r.intersects(o), "the label covers no obstacle");
    QVERIFY2(
        !r.adjusted(-clearance / 2, -clearance / 2, clearance / 2, clearance / 2).contains(anchor),
        "the label keeps clear of its point");
    QCOMPARE(int(sideOf(r, anchor)), side);
    // The nearest ring is used when it is free: the gap to the point is the clearance.
    const double gap = side == Right   ? r.left() - anchor.x()
                       : side == Left  ? anchor.x() - r.right()
                       : side == Above ? anchor.y() - r.bottom()
                                       : r.top() - anchor.y();
    QCOMPARE(gap, clearance);
}

void TestLabelPlacer::manyLabelsNeverOverlap_data() {
    QTest::addColumn<int>("count");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("5 points") << 5 << 1u;
    QTest::newRow("8 points") << 8 << 2u;
    QTest::newRow("12 points") << 12 << 3u;
    QTest::newRow("12 points, other seed") << 12 << 4u;
}

void TestLabelPlacer::manyLabelsNeverOverlap() {
    QFETCH(int, count);
    QFETCH(quint32, seed);
    // Points on a coarse lattice of a 900 × 600 plot, so that room exists for every label.
    const QRectF plot(0, 0, 900, 600);
    QRandomGenerator random(seed);
    QVector<QRectF> markers;
    QVector<LabelRequest> requests;
    QList<int> cells;
    for (int k = 0; k < 6 * 6; ++k)
        cells.append(k);
    for (int k = 0; k < count; ++k) {
        const int cell = cells.takeAt(int(random.bounded(cells.size())));
        const QPointF at(75 + 150 * (cell % 6), 50 + 100 * (cell / 6));
        markers.append(QRectF(at.x() - 9, at.y() - 9, 18, 18));
        requests.append({at, QSizeF(60 + random.bounded(80), 20), 12});
    }
    const QVector<QRectF> placed = LabelPlacer(plot, markers).place(requests);
    QCOMPARE(placed.size(), requests.size());
    for (qsizetype a = 0; a < placed.size(); ++a) {
        QVERIFY(plot.contains(placed[a]));
        for (const QRectF& m : markers)
            QVERIFY(!placed[a].intersects(m));
        for (qsizetype b = a + 1; b < placed.size(); ++b)
            QVERIFY2(!placed[a].intersects(placed[b]),
                     qPrintable(QStringLiteral("%1 and %2").arg(a).arg(b)));
    }
}

void TestLabelPlacer::aCrowdedPlotStillPlacesEveryLabel() {
    // Ten labels on one point of a plot too small for them: each still gets a place, of its
    // size, and the least crowded spot is chosen, so no two land on the same rectangle.
    const QRectF plot(0, 0, 200, 100);
    QVector<LabelRequest> requests(10, LabelRequest{QPointF(100, 50), QSizeF(80, 20), 8});
    const QVector<QRectF> placed = LabelPlacer(plot, {}).place(requests);
    QCOMPARE(placed.size(), 10);
    for (qsizetype a = 0; a < placed.size(); ++a) {
        QCOMPARE(placed[a].size(), QSizeF(80, 20));
        for (qsizetype b = a + 1; b < placed.size(); ++b)
            QVERIFY(placed[a] != placed[b]);
    }
}

QTEST_MAIN(TestLabelPlacer)
#include "tst_label_placer.moc"
