// A 4K screen at a scale factor of 2 (3840×2160 device pixels, 1920×1080 in layout units): every
// page lays out as at 1920×1080 and is drawn with twice the pixels, so nothing is tiny. Qt scales
// whatever is sized in layout units; what could still come out tiny is text sized in device pixels
// (a font taken from the physical resolution, a chart font set in pixels by hand). The test starts
// the application with QT_SCALE_FACTOR=2 and judges every page, in English and Korean, normal and
// presentation mode, every tab of it:
// - the window's device pixel ratio is 2, and a grab of it has twice its size in device pixels;
// - it fits (window_fit.h), on every tab;
// - no text on it, in widgets and in charts, is smaller than kSmallestText device pixels.
#include "shell_driver.h"
#include "ui/shell/presentation.h"
#include "window_fit.h"

#include <QApplication>
#include <QFontInfo>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGraphicsView>

using namespace shelltest;

namespace {

/// Smallest text allowed, in device pixels: 11 layout pixels (the size of an axis label at a
/// scale factor of 1), twice over.
constexpr int kSmallestText = 22;

struct SmallestText {
    int devicePixels = std::numeric_limits<int>::max();
    QString where;
    int chartTexts = 0;
    void consider(const QFont& font, qreal ratio, const QString& what) {
        const int size = qRound(QFontInfo(font).pixelSize() * ratio);
        if (size < devicePixels) {
            devicePixels = size;
            where = what;
        }
    }
};

/// The smallest text a person can see on `window`: widgets' own fonts, and the text items of
/// every chart and graph, scaled by the view.
SmallestText smallestText(const QWidget* window) {
    SmallestText smallest;
    const qreal ratio = window->devicePixelRatioF();
    for (const QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window) || w->size().isEmpty())
            continue;
        if (const auto* view = qobject_cast<const QGraphicsView*>(w)) {
            const qreal zoom = view->transform().m22();
            for (const QGraphicsItem* item :
                 view->scene() ? view->scene()->items() : QList<QGraphicsItem*>{}) {
                if (!item->isVisible())
                    continue;
                QFont font;
                QString text;
                if (const auto* rich = dynamic_cast<const QGraphicsTextItem*>(item)) {
                    font = rich->font();
                    text = rich->toPlainText();
                } else if (const auto* plain = dynamic_cast<const QGraphicsSimpleTextItem*>(item)) {
                    font = plain->font();
                    text = plain->text();
                } else {
                    continue;
                }
                if (text.trimmed().isEmpty())
                    continue;
                ++smallest.chartTexts;
                smallest.consider(font, ratio * zoom,
                                  widgetPath(view) + QStringLiteral(" \"%1\"").arg(text));
            }
            continue;
        }
        smallest.consider(w->font(), ratio, widgetPath(w));
    }
    return smallest;
}

} // namespace

class TestShellHiDpi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        isolateSettings();
        window_ = openWindow();
    }
    void cleanupTestCase() { window_.reset(); }

    void nothingIsTiny_data() {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("presenting");
        for (const bool presenting : {false, true})
            for (const QString& language : {QStringLiteral("en"), QStringLiteral("ko")})
                for (const QString& page : MainWindow::pageNames())
                    QTest::addRow("%s %s %s", qPrintable(page), qPrintable(language),
                                  presenting ? "present" : "normal")
                        << page << language << presenting;
    }

    void nothingIsTiny() {
        QFETCH(QString, page);
        QFETCH(QString, language);
        QFETCH(bool, presenting);
        MainWindow& w = *window_;
        QVERIFY(w.setLanguage(language));
        w.presentation()->setPresenting(presenting);
        if (w.isFullScreen())
            w.setWindowState(Qt::WindowNoState);
        QVERIFY(w.showPage(page));
        const QSize layout(1920, 1080);
        settle(); // the page's own minimum size first, then the size of the screen
        w.resize(layout);
        settle();

        QCOMPARE(w.devicePixelRatioF(), 2.0);
        QCOMPARE(w.grab().size(), w.size() * 2); // a grab counts device pixels: 3840×2160
        QStringList problems;
        SmallestText smallest;
        forEveryTab(w.page(page), settle, [&](const QString& tab) {
            const QString where = tab.isEmpty() ? QString() : QStringLiteral("[%1] ").arg(tab);
            for (const QString& p : judgeFit(&w, layout).problems)
                problems << where + p;
            const SmallestText here = smallestText(&w);
            smallest.chartTexts += here.chartTexts;
            if (here.devicePixels < smallest.devicePixels) {
                smallest.devicePixels = here.devicePixels;
                smallest.where = where + here.where;
            }
        });
        qInfo().noquote() << QStringLiteral("smallest text: %1 device px, %2 (%3 chart texts)")
                                 .arg(smallest.devicePixels)
                                 .arg(smallest.where)
                                 .arg(smallest.chartTexts);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n  "))));
        QVERIFY2(
            smallest.devicePixels >= kSmallestText,
            qPrintable(
                QStringLiteral("%1 device px: %2").arg(smallest.devicePixels).arg(smallest.where)));
    }

private:
    std::unique_ptr<MainWindow> window_;
};

int main(int argc, char** argv) {
    // Before the application exists: the scale factor of a 4K screen at 200 %.
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    TestShellHiDpi test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_shell_hidpi.moc"
