// Pictures of views: every exportable view saved as PNG loads back at twice its size and shows
// what the screen shows, saved as SVG is a valid drawing of vector shapes whose viewBox is the
// view's size; a save that cannot happen says why and leaves the folder as it was.
#include "ui/export/view_export.h"
#include "view_factory.h"

#include <QDir>
#include <QFile>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace pixelchain;

namespace {

/// The attribute `name` of the root <svg> element.
QString rootAttribute(const QByteArray& svg, const QString& name) {
    QXmlStreamReader xml(svg);
    while (xml.readNextStartElement())
        if (xml.name() == QLatin1String("svg"))
            return xml.attributes().value(name).toString();
    return {};
}

} // namespace

class ViewExportTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void pngIsTwiceTheSizeOfTheView_data();
    void pngIsTwiceTheSizeOfTheView();
    void svgIsAVectorDrawingOfTheView_data();
    void svgIsAVectorDrawingOfTheView();
    void failedSaveSaysWhyAndLeavesNothing_data();
    void failedSaveSaysWhyAndLeavesNothing();
    void saveReplacesAnOlderPicture();
};

void ViewExportTest::pngIsTwiceTheSizeOfTheView_data() {
    QTest::addColumn<QString>("view");
    QTest::addColumn<QSize>("size");
    for (const QString& view : test::exportableViews())
        QTest::newRow(qPrintable(view)) << view << QSize(640, 480);
    QTest::newRow("pixel grid, odd and tiny")
        << QStringLiteral("pixel grid, a sampled digit") << QSize(57, 31);
}

void ViewExportTest::pngIsTwiceTheSizeOfTheView() {
    QFETCH(QString, view);
    QFETCH(QSize, size);
    const auto widget = test::exportView(view, size);
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget.get()));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("view.png"));
    QString error;
    QVERIFY2(ui::ViewExport::savePng(*widget, path, &error), qPrintable(error));

    const QImage png(path);
    QVERIFY(!png.isNull());
    QCOMPARE(png.size(), widget->size() * ui::ViewExport::kPictureScale);
    QCOMPARE(png.size(), size * 2);
    // Not a blank picture: at least two colours.
    const QRgb first = png.pixel(0, 0);
    bool varies = false;
    for (int y = 0; y < png.height() && !varies; y += 3)
        for (int x = 0; x < png.width() && !varies; x += 3)
            varies = png.pixel(x, y) != first;
    QVERIFY(varies);

    // A grid's cells are flat colours: each cell's centre in the picture has the colour the
    // screen shows there.
    if (auto* grid = qobject_cast<ui::PixelGrid*>(widget.get())) {
        const QImage screen = grid->grab().toImage();
        const QRectF field = grid->fieldRect();
        const double cell = field.width() / kSide;
        for (int pixel = 0; pixel < kPixels; ++pixel) {
            const QPointF centre(field.left() + (pixel % kSide + 0.5) * cell,
                                 field.top() + (pixel / kSide + 0.5) * cell);
            QCOMPARE(QColor(png.pixel((centre * 2).toPoint())),
                     QColor(screen.pixel(centre.toPoint())));
        }
    }
}

void ViewExportTest::svgIsAVectorDrawingOfTheView_data() {
    QTest::addColumn<QString>("view");
    for (const QString& view : test::exportableViews())
        QTest::newRow(qPrintable(view)) << view;
}

void ViewExportTest::svgIsAVectorDrawingOfTheView() {
    QFETCH(QString, view);
    const auto widget = test::exportView(view, {400, 300});
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget.get()));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("view.svg"));
    QString error;
    QVERIFY2(ui::ViewExport::saveSvg(*widget, path, &error), qPrintable(error));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBox(), QRect(QPoint(0, 0), widget->size()));
    QCOMPARE(rootAttribute(svg, QStringLiteral("viewBox")),
             QStringLiteral("0 0 %1 %2").arg(widget->width()).arg(widget->height()));
    const int shapes = int(svg.count("<rect") + svg.count("<path") + svg.count("<polyline"));
    QVERIFY2(shapes > 0, "no vector shapes");
    // The grid stays vectors: at least one shape per cell, not one embedded bitmap.
    if (qobject_cast<ui::PixelGrid*>(widget.get()))
        QVERIFY2(shapes >= kPixels, qPrintable(QString::number(shapes)));
    QCOMPARE(svg.count("<image"), 0);
}

void ViewExportTest::failedSaveSaysWhyAndLeavesNothing_data() {
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("target");
    for (const QString& format : {QStringLiteral("png"), QStringLiteral("svg")}) {
        QTest::addRow("%s into a missing folder", qPrintable(format))
            << format << QStringLiteral("missing/view.") + format;
        QTest::addRow("%s over a folder", qPrintable(format))
            << format << QStringLiteral("folder.") + format;
        QTest::addRow("%s with an empty name", qPrintable(format)) << format << QString();
    }
}

void ViewExportTest::failedSaveSaysWhyAndLeavesNothing() {
    QFETCH(QString, format);
    QFETCH(QString, target);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.") + format));
    const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    const auto widget = test::exportView(QStringLiteral("pixel grid, a sampled digit"));
    const QString path = target.isEmpty() ? QString() : dir.filePath(target);
    QString error;
    const bool saved = format == QLatin1String("png")
                           ? ui::ViewExport::savePng(*widget, path, &error)
                           : ui::ViewExport::saveSvg(*widget, path, &error);
    QVERIFY(!saved);
    QVERIFY(!error.isEmpty());
    if (!target.isEmpty())
        QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
    QVERIFY(QDir(dir.filePath(QStringLiteral("folder.") + format)).isEmpty());
}

void ViewExportTest::saveReplacesAnOlderPicture() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.png"));
    const auto small = test::exportView(QStringLiteral("pixel grid, a sampled digit"), {50, 40});
    const auto large = test::exportView(QStringLiteral("pixel grid, a sampled digit"), {300, 200});
    QVERIFY(ui::ViewExport::savePng(*small, path));
    QVERIFY(ui::ViewExport::savePng(*large, path));
    QCOMPARE(QImage(path).size(), QSize(600, 400));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("chart.png")});
}

QTEST_MAIN(ViewExportTest)
#include "tst_view_export.moc"
