#include "ui/export/export_menu.h"

#include "ui/export/view_export.h"

#include <QAbstractScrollArea>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QStandardPaths>

namespace pixelchain::ui {
namespace {

/// The folder of the last picture saved in this session: slides are usually made in one place.
QString& lastFolder() {
    static QString folder;
    return folder;
}

QString startFolder() {
    if (!lastFolder().isEmpty())
        return lastFolder();
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return pictures.isEmpty() ? QDir::homePath() : pictures;
}

QString suffix(ExportMenu::Format format) {
    return format == ExportMenu::Format::Png ? QStringLiteral("png") : QStringLiteral("svg");
}

} // namespace

ExportMenu::ExportMenu(QWidget* widget, Trigger trigger)
    : QObject(widget)
    , widget_(widget)
    , trigger_(trigger) {
    setObjectName(QStringLiteral("exportMenuFilter"));
    widget->installEventFilter(this);
    // A chart view gets its mouse events on the viewport, which handles context menus itself.
    if (auto* area = qobject_cast<QAbstractScrollArea*>(widget))
        area->viewport()->installEventFilter(this);
}

ExportMenu* ExportMenu::install(QWidget* widget, Trigger trigger) {
    if (!widget)
        return nullptr;
    if (ExportMenu* existing = of(widget)) {
        existing->trigger_ = trigger;
        return existing;
    }
    return new ExportMenu(widget, trigger);
}

ExportMenu* ExportMenu::of(const QWidget* widget) {
    return widget ? widget->findChild<ExportMenu*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

QMenu* ExportMenu::openMenu() const {
    return menu_;
}

QString ExportMenu::suggestedFileName(Format format) const {
    QString name;
    for (const QChar c : widget_->objectName()) {
        if (c.isUpper() && !name.isEmpty())
            name += u'-';
        if (c.isLetterOrNumber() && c.unicode() < 128)
            name += c.toLower();
        else if (!name.isEmpty() && !name.endsWith(u'-'))
            name += u'-';
    }
    while (name.endsWith(u'-'))
        name.chop(1);
    if (name.isEmpty())
        name = QStringLiteral("pixelchain-view");
    return name + u'.' + suffix(format);
}

bool ExportMenu::claims(Qt::MouseButton button, Qt::KeyboardModifiers modifiers) const {
    return button == Qt::RightButton &&
           (trigger_ == Trigger::RightClick || modifiers.testFlag(Qt::ShiftModifier));
}

bool ExportMenu::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::ContextMenu: {
        auto* menuEvent = static_cast<QContextMenuEvent*>(event);
        if (menuEvent->reason() == QContextMenuEvent::Mouse &&
            !claims(Qt::RightButton, menuEvent->modifiers()))
            return false;
        popup(menuEvent->globalPos());
        menuEvent->accept();
        return true;
    }
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick: {
        // A canvas that erases with the right button must not start a stroke under the menu.
        auto* mouse = static_cast<QMouseEvent*>(event);
        return trigger_ == Trigger::ShiftRightClick && claims(mouse->button(), mouse->modifiers());
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

void ExportMenu::popup(QPoint globalPosition) {
    if (menu_)
        menu_->close();
    auto* menu = new QMenu(widget_);
    menu->setObjectName(QStringLiteral("exportMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction* png = menu->addAction(tr("Save picture as PNG…"));
    png->setObjectName(QStringLiteral("savePictureAsPng"));
    QAction* svg = menu->addAction(tr("Save picture as SVG…"));
    svg->setObjectName(QStringLiteral("savePictureAsSvg"));
    // Queued: the menu closes and the view repaints before the file dialog opens over it.
    connect(
        png, &QAction::triggered, this, [this] { save(Format::Png); }, Qt::QueuedConnection);
    connect(
        svg, &QAction::triggered, this, [this] { save(Format::Svg); }, Qt::QueuedConnection);
    menu_ = menu;
    menu->popup(globalPosition);
}

void ExportMenu::save(Format format) {
    const bool png = format == Format::Png;
    QFileDialog dialog(widget_->window(),
                       png ? tr("Save picture as PNG") : tr("Save picture as SVG"), startFolder(),
                       png ? tr("PNG images (*.png)") : tr("SVG drawings (*.svg)"));
    dialog.setObjectName(QStringLiteral("exportFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(suffix(format));
    dialog.selectFile(suggestedFileName(format));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    lastFolder() = QFileInfo(path).absolutePath();
    QString error;
    const bool saved = png ? ViewExport::savePng(*widget_, path, &error)
                           : ViewExport::saveSvg(*widget_, path, &error);
    if (!saved)
        QMessageBox::warning(widget_->window(), tr("Picture not saved"), error);
}

} // namespace pixelchain::ui
