#include "ui/shell/presentation.h"

#include "ui/shell/projector_palette.h"
#include "ui/widgets/control_role.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QWidget>
#include <algorithm>
#include <cmath>

namespace pixelchain::ui {

Presentation::Presentation(QMainWindow* window)
    : QObject(window)
    , window_(window)
    , normalPalette_(readablePalette(QApplication::palette()))
    , baseFontPoints_(QApplication::font().pointSizeF() > 0 ? QApplication::font().pointSizeF()
                                                            : 10.0) {
    QApplication::setPalette(normalPalette_);
}

void Presentation::setPresenting(bool on) {
    if (on == presenting_)
        return;
    const double before = scale();
    presenting_ = on;
    QApplication::setPalette(on ? projectorPalette() : normalPalette_);
    if (on) {
        enterFullScreen();
    } else if (window_->isFullScreen()) {
        wasMaximized_ ? window_->showMaximized() : window_->showNormal();
    }
    rescale(before, scale());
    Q_EMIT changed();
}

void Presentation::setControlsHidden(bool hidden) {
    if (hidden == controlsHidden_)
        return;
    controlsHidden_ = hidden;
    applyControls(window_);
    Q_EMIT changed();
}

void Presentation::setZoom(double zoom) {
    if (!std::isfinite(zoom))
        return;
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (zoom == zoom_)
        return;
    const double before = scale();
    zoom_ = zoom;
    rescale(before, scale());
    Q_EMIT changed();
}

// Steps of about 10 %, rounded so that repeated zooming in and out returns to exactly 1.
void Presentation::zoomIn() {
    setZoom(std::round(zoom_ * 11.0) / 10.0);
}

void Presentation::zoomOut() {
    setZoom(std::round(zoom_ / 1.1 * 10.0) / 10.0);
}

void Presentation::setReducedMotion(bool reduced) {
    if (reduced == reducedMotion_)
        return;
    reducedMotion_ = reduced;
    Q_EMIT reducedMotionChanged(reduced);
    Q_EMIT changed();
}

void Presentation::toggleFullScreen() {
    if (window_->isFullScreen())
        wasMaximized_ ? window_->showMaximized() : window_->showNormal();
    else
        enterFullScreen();
}

void Presentation::enterFullScreen() {
    wasMaximized_ = window_->isMaximized();
    window_->showFullScreen();
}

void Presentation::applyTo(QWidget* root) {
    // Widgets built now carry the unscaled sizes: bring their own fonts to the current scale.
    const double now = scale();
    if (now != 1.0) {
        const auto widgets = root->findChildren<QWidget*>();
        for (QWidget* w : widgets) {
            if (!w->testAttribute(Qt::WA_SetFont) ||
                !(w->font().resolveMask() & QFont::SizeResolved))
                continue;
            QFont f = w->font();
            if (f.pointSizeF() > 0)
                f.setPointSizeF(f.pointSizeF() * now);
            w->setFont(f);
        }
    }
    applyControls(root);
}

void Presentation::rescale(double from, double to) {
    if (from == to)
        return;
    const double ratio = to / from;
    QFont app = QApplication::font();
    app.setPointSizeF(baseFontPoints_ * to);
    // Fonts a widget set for itself keep their own size when the application font changes:
    // scale those by the same ratio, each exactly once.
    const auto widgets = window_->findChildren<QWidget*>();
    QApplication::setFont(app);
    for (QWidget* w : widgets) {
        if (!w->testAttribute(Qt::WA_SetFont) || !(w->font().resolveMask() & QFont::SizeResolved))
            continue;
        QFont f = w->font();
        if (f.pointSizeF() > 0)
            f.setPointSizeF(f.pointSizeF() * ratio);
        w->setFont(f);
    }
    appliedScale_ = to;
}

void Presentation::applyControls(QWidget* root) const {
    const auto widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets)
        if (isControl(w))
            w->setVisible(!controlsHidden_);
}

} // namespace pixelchain::ui
