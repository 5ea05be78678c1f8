// Screen readers: every control, chart and grid of every page has an accessible name (and the
// charts and grids a description), read through QAccessibleInterface as assistive technology
// reads it; and the Density page announces its verdict and numbers when a drawing changes them
// (QAccessible NameChanged events, heard as they are sent to Qt).
#include "shell_driver.h"
#include "ui/widgets/announce.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLabel>
#include <QTabBar>
#include <QTableView>
#include <algorithm>
#include <vector>

using namespace shelltest;

namespace {

/// The events the accessibility framework was sent, as (object, type).
std::vector<std::pair<QObject*, QAccessible::Event>> announced;

void record(QAccessibleEvent* event) {
    announced.emplace_back(event->object(), event->type());
}

bool isControl(const QWidget* w) {
    // A table's header is read to the screen reader as the table's own header cells.
    if (qobject_cast<const QHeaderView*>(w) && qobject_cast<const QTableView*>(w->parentWidget()))
        return false;
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QAbstractSlider*>(w) ||
           qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QComboBox*>(w) ||
           qobject_cast<const QTabBar*>(w) || qobject_cast<const QAbstractItemView*>(w);
}

/// Charts and pixel grids: pictures a screen reader must describe in words.
bool isPicture(const QWidget* w) {
    return qobject_cast<const QGraphicsView*>(w) || w->inherits("pixelchain::ui::PixelGrid");
}

QString spoken(QWidget* w, QAccessible::Text what) {
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(w);
    return face ? face->text(what).trimmed() : QString();
}

} // namespace

class TestShellAccessible : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        isolateSettings();
        // Qt hands no event to an update handler while no assistive technology is active (never,
        // offscreen): the page's announcements are heard where they are sent to Qt.
        ui::setAnnouncementListener(record);
    }

    void everyControlHasAName_data() {
        QTest::addColumn<QString>("page");
        for (const QString& page : MainWindow::pageNames())
            QTest::newRow(qPrintable(page)) << page;
    }

    void everyControlHasAName() {
        QFETCH(QString, page);
        auto window = openWindow();
        QVERIFY(window->showPage(page));
        QStringList nameless;
        QStringList undescribed;
        int judged = 0;
        for (QWidget* w : window->page(page)->findChildren<QWidget*>()) {
            if (!w->isVisibleTo(window.get()) || !(isControl(w) || isPicture(w)))
                continue;
            ++judged;
            if (spoken(w, QAccessible::Name).isEmpty())
                nameless << nameOf(w);
            if (isPicture(w) && spoken(w, QAccessible::Description).isEmpty())
                undescribed << nameOf(w);
        }
        QVERIFY(judged >= 3); // a page's first view shows at least its tabs and one view
        QVERIFY2(nameless.isEmpty(), qPrintable(QStringLiteral("no accessible name: ") +
                                                nameless.join(QStringLiteral(", "))));
        QVERIFY2(undescribed.isEmpty(), qPrintable(QStringLiteral("no accessible description: ") +
                                                   undescribed.join(QStringLiteral(", "))));
    }

    void densityAnnouncesVerdictAndNumbers_data() {
        QTest::addColumn<int>("galleryDigit"); // −1: the blank canvas
        QTest::newRow("blank canvas") << -1;
        QTest::newRow("gallery digit 7") << 7;
        QTest::newRow("gallery digit 42") << 42;
    }

    void densityAnnouncesVerdictAndNumbers() {
        QFETCH(int, galleryDigit);
        auto window = openWindow();
        window->showPage(QStringLiteral("density"));
        DensityPage* page = densityPage(*window);
        announced.clear();
        if (galleryDigit < 0)
            page->setDrawing(BinaryImage());
        else
            QVERIFY(page->loadGalleryDigit(galleryDigit));
        for (const char* name : {"verdict", "logProbValue", "percentileValue"}) {
            auto* label = page->findChild<QLabel*>(QLatin1String(name));
            QVERIFY(label);
            const bool told = std::any_of(announced.begin(), announced.end(), [label](auto& e) {
                return e.first == label && e.second == QAccessible::NameChanged;
            });
            QVERIFY2(told, name);
            // What the screen reader reads is what the page shows.
            const QString heard = spoken(label, QAccessible::Name);
            QVERIFY2(heard.endsWith(label->text()), qPrintable(heard));
        }
        QVERIFY(
            spoken(page->findChild<QLabel*>(QStringLiteral("percentileValue")), QAccessible::Name)
                .contains(QLatin1String("percentile")));
    }
};

QTEST_MAIN(TestShellAccessible)
#include "tst_shell_accessible.moc"
