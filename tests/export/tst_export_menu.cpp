// The export context menu: a right click on any PixelGrid or chart opens "Save picture as PNG…"
// and "Save picture as SVG…"; the drawing canvases keep the right button for erasing and open
// the menu on Shift + right click or the menu key; choosing an entry asks for a file name
// (suggested from the view's name) and saves the picture there.
#include "ui/export/export_menu.h"
#include "ui/export/view_export.h"
#include "view_factory.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QSvgRenderer>
#include <QTemporaryDir>

using namespace pixelchain;
using ui::ExportMenu;

namespace {

/// Answers the export file dialog as a user would: notes the suggested name, goes to `folder`,
/// types `name` over the suggestion and presses Enter. Should Enter not close the dialog, it
/// rejects it, so a failure cannot leave the test waiting forever.
class DialogAnswer : public QObject {
public:
    DialogAnswer(QString folder, QString name)
        : folder_(std::move(folder))
        , name_(std::move(name)) {
        qApp->installEventFilter(this);
    }
    QString suggested;
    bool accepted = false;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        auto* dialog = qobject_cast<QFileDialog*>(watched);
        if (event->type() == QEvent::Show && dialog &&
            dialog->objectName() == QLatin1String("exportFileDialog"))
            QMetaObject::invokeMethod(
                this, [this, dialog] { answer(dialog); }, Qt::QueuedConnection);
        return false;
    }

private:
    void answer(QFileDialog* dialog) {
        auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        if (!edit) {
            dialog->reject();
            return;
        }
        suggested = edit->text();
        dialog->setDirectory(folder_);
        edit->selectAll();
        QTest::keyClicks(edit, name_);
        QTest::keyClick(edit, Qt::Key_Return);
        accepted = !dialog->isVisible();
        if (!accepted)
            dialog->reject();
    }

    QString folder_;
    QString name_;
};

QPoint centreOf(QWidget* widget) {
    return widget->rect().center();
}

} // namespace

class ExportMenuTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void cleanup();
    void rightClickOpensTheMenu_data();
    void rightClickOpensTheMenu();
    void leftClickOpensNoMenu();
    void canvasesEraseWithAPlainRightClick_data();
    void canvasesEraseWithAPlainRightClick();
    void menuKeyOpensTheMenu();
    void savesThroughTheFileDialog_data();
    void savesThroughTheFileDialog();
    void suggestsANameFromTheView_data();
    void suggestsANameFromTheView();
    void installingTwiceKeepsOneMenu();

private:
    std::unique_ptr<QWidget> view_;
};

void ExportMenuTest::cleanup() {
    view_.reset();
}

void ExportMenuTest::rightClickOpensTheMenu_data() {
    QTest::addColumn<QString>("view");
    QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
    for (const QString& view : test::exportableViews()) {
        const bool erases =
            view.contains(QLatin1String("canvas")) || view.contains(QLatin1String("pad"));
        QTest::newRow(qPrintable(view))
            << view << Qt::KeyboardModifiers(erases ? Qt::ShiftModifier : Qt::NoModifier);
    }
    QTest::newRow("pixel grid, with Shift as well") << QStringLiteral("pixel grid, a sampled digit")
                                                    << Qt::KeyboardModifiers(Qt::ShiftModifier);
}

void ExportMenuTest::rightClickOpensTheMenu() {
    QFETCH(QString, view);
    QFETCH(Qt::KeyboardModifiers, modifiers);
    view_ = test::exportView(view);
    view_->show();
    QVERIFY(QTest::qWaitForWindowExposed(view_.get()));
    ExportMenu* exportMenu = ExportMenu::of(view_.get());
    QVERIFY(exportMenu);
    QWidget* target = test::clickTarget(view_.get());
    const BinaryImage before = qobject_cast<ui::PixelGrid*>(view_.get())
                                   ? qobject_cast<ui::PixelGrid*>(view_.get())->image()
                                   : BinaryImage();

    test::windowMouse(QTest::MousePress, target, Qt::RightButton, modifiers, centreOf(target));
    QTRY_VERIFY(exportMenu->openMenu() && exportMenu->openMenu()->isVisible());
    QMenu* menu = exportMenu->openMenu();
    const QList<QAction*> actions = menu->actions();
    QCOMPARE(actions.size(), 2);
    QCOMPARE(actions[0]->objectName(), QStringLiteral("savePictureAsPng"));
    QCOMPARE(actions[0]->text(), QStringLiteral("Save picture as PNG…"));
    QCOMPARE(actions[1]->objectName(), QStringLiteral("savePictureAsSvg"));
    QCOMPARE(actions[1]->text(), QStringLiteral("Save picture as SVG…"));
    test::windowMouse(QTest::MouseRelease, target, Qt::RightButton, modifiers, centreOf(target));
    // Opening the menu drew nothing on a canvas.
    if (auto* grid = qobject_cast<ui::PixelGrid*>(view_.get()))
        QCOMPARE(grid->image(), before);
    menu->close();
    QTRY_VERIFY(!exportMenu->openMenu());
}

