// Keyboard only: Help ▸ Keyboard shortcuts (F1) lists every shortcut the window has, each with
// what it does, Tab reaches every control of every page, and the focus that Tab moves shows as a
// ring a projector keeps (a mouse click shows none).
#include "shell_driver.h"
#include "ui/shell/presentation.h"
#include "ui/shell/projector_palette.h"
#include "ui/shell/shortcut_list.h"
#include "ui/widgets/focus_ring.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QMessageBox>
#include <QShortcut>
#include <QTabBar>
#include <QTimer>

using namespace shelltest;

namespace {

bool isControl(const QWidget* w) {
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QAbstractSlider*>(w) ||
           qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QComboBox*>(w) ||
           qobject_cast<const QTabBar*>(w) || qobject_cast<const QAbstractItemView*>(w);
}

} // namespace

class TestShellKeyboard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void everyShortcutIsListed() {
        auto window = openWindow();
        const QList<ShortcutEntry> entries = shortcutsOf(window.get());
        const auto listed = [&entries](const QString& keys) {
            for (const ShortcutEntry& e : entries)
                if (e.keys.split(QStringLiteral(" / ")).contains(keys))
                    return !e.what.trimmed().isEmpty();
            return false;
        };
        int judged = 0;
        for (const QAction* action : window->findChildren<QAction*>())
            for (const QKeySequence& key : action->shortcuts()) {
                ++judged;
                QVERIFY2(listed(key.toString(QKeySequence::NativeText)),
                         qPrintable(key.toString() + QStringLiteral(" ") + action->text()));
            }
        for (const QShortcut* shortcut : window->findChildren<QShortcut*>()) {
            ++judged;
            QVERIFY2(listed(shortcut->key().toString(QKeySequence::NativeText)),
                     qPrintable(shortcut->key().toString()));
        }
        QVERIFY(judged >= 15);
    }

    // F1 opens the list as a user sees it; the presentation and drawing keys are in it.
    void f1ShowsTheList() {
        auto window = openWindow();
        QApplication::setActiveWindow(window.get());
        QString shown;
        QTimer::singleShot(0, this, [&shown] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            shown = box->text();
            box->accept();
        });
        QTest::keyClick(window.get(), Qt::Key_F1);
        for (const QString& expected :
             {QKeySequence(Qt::Key_F5).toString(QKeySequence::NativeText),
              QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText),
              QStringLiteral("Ctrl+G"), QStringLiteral("Arrow keys")})
            QVERIFY2(shown.contains(expected),
                     qPrintable(expected + QStringLiteral(" in ") + shown));
    }

    void tabReachesEveryControl_data() {
        QTest::addColumn<QString>("page");
        for (const QString& page : MainWindow::pageNames())
            QTest::newRow(qPrintable(page)) << page;
    }

    // Tab, as a keyboard user presses it, walks the page; every control it shows is reached.
    void tabReachesEveryControl() {
        QFETCH(QString, page);
        auto window = openWindow();
        QApplication::setActiveWindow(window.get());
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QVERIFY(window->showPage(page));
        QWidget* shown = window->page(page);
        QList<QWidget*> expected;
        for (QWidget* w : shown->findChildren<QWidget*>())
            if (isControl(w) && w->isVisibleTo(window.get()) && w->isEnabled() &&
                (w->focusPolicy() & Qt::TabFocus))
                expected << w;
        QVERIFY(!expected.isEmpty());
        expected.first()->setFocus(Qt::TabFocusReason);
        QSet<QWidget*> reached;
        for (int i = 0; i < 4 * expected.size() + 20; ++i) {
            QWidget* focus = QApplication::focusWidget();
            QVERIFY(focus);
            reached.insert(focus);
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        QStringList missed;
        for (QWidget* w : expected)
            if (!reached.contains(w) && !(w->focusProxy() && reached.contains(w->focusProxy())))
                missed << nameOf(w);
        QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("not reached with Tab: ") +
                                              missed.join(QStringLiteral(", "))));
    }

    void focusShowsClearly_data() {
        QTest::addColumn<bool>("presenting");
        QTest::newRow("normal theme") << false;
        QTest::newRow("projector theme") << true;
    }

    // A click puts the focus in a field without a ring; Tab moves it on and the ring surrounds the
    // new control, in a colour that stands out from the window (WCAG's 3:1 for what is not text),
    // and follows it when the window is resized.
    void focusShowsClearly() {
        QFETCH(bool, presenting);
        auto window = openWindow();
        window->presentation()->setPresenting(presenting);
        QCoreApplication::processEvents(); // the theme's palette reaches the widgets in events
        if (window->isFullScreen())
            window->setWindowState(Qt::WindowNoState);
        window->resize(1280, 720);
        QApplication::setActiveWindow(window.get());
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QVERIFY(window->showPage(QStringLiteral("counting")));
        auto* ring = window->findChild<FocusRing*>();
        QVERIFY(ring);

        QAbstractSpinBox* field = nullptr;
        for (QAbstractSpinBox* box :
             window->page(QStringLiteral("counting"))->findChildren<QAbstractSpinBox*>())
            if (!field && box->isVisibleTo(window.get()) && box->isEnabled())
                field = box;
        QVERIFY(field);
        QTest::mouseClick(field, Qt::LeftButton);
        QTRY_COMPARE(QApplication::focusWidget(), field);
        QVERIFY2(!ring->target(), "a click shows a ring");

        QTest::keyClick(field, Qt::Key_Tab);
        QWidget* reached = QApplication::focusWidget();
        QVERIFY(reached && reached != field);
        QCOMPARE(ring->target(), reached);
        const auto ringsIt = [&] {
            const QRect control(reached->mapTo(window.get(), QPoint(0, 0)), reached->size());
            const QRect around = control.adjusted(-FocusRing::kWidth, -FocusRing::kWidth,
                                                  FocusRing::kWidth, FocusRing::kWidth);
            return ring->isVisible() &&
                   ring->geometry() == (around.adjusted(-1, -1, 1, 1) & window->rect());
        };
        QVERIFY(ringsIt());
        const double contrast = contrastRatio(ring->palette().color(QPalette::Highlight),
                                              window->palette().color(QPalette::Window));
        qInfo("focus ring %s against the window %s: %.2f:1",
              qPrintable(ring->palette().color(QPalette::Highlight).name()),
              qPrintable(window->palette().color(QPalette::Window).name()), contrast);
        QVERIFY2(contrast >= 3.0, qPrintable(QString::number(contrast, 'f', 2)));

        window->resize(1024, 768);
        QTRY_VERIFY(ringsIt());

        QTest::mouseClick(field, Qt::LeftButton);
        QTRY_COMPARE(QApplication::focusWidget(), field);
        QVERIFY2(!ring->target(), "the ring stayed after a click");
    }
};

QTEST_MAIN(TestShellKeyboard)
#include "tst_shell_keyboard.moc"
