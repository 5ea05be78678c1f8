// How the Sampling page looks at the classroom's and the laptop's window sizes: the canvas stays
// big, the key numbers are at least 16 pt, and no panel is empty once the background views have
// answered. With PIXELCHAIN_SCREENSHOTS set, each state is also saved as a PNG in the temporary
// folder, to look at.
#include "tst_sampling_driver.h"
#include "ui/pages/sampling/continuations_view.h"
#include "ui/pages/sampling/sample_gallery.h"
#include "ui/widgets/pixel_grid.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QScrollArea>
#include <QTabBar>

using namespace pixelchain;
using pixelchain::test::SamplingPageDriver;

class TestSamplingLook : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void readableAtSize_data();
    void readableAtSize();
};

void TestSamplingLook::readableAtSize_data() {
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("steps");
    QTest::addColumn<int>("minimumCanvas");
    QTest::addColumn<int>("tab");
    QTest::addColumn<bool>("order");
    QTest::newRow("projector, start") << QSize(1600, 960) << 0 << 560 << 0 << false;
    QTest::newRow("projector, mid-digit") << QSize(1600, 960) << 300 << 560 << 0 << false;
    QTest::newRow("projector, gallery") << QSize(1600, 960) << 500 << 560 << 1 << false;
    QTest::newRow("projector, completion") << QSize(1600, 960) << 784 << 560 << 2 << false;
    QTest::newRow("projector, visiting order") << QSize(1600, 960) << 100 << 560 << 0 << true;
    QTest::newRow("laptop, mid-digit") << QSize(1024, 730) << 300 << 330 << 0 << false;
    QTest::newRow("laptop, finished") << QSize(1024, 730) << 784 << 330 << 0 << false;
    QTest::newRow("laptop, completion") << QSize(1024, 730) << 784 << 330 << 2 << false;
}

void TestSamplingLook::readableAtSize() {
    QFETCH(QSize, size);
    QFETCH(int, steps);
    QFETCH(int, minimumCanvas);
    QFETCH(int, tab);
    QFETCH(bool, order);
    SamplingPageDriver d;
    d.page().resize(size);
    d.setSeed(3);
    d.openTab(tab);
    if (order)
        QTest::mouseClick(d.find<QAbstractButton>("orderingCheck"), Qt::LeftButton);
    auto* scrubber = d.find<QSlider>("scrubber");
    scrubber->setFocus();
    for (int i = 0; i < steps; ++i)
        QTest::keyClick(scrubber, Qt::Key_Right);
    auto* next = d.find<ui::ContinuationsView>("continuationsView");
    QTRY_VERIFY_WITH_TIMEOUT(next->upToDate() && next->shownPrefix() == steps, 15000);
    auto* gallery = d.find<ui::SampleGallery>("sampleGallery");
    QTRY_COMPARE_WITH_TIMEOUT(gallery->thumbnails()->count(), ui::SampleGallery::kSamples, 15000);
    // Every tab label is shown whole.
    QTabBar* bar = d.find<QTabWidget>("samplingTabs")->tabBar();
    for (int i = 0; i < bar->count(); ++i)
        QVERIFY(bar->rect().contains(bar->tabRect(i)));

    QElapsedTimer paint;
    paint.start();
    const QPixmap shot = d.page().grab();
    qInfo("a full repaint of the page took %lld ms", static_cast<long long>(paint.elapsed()));
    if (qEnvironmentVariableIsSet("PIXELCHAIN_SCREENSHOTS")) {
        const QString name = QStringLiteral("sampling-%1.png")
                                 .arg(QString::fromLatin1(QTest::currentDataTag())
                                          .replace(QStringLiteral(", "), QStringLiteral("-"))
                                          .replace(u' ', u'-'));
        QVERIFY(shot.save(QDir::temp().filePath(name)));
    }

    const QRectF field = d.find<ui::PixelGrid>("sampleCanvas")->fieldRect();
    QVERIFY2(field.width() >= minimumCanvas, qPrintable(QString::number(field.width())));
    for (const char* name : {"decisionProbability", "decisionOutcome"})
        QVERIFY(d.find<QLabel>(name)->font().pointSizeF() >= 16);
    QVERIFY(d.find<QLabel>("positionLabel")->font().pointSizeF() >= 16);
    // The page fits: what its layout needs is no larger than the window at either size.
    const QSize needed = d.page().minimumSizeHint();
    QVERIFY2(needed.width() <= size.width() && needed.height() <= size.height(),
             qPrintable(QStringLiteral("%1×%2").arg(needed.width()).arg(needed.height())));
    QVERIFY(d.page().findChildren<QScrollArea*>().isEmpty());
}

QTEST_MAIN(TestSamplingLook)
#include "tst_sampling_look.moc"