void ExportMenuTest::leftClickOpensNoMenu() {
    view_ = test::exportView(QStringLiteral("pixel grid, a sampled digit"));
    view_->show();
    QVERIFY(QTest::qWaitForWindowExposed(view_.get()));
    test::windowMouse(QTest::MouseClick, view_.get(), Qt::LeftButton, {}, centreOf(view_.get()));
    QCoreApplication::processEvents();
    QVERIFY(!ExportMenu::of(view_.get())->openMenu());
}

void ExportMenuTest::canvasesEraseWithAPlainRightClick_data() {
    QTest::addColumn<QString>("view");
    QTest::newRow("drawing canvas") << QStringLiteral("drawing canvas");
    QTest::newRow("completion pad") << QStringLiteral("completion pad");
}

void ExportMenuTest::canvasesEraseWithAPlainRightClick() {
    QFETCH(QString, view);
    view_ = test::exportView(view);
    view_->show();
    QVERIFY(QTest::qWaitForWindowExposed(view_.get()));
    auto* canvas = qobject_cast<ui::PixelGrid*>(view_.get());
    QVERIFY(canvas);
    QCOMPARE(ExportMenu::of(canvas)->trigger(), ExportMenu::Trigger::ShiftRightClick);
    // The first inked pixel of the sample: a right click there erases it.
    int inked = 0;
    while (!canvas->image().at(inked))
        ++inked;
    const QRectF field = canvas->fieldRect();
    const double cell = field.width() / kSide;
    const QPoint at = QPointF(field.left() + (inked % kSide + 0.5) * cell,
                              field.top() + (inked / kSide + 0.5) * cell)
                          .toPoint();
    test::windowMouse(QTest::MousePress, canvas, Qt::RightButton, {}, at);
    QVERIFY(!canvas->image().at(inked));
    QVERIFY(!ExportMenu::of(canvas)->openMenu());
    test::windowMouse(QTest::MouseRelease, canvas, Qt::RightButton, {}, at);
    QCoreApplication::processEvents();
    QVERIFY(!ExportMenu::of(canvas)->openMenu());
}

void ExportMenuTest::menuKeyOpensTheMenu() {
    // On a canvas, where a plain right click erases. The window system turns the menu key into
    // a keyboard context menu event (the offscreen platform does not), so the test sends that.
    view_ = test::exportView(QStringLiteral("drawing canvas"));
    view_->show();
    QVERIFY(QTest::qWaitForWindowExposed(view_.get()));
    const BinaryImage before = qobject_cast<ui::PixelGrid*>(view_.get())->image();
    const QPoint at = centreOf(view_.get());
    QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, at, view_->mapToGlobal(at));
    QApplication::sendEvent(view_.get(), &menuKey);
    QVERIFY(menuKey.isAccepted());
    ExportMenu* exportMenu = ExportMenu::of(view_.get());
    QTRY_VERIFY(exportMenu->openMenu() && exportMenu->openMenu()->isVisible());
    QCOMPARE(qobject_cast<ui::PixelGrid*>(view_.get())->image(), before);
    exportMenu->openMenu()->close();
}

