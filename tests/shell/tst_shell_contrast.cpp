// Every colour pair that carries text meets WCAG AA, in the normal theme and in the projector
// theme of presentation mode: 4.5:1 for body text, 3:1 for large text (18 pt, or 14 pt bold).
// The ratios are computed from the palettes, and from the palette each text widget of each page
// really paints with (style sheets included), against the background it sits on.
#include "shell_driver.h"
#include "ui/shell/presentation.h"
#include "ui/shell/projector_palette.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QTabBar>
#include <cmath>
#include <iterator>

using namespace shelltest;

namespace {

constexpr double kBodyRatio = ui::kBodyTextContrast;
constexpr double kLargeRatio = 3.0;

bool isLarge(const QFont& font) {
    return font.pointSizeF() >= 18 || (font.bold() && font.pointSizeF() >= 14);
}

/// The colour behind `widget`: the first ancestor (or itself) that fills its background.
QColor backgroundOf(const QWidget* widget) {
    for (const QWidget* w = widget; w; w = w->parentWidget())
        if (w->autoFillBackground() || w->isWindow())
            return w->palette().color(QPalette::Active, w->backgroundRole());
    return QApplication::palette().color(QPalette::Window);
}

struct Pair {
    const char* name;
    QPalette::ColorRole text;
    QPalette::ColorRole background;
};

const Pair kPairs[] = {
    {"window text", QPalette::WindowText, QPalette::Window},
    {"text on base", QPalette::Text, QPalette::Base},
    {"text on alternate base", QPalette::Text, QPalette::AlternateBase},
    {"button text", QPalette::ButtonText, QPalette::Button},
    {"highlighted text", QPalette::HighlightedText, QPalette::Highlight},
    {"tooltip", QPalette::ToolTipText, QPalette::ToolTipBase},
    {"link on base", QPalette::Link, QPalette::Base},
};

} // namespace

class TestShellContrast : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        isolateSettings();
        // The normal theme is what the window makes of the desktop's palette.
        window_ = openWindow();
        normal_ = QApplication::palette();
    }
    void cleanupTestCase() { window_.reset(); }

    // The formula itself, on pairs whose ratios WCAG's own examples and tools give.
    void contrastRatioIsWcags_data() {
        QTest::addColumn<QColor>("a");
        QTest::addColumn<QColor>("b");
        QTest::addColumn<double>("ratio");
        QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
        QTest::newRow("white on white") << QColor(Qt::white) << QColor(Qt::white) << 1.0;
        QTest::newRow("grey 767676 on white")
            << QColor(0x76, 0x76, 0x76) << QColor(Qt::white) << 4.54;
        QTest::newRow("Fusion's selection blue")
            << QColor(Qt::white) << QColor(0x30, 0x8c, 0xc6) << 3.69;
    }
    void contrastRatioIsWcags() {
        QFETCH(QColor, a);
        QFETCH(QColor, b);
        QFETCH(double, ratio);
        // Tolerance: the published ratios are rounded to two decimals.
        QVERIFY2(std::abs(ui::contrastRatio(a, b) - ratio) < 0.006,
                 qPrintable(QString::number(ui::contrastRatio(a, b))));
        QCOMPARE(ui::contrastRatio(a, b), ui::contrastRatio(b, a));
    }

    void paletteTextPairsMeetAA_data() {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<int>("pair");
        QTest::addColumn<int>("group");
        for (const QString& theme : {QStringLiteral("normal"), QStringLiteral("projector")})
            for (int p = 0; p < int(std::size(kPairs)); ++p)
                for (const auto& [group, groupName] : {std::pair{QPalette::Active, "active"},
                                                       std::pair{QPalette::Inactive, "inactive"}})
                    QTest::addRow("%s, %s, %s", qPrintable(theme), kPairs[p].name, groupName)
                        << theme << p << int(group);
    }

    void paletteTextPairsMeetAA() {
        QFETCH(QString, theme);
        QFETCH(int, pair);
        QFETCH(int, group);
        const QPalette palette =
            theme == QLatin1String("projector") ? ui::projectorPalette() : normal_;
        const auto g = QPalette::ColorGroup(group);
        const Pair& p = kPairs[pair];
        const double ratio =
            ui::contrastRatio(palette.color(g, p.text), palette.color(g, p.background));
        qInfo("%s: %s on %s = %.2f:1", p.name, qPrintable(palette.color(g, p.text).name()),
              qPrintable(palette.color(g, p.background).name()), ratio);
        QVERIFY2(ratio >= kBodyRatio, qPrintable(QStringLiteral("%1:1").arg(ratio, 0, 'f', 2)));
    }

    void everyTextOnEveryPageMeetsAA_data() {
        QTest::addColumn<QString>("page");
        QTest::addColumn<bool>("presenting");
        for (const bool presenting : {false, true})
            for (const QString& page : MainWindow::pageNames())
                QTest::addRow("%s, %s", qPrintable(page), presenting ? "projector" : "normal")
                    << page << presenting;
    }

    void everyTextOnEveryPageMeetsAA() {
        QFETCH(QString, page);
        QFETCH(bool, presenting);
        auto window = openWindow();
        window->presentation()->setPresenting(presenting);
        QVERIFY(window->showPage(page));
        QCoreApplication::processEvents();
        QStringList failures;
        double worst = 21;
        QString worstText;
        int judged = 0;
        for (const QWidget* w : window->page(page)->findChildren<QWidget*>()) {
            if (!w->isVisibleTo(window.get()) || !w->isEnabled())
                continue;
            const auto* label = qobject_cast<const QLabel*>(w);
            const auto* button = qobject_cast<const QAbstractButton*>(w);
            // A tab bar is no button, but each of its tabs is a text the page shows.
            const auto* bar = qobject_cast<const QTabBar*>(w);
            int texts = 0;
            if (label)
                texts = label->text().isEmpty() ? 0 : 1;
            else if (button)
                texts = button->text().isEmpty() ? 0 : 1;
            else if (bar)
                for (int i = 0; i < bar->count(); ++i)
                    texts += bar->tabText(i).isEmpty() ? 0 : 1;
            if (texts == 0)
                continue;
            // Buttons paint their text on their own face, labels on what is behind them.
            const QColor ink = w->palette().color(QPalette::Active, w->foregroundRole());
            const QColor paper =
                button ? w->palette().color(QPalette::Active, QPalette::Button) : backgroundOf(w);
            const double ratio = ui::contrastRatio(ink, paper);
            const double needed = isLarge(w->font()) ? kLargeRatio : kBodyRatio;
            judged += texts;
            const QString what = QStringLiteral("%1 (%2 on %3): %4:1")
                                     .arg(nameOf(w), ink.name(), paper.name())
                                     .arg(ratio, 0, 'f', 2);
            if (ratio < worst) {
                worst = ratio;
                worstText = what;
            }
            if (ratio < needed)
                failures << what;
        }
        qInfo("%d texts judged; the lowest contrast: %s", judged, qPrintable(worstText));
        window->presentation()->setPresenting(false);
        QVERIFY(judged > 5);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("; "))));
    }

private:
    std::unique_ptr<MainWindow> window_;
    QPalette normal_;
};

QTEST_MAIN(TestShellContrast)
#include "tst_shell_contrast.moc"
