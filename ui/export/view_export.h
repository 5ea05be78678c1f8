#pragma once
// Pictures of views for slides: any widget (a PixelGrid, a chart, a whole panel) saved as a PNG
// or an SVG file.
//
// The PNG is rendered at twice the widget's size (device pixel ratio 2), so it stays crisp on a
// projector; the SVG is drawn through QSvgGenerator, so grid cells, curves and text stay vectors
// that scale without blur. Both are written atomically: a failed save leaves no file behind and
// an existing file untouched. Errors come back as a sentence the user can read.
#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

class QWidget;

namespace pixelchain::ui {

class ViewExport {
    Q_DECLARE_TR_FUNCTIONS(ViewExport)
public:
    /// Device pixel ratio of exported PNG pictures.
    static constexpr qreal kPictureScale = 2.0;

    /// The widget as it looks now, on its window background, at `scale` × its size.
    static QImage picture(QWidget& widget, qreal scale = kPictureScale);
    /// The widget drawn as SVG: size and viewBox are the widget's size in pixels.
    static QByteArray svg(QWidget& widget);

    /// Writes picture(widget) to `path` as PNG; false and a message in `error` on failure.
    static bool savePng(QWidget& widget, const QString& path, QString* error = nullptr);
    /// Writes svg(widget) to `path`; false and a message in `error` on failure.
    static bool saveSvg(QWidget& widget, const QString& path, QString* error = nullptr);
};

} // namespace pixelchain::ui
