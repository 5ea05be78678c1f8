#pragma once
// SampleStage: the centre of the Sampling page. The big canvas shows the digit as it is drawn —
// decided pixels in black and white, the current pixel outlined, pixels still to come as a faint
// grid. Its pixel panel — a heatmap of p(x_i = 1 | x_<i) for every pixel decided so far (viridis,
// with its legend) beside the DecisionView with the coin flip of the current pixel — is placed by
// the page, so that the panel can share a column with the other views on a small screen. Pointing
// at a pixel of either grid tells how it was decided.
#include <QWidget>

class QCheckBox;
class QLabel;

namespace pixelchain {
class Sampler;
}

namespace pixelchain::ui {

class ColorLegend;
class DecisionView;
class PixelGrid;

class SampleStage : public QWidget {
    Q_OBJECT
public:
    explicit SampleStage(QWidget* parent = nullptr);

    /// Draws the sampler's state; `given` pixels of a completion prefix are mentioned as such.
    void showSampler(const Sampler& sampler, int given);
    void showNothing();
    void setOrderingShown(bool shown);
    /// The heatmap, its legend and the coin flip: not in the stage's own layout, the page places
    /// it (it stays owned by the stage until then).
    QWidget* pixelPanel() const { return side_; }

    PixelGrid* canvas() const { return canvas_; }
    PixelGrid* heatmap() const { return heatmap_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    QWidget* buildSide();
    void describePixel(int pixel);
    void showOrdering();

    PixelGrid* canvas_ = nullptr;
    PixelGrid* heatmap_ = nullptr;
    ColorLegend* legend_ = nullptr;
    DecisionView* decision_ = nullptr;
    QLabel* mode_ = nullptr;
    QLabel* hover_ = nullptr;
    QLabel* sideHeading_ = nullptr;
    QCheckBox* ordering_ = nullptr;
    QWidget* side_ = nullptr;
    const Sampler* sampler_ = nullptr;
    bool orderingShown_ = false;
};

} // namespace pixelchain::ui
