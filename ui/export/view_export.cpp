#include "ui/export/view_export.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageWriter>
#include <QLayout>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

namespace pixelchain::ui {
namespace {

/// A widget never shown has no layout yet; lay it out so render() draws what the user would see.
void prepare(QWidget& widget) {
    widget.ensurePolished();
    if (widget.layout())
        widget.layout()->activate();
}

/// Replaces `path` with `bytes` through QSaveFile; the message names the file and the reason.
bool writeAtomically(const QString& path, const QByteArray& bytes, QString* error) {
    QSaveFile file(path);
    // flush() before commit(): Qt 6.4's commit() ignores a failed final flush (a full disk).
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush() &&
        file.commit())
        return true;
    if (error)
        *error = ViewExport::tr("Could not save “%1”: %2")
                     .arg(QFileInfo(path).fileName(), file.errorString());
    return false;
}

} // namespace

QImage ViewExport::picture(QWidget& widget, qreal scale) {
    prepare(widget);
    QImage image(widget.size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(widget.palette().color(QPalette::Window));
    widget.render(&image);
    return image;
}

QByteArray ViewExport::svg(QWidget& widget) {
    prepare(widget);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(widget.size());
    generator.setViewBox(QRect(QPoint(0, 0), widget.size()));
    // The same resolution as the screen the widget was laid out for, so text keeps its size.
    generator.setResolution(widget.logicalDpiX());
    generator.setTitle(widget.objectName());
    generator.setDescription(tr("A view of PixelChain"));
    QPainter painter(&generator);
    painter.fillRect(QRect(QPoint(0, 0), widget.size()), widget.palette().color(QPalette::Window));
    widget.render(&painter);
    painter.end();
    return bytes;
}

bool ViewExport::savePng(QWidget& widget, const QString& path, QString* error) {
    const QImage image = picture(widget);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image)) {
        if (error)
            *error = tr("Could not draw a PNG picture: %1").arg(writer.errorString());
        return false;
    }
    return writeAtomically(path, bytes, error);
}

bool ViewExport::saveSvg(QWidget& widget, const QString& path, QString* error) {
    return writeAtomically(path, svg(widget), error);
}

} // namespace pixelchain::ui