void ExportMenuTest::savesThroughTheFileDialog_data() {
    QTest::addColumn<QString>("view");
    QTest::addColumn<int>("entry"); // 0: PNG, 1: SVG
    QTest::addColumn<QString>("suggested");
    QTest::newRow("PNG of a pixel grid")
        << QStringLiteral("pixel grid, a sampled digit") << 0 << QStringLiteral("pixel-grid.png");
    QTest::newRow("SVG of the growth chart")
        << QStringLiteral("growth chart") << 1 << QStringLiteral("growth-chart.svg");
    QTest::newRow("PNG of the likelihood chart")
        << QStringLiteral("likelihood chart") << 0 << QStringLiteral("likelihood-chart.png");
}

void ExportMenuTest::savesThroughTheFileDialog() {
    QFETCH(QString, view);
    QFETCH(int, entry);
    QFETCH(QString, suggested);
    view_ = test::exportView(view);
    if (view_->objectName().isEmpty())
        view_->setObjectName(QStringLiteral("pixelGrid"));
    view_->show();
    QVERIFY(QTest::qWaitForWindowExposed(view_.get()));
    QTemporaryDir dir;
    // Typed without the extension: the dialog adds the one of the chosen format.
    const QString saved =
        dir.filePath(entry == 0 ? QStringLiteral("slide 4.png") : QStringLiteral("slide 4.svg"));
    DialogAnswer answer(dir.path(), QStringLiteral("slide 4"));

    QWidget* target = test::clickTarget(view_.get());
    ExportMenu* exportMenu = ExportMenu::of(view_.get());
    test::windowMouse(QTest::MouseClick, target, Qt::RightButton, {}, centreOf(target));
    QTRY_VERIFY(exportMenu->openMenu() && exportMenu->openMenu()->isVisible());
    QMenu* menu = exportMenu->openMenu();
    QAction* action = menu->actions().at(entry);
    test::windowMouse(QTest::MouseClick, menu, Qt::LeftButton, {},
                      menu->actionGeometry(action).center());
    QTRY_VERIFY(answer.accepted || !answer.suggested.isEmpty());
    QVERIFY(answer.accepted);
    QCOMPARE(answer.suggested, suggested);
    QVERIFY(QFileInfo::exists(saved));

    if (entry == 0) {
        QCOMPARE(QImage(saved).size(), view_->size() * ui::ViewExport::kPictureScale);
    } else {
        QSvgRenderer renderer(saved);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBox(), QRect(QPoint(0, 0), view_->size()));
    }
}

void ExportMenuTest::suggestsANameFromTheView_data() {
    QTest::addColumn<QString>("objectName");
    QTest::addColumn<QString>("png");
    QTest::newRow("camel case") << "growthChart"
                                << "growth-chart.png";
    QTest::newRow("one word") << "canvas"
                              << "canvas.png";
    QTest::newRow("no name") << ""
                             << "pixelchain-view.png";
    QTest::newRow("digits kept") << "sample3Grid"
                                 << "sample3-grid.png";
    QTest::newRow("separators become dashes") << "heat map_panel"
                                              << "heat-map-panel.png";
    QTest::newRow("path characters dropped") << "../../etc/passwd"
                                             << "etc-passwd.png";
    QTest::newRow("only symbols") << "***"
                                  << "pixelchain-view.png";
}

void ExportMenuTest::suggestsANameFromTheView() {
    QFETCH(QString, objectName);
    QFETCH(QString, png);
    QWidget widget;
    widget.setObjectName(objectName);
    ExportMenu* menu = ui::installExportMenu(&widget);
    QCOMPARE(menu->suggestedFileName(ExportMenu::Format::Png), png);
    QString svg = png;
    svg.replace(QLatin1String(".png"), QLatin1String(".svg"));
    QCOMPARE(menu->suggestedFileName(ExportMenu::Format::Svg), svg);
}

void ExportMenuTest::installingTwiceKeepsOneMenu() {
    ui::PixelGrid grid; // installs its own menu
    ExportMenu* first = ExportMenu::of(&grid);
    QVERIFY(first);
    QCOMPARE(first->trigger(), ExportMenu::Trigger::RightClick);
    QCOMPARE(ui::installExportMenu(&grid, ExportMenu::Trigger::ShiftRightClick), first);
    QCOMPARE(first->trigger(), ExportMenu::Trigger::ShiftRightClick);
    QCOMPARE(grid.findChildren<ExportMenu*>().size(), 1);
}

QTEST_MAIN(ExportMenuTest)
#include "tst_export_menu.moc"
