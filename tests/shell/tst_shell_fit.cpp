// Every page fits a classroom projector: at 1024×768 (XGA projectors), 1280×720 (a laptop
// mirrored to one) and 1920×1080, in English and Korean, in normal and presentation mode (F5),
// no scroll bar shows and nothing is clipped (window_fit.h says exactly what is judged). Every
// tab of every page is shown and judged, and the pages' second modes (greyscale pixels) too.
//
// The pages come from MainWindow::pageNames(): a page added to the window is judged without a
// change here. Presentation mode normally fills the screen; the offscreen screen has one size, so
// the test leaves full screen and gives the window the projector's size itself (the window has no
// frame offscreen, so the page area is the same).
//
// At 1024×768 each view, and the lesson at each step (in English, and in Korean in presentation
// mode), is saved as a PNG in fit-screens/ (in the working directory) for a person to look at;
// every view that does not fit is saved there too, named with its row.
#include "shell_driver.h"
#include "ui/pages/density/pixel_mode_switch.h"
#include "ui/pages/lessons/lesson_panel.h"
#include "ui/shell/presentation.h"
#include "window_fit.h"

#include <QDir>
#include <QPixmap>
#include <QRegularExpression>
#include <functional>
#include <map>

using namespace shelltest;

namespace {

/// A second look of a page that a user switches to (its tabs are visited anyway).
struct PageView {
    QString page;
    QString name;
    std::function<void(MainWindow&)> show;
    std::function<void(MainWindow&)> leave;
};

std::vector<PageView> extraViews() {
    return {
        {QStringLiteral("density"), QStringLiteral("greyscale"),
         [](MainWindow& w) {
             w.densityPage()->modeSwitch()->setMode(PixelModeSwitch::Mode::Greyscale);
         },
         [](MainWindow& w) {
             w.densityPage()->modeSwitch()->setMode(PixelModeSwitch::Mode::Binary);
         }},
        {QStringLiteral("sampling"), QStringLiteral("greyscale"),
         [](MainWindow& w) { w.samplingPage()->setMode(SamplingPage::Mode::Greyscale); },
         [](MainWindow& w) { w.samplingPage()->setMode(SamplingPage::Mode::Binary); }},
    };
}

const QList<QSize>& projectorSizes() {
    static const QList<QSize> sizes{{1024, 768}, {1280, 720}, {1920, 1080}};
    return sizes;
}

QString sizeName(QSize s) {
    return QStringLiteral("%1x%2").arg(s.width()).arg(s.height());
}

} // namespace

