#pragma once
// Presentation mode and the view settings a teacher changes in front of a class: zoom (every text
// grows, Ctrl+= / Ctrl+−), the high-contrast projector theme with large type, hiding the controls
// so only the canvas and the numbers remain, full screen (F11) and reduced motion.
//
// Zoom scales fonts, not pixels: the application font and every font a widget set for itself are
// multiplied by the same factor, so headings stay larger than body text at every zoom.
#include <QObject>
#include <QPalette>

class QMainWindow;
class QWidget;

namespace pixelchain::ui {

class Presentation : public QObject {
    Q_OBJECT
public:
    static constexpr double kMinZoom = 0.5;
    static constexpr double kMaxZoom = 4.0;
    /// Presentation mode multiplies the zoom by this factor for the back row.
    static constexpr double kPresentingScale = 1.25;

    explicit Presentation(QMainWindow* window);

    bool presenting() const { return presenting_; }
    /// Full screen, projector theme, larger type; off restores the window and theme.
    void setPresenting(bool on);

    bool controlsHidden() const { return controlsHidden_; }
    void setControlsHidden(bool hidden);

    /// The user's zoom, 1 = normal (presentation mode multiplies it by kPresentingScale).
    double zoom() const { return zoom_; }
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    void resetZoom() { setZoom(1.0); }

    bool reducedMotion() const { return reducedMotion_; }
    void setReducedMotion(bool reduced);

    void toggleFullScreen();

    /// Applies the current settings to widgets built after they were set: font scale and hidden
    /// controls.
    void applyTo(QWidget* root);

Q_SIGNALS:
    void changed();
    void reducedMotionChanged(bool reduced);

private:
    double scale() const { return zoom_ * (presenting_ ? kPresentingScale : 1.0); }
    void rescale(double from, double to);
    void enterFullScreen();
    void applyControls(QWidget* root) const;

    QMainWindow* window_;
    QPalette normalPalette_;
    double baseFontPoints_ = 10;
    double appliedScale_ = 1.0;
    double zoom_ = 1.0;
    bool presenting_ = false;
    bool controlsHidden_ = false;
    bool reducedMotion_ = false;
    bool wasMaximized_ = false;
};

} // namespace pixelchain::ui
