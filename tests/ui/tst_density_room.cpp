// When the Density page is short of room (a projector at 1024×768 with the lesson's captions under
// the page, in presentation mode's larger type), two of its parts give way rather than let the
// others be cut:
// - the drawing hint ("left button draws…") leaves the column when even the smallest canvas would
//   not fit under it, and the canvas's tooltip says it instead; with room again it comes back;
// - the "How probable is it?" heading shows only while its tab has the short name "p(x)": under
//   the full name it would ask the same question twice.
#include "tst_density_driver.h"
#include "ui/pages/density/canvas_fit.h"

#include <QTabBar>

using namespace pixelchain;
using namespace pixelchain::test;

class TestDensityRoom : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void hintGivesWay_data();
    void hintGivesWay();
    void headingSaysWhatTheTabDoesNot_data();
    void headingSaysWhatTheTabDoesNot();
};

void TestDensityRoom::hintGivesWay_data() {
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("hintShown");
    QTest::newRow("tall page") << QSize(1600, 1200) << true;
    QTest::newRow("1024x700 page") << QSize(1024, 700) << true;
    QTest::newRow("short page") << QSize(1024, 520) << false;
}

void TestDensityRoom::hintGivesWay() {
    QFETCH(QSize, size);
    QFETCH(bool, hintShown);
    // From the other state: the hint follows the room both ways.
    DensityPageDriver d(hintShown ? QSize(1024, 520) : QSize(1600, 1200));
    auto* hint = d.find<QLabel>("drawHint");
    ui::DrawingCanvas* canvas = d.canvas();
    QTRY_COMPARE(hint->isVisible(), !hintShown);
    d.page().resize(size);
    QTRY_COMPARE(hint->isVisible(), hintShown);
    QVERIFY(!hint->text().isEmpty());
    QCOMPARE(canvas->toolTip(), hintShown ? QString() : hint->text());
    // The canvas keeps its readable minimum, and the tools under it stay on the page.
    QVERIFY2(canvas->width() >= ui::kCanvasMinimum, qPrintable(QString::number(canvas->width())));
    auto* gallery = d.find<QWidget>("gallery");
    const QRect onPage(gallery->mapTo(&d.page(), QPoint(0, 0)), gallery->size());
    QVERIFY2(d.page().rect().contains(onPage), "the gallery is cut off");
}

void TestDensityRoom::headingSaysWhatTheTabDoesNot_data() {
    QTest::addColumn<double>("points");
    QTest::addColumn<bool>("shortNames");
    QTest::newRow("normal type: full names") << 10.0 << false;
    QTest::newRow("large type: short names") << 22.0 << true;
}

void TestDensityRoom::headingSaysWhatTheTabDoesNot() {
    QFETCH(double, points);
    QFETCH(bool, shortNames);
    DensityPageDriver d(QSize(1024, 740));
    QFont font = d.page().font();
    font.setPointSizeF(points);
    d.page().setFont(font);
    auto* bar = d.find<QTabBar>("answerTabs");
    auto* heading = d.find<QLabel>("scoreHeading");
    QTRY_COMPARE(bar->tabText(0) == QLatin1String("p(x)"), shortNames);
    QCOMPARE(heading->isVisible(), shortNames);
    // The question is on screen once, either way.
    QVERIFY(heading->text().startsWith(QLatin1String("How probable")));
    QCOMPARE(bar->tabText(0).startsWith(QLatin1String("How probable")), !shortNames);
}

QTEST_MAIN(TestDensityRoom)
#include "tst_density_room.moc"