class TestShellFit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        isolateSettings();
        window_ = openWindow();
        QDir().mkpath(QStringLiteral("fit-screens"));
        // What did not fit at an earlier run is not this run's news.
        QDir screens(QStringLiteral("fit-screens"));
        for (const QString& old : screens.entryList({QStringLiteral("FAILED-*.png")}, QDir::Files))
            QVERIFY(screens.remove(old));
    }
    void cleanupTestCase() { window_.reset(); }

    void everyPageFits_data() {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("view");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("presenting");
        QList<std::pair<QString, QString>> views;
        for (const QString& page : MainWindow::pageNames()) {
            views.append({page, QStringLiteral("default")});
            for (const PageView& extra : extraViews())
                if (extra.page == page)
                    views.append({page, extra.name});
        }
        for (const bool presenting : {false, true})
            for (const QString& language : {QStringLiteral("en"), QStringLiteral("ko")})
                for (const QSize size : projectorSizes())
                    for (const auto& [page, view] : views) {
                        const QString row = QStringLiteral("%1 %2 %3 %4 %5")
                                                .arg(page, view, sizeName(size), language,
                                                     presenting ? QStringLiteral("present")
                                                                : QStringLiteral("normal"));
                        QTest::newRow(qPrintable(row))
                            << page << view << size << language << presenting;
                    }
    }

    void everyPageFits() {
        QFETCH(QString, page);
        QFETCH(QString, view);
        QFETCH(QSize, size);
        QFETCH(QString, language);
        QFETCH(bool, presenting);
        MainWindow& w = *window_;
        QVERIFY(w.setLanguage(language));
        setPresenting(presenting);
        QVERIFY(w.showPage(page));
        const PageView* extra = findView(page, view);
        if (extra)
            extra->show(w);
        settle(); // the page's own minimum size first: the window was sized for the page before
        w.resize(size);
        settle();
        const QString row =
            QString::fromUtf8(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
        QStringList problems = judgeEveryTab(w.page(page), size, row);
        if (size == QSize(1024, 768) && language == QLatin1String("en") && !presenting)
            w.grab().save(QStringLiteral("fit-screens/%1-%2.png").arg(page, view));
        if (extra)
            extra->leave(w);
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    // The lesson panel open beside the page each step puts on screen: the panel and the page fit.
    void lessonPanelFits_data() {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("presenting");
        for (const bool presenting : {false, true})
            for (const QString& language : {QStringLiteral("en"), QStringLiteral("ko")})
                for (const QSize size : projectorSizes())
                    QTest::addRow("%s %s %s", qPrintable(sizeName(size)), qPrintable(language),
                                  presenting ? "present" : "normal")
                        << size << language << presenting;
    }

    void lessonPanelFits() {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        QFETCH(bool, presenting);
        MainWindow& w = *window_;
        QVERIFY(w.setLanguage(language));
        setPresenting(presenting);
        w.resize(size);
        w.setLessonsOpen(true);
        const QString row =
            QString::fromUtf8(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
        QStringList problems;
        for (int step = 0; step < w.lessons()->count(); ++step) {
            w.lessons()->go(step);
            settle();
            // Asked for again at each step, as a full-screen or maximized window is: a window that
            // cannot take the size (its minimum is larger) still fails below.
            w.resize(size);
            settle();
            for (const QString& p :
                 judgeNow(size, QStringLiteral("lesson-%1-").arg(step + 1) + row, QString()))
                problems
                    << QStringLiteral("[step %1, %2] %3").arg(step + 1).arg(w.currentPage(), p);
            // English in both modes, and Korean's taller lines where room is shortest.
            const bool english = language == QLatin1String("en");
            if (size == QSize(1024, 768) && (english || presenting))
                w.grab().save(QStringLiteral("fit-screens/lesson-%1-%2%3.png")
                                  .arg(step + 1)
                                  .arg(presenting ? "present" : "normal")
                                  .arg(english ? QString() : QStringLiteral("-") + language));
        }
        w.setLessonsOpen(false);
        w.lessons()->go(0);
        settle();
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

private:
    static QString report(const QStringList& problems) {
        return QStringLiteral("%1 problem(s):\n  ")
            .arg(problems.size())
            .append(problems.join(QStringLiteral("\n  ")));
    }

    void setPresenting(bool on) {
        Presentation* presentation = window_->presentation();
        presentation->setPresenting(on);
        if (window_->isFullScreen())
            window_->setWindowState(Qt::WindowNoState);
    }

    static const PageView* findView(const QString& page, const QString& view) {
        static const std::vector<PageView> views = extraViews();
        for (const PageView& v : views)
            if (v.page == page && v.name == view)
                return &v;
        return nullptr;
    }

    /// Judges the page as it is, then with each tab of each of its tab bars shown (and the tabs
    /// of tab bars that a tab reveals). Every problem names the tab it was found on.
    QStringList judgeEveryTab(QWidget* page, QSize size, const QString& row) {
        QStringList problems;
        forEveryTab(page, settle,
                    [&](const QString& tab) { problems << judgeNow(size, row, tab); });
        return problems;
    }

    QStringList judgeNow(QSize size, const QString& row, const QString& tab) {
        const FitReport report = judgeFit(window_.get(), size);
        QStringList problems;
        for (const QString& p : report.problems)
            problems << (tab.isEmpty() ? p : QStringLiteral("[%1] %2").arg(tab, p));
        if (!report.fits()) {
            QString name = row + (tab.isEmpty() ? QString() : QStringLiteral("-tab-") + tab);
            name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")),
                         QStringLiteral("_"));
            window_->grab().save(QStringLiteral("fit-screens/FAILED-%1.png").arg(name));
        }
        return problems;
    }

    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(TestShellFit)
#include "tst_shell_fit.moc"
