#pragma once
// GreySamplingView: the Sampling page's greyscale mode. RNADE (or its baseline, independent
// Gaussian mixtures per pixel) draws a grey digit pixel by pixel: the canvas shows the digit so
// far in 256 greys on MNIST's black background, the current pixel outlined; beside it a heatmap
// of E[y_i | y_<i] for every pixel drawn so far; and the MixturePlot shows the current pixel's
// mixture — each component π_k N(y; μ_k, s_k²), their sum and the drawn y — above the numbers of
// that draw (GreyDrawView). Its transport (play, step, seed, temperature, speed) is a second
// SamplingControls whose widgets' names start with "grey"; its model picker is placed by the page.
// Where the three side by side would leave the plot too narrow for its titles and legend (a
// projector in presentation mode), the canvas and the heatmap share one place as two tabs, and
// the plot takes the room the heatmap leaves.
//
// The view holds no sampling logic: every pixel comes from core's GreySampler, through the
// GreySamplingController it owns.
#include <QWidget>

class QBoxLayout;
class QLabel;
class QTabBar;

namespace pixelchain::ui {

class ColorLegend;
class GreyDrawView;
class GreyModelLibrary;
class GreyModelPicker;
class GreySamplingController;
class MixturePlot;
class PixelGrid;
class SamplingControls;

class GreySamplingView : public QWidget {
    Q_OBJECT
public:
    /// `models` may be nullptr: nothing to sample, and the view says so.
    explicit GreySamplingView(GreyModelLibrary* models, QWidget* parent = nullptr);

    GreySamplingController* controller() const { return controller_; }
    SamplingControls* controls() const { return controls_; }
    PixelGrid* canvas() const { return canvas_; }
    PixelGrid* heatmap() const { return heatmap_; }
    MixturePlot* plot() const { return plot_; }
    GreyDrawView* numbers() const { return numbers_; }
    /// "Model" and the greyscale model picker, for the page to place beside its mode switch.
    QWidget* modelPicker() const { return pickerBox_; }
    /// Width of the heatmap's column; the canvas and the plot share the rest.
    void setSideWidth(int width);
    /// The next seed: a new digit, drawn from the start.
    void newSample();
    /// True while the canvas and the heatmap share one place as tabs.
    bool gridsTabbed() const { return tabbed_; }

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    QWidget* buildCanvas();
    QWidget* buildExpectedColumn();
    QWidget* buildMixtureColumn();
    void connectControls();
    void onModelChanged();
    void showSample();
    void describePixel(int pixel);
    /// Tabs for the canvas and the heatmap where the plot needs the heatmap's room, else the
    /// three side by side.
    void arrange();
    void setTabbed(bool tabbed);
    /// Shows the canvas, the heatmap or both, as the arrangement and the open tab say.
    void showGrids();
    void fitExpectedColumn();

    GreyModelLibrary* models_ = nullptr;
    GreySamplingController* controller_ = nullptr;
    SamplingControls* controls_ = nullptr;
    PixelGrid* canvas_ = nullptr;
    PixelGrid* heatmap_ = nullptr;
    ColorLegend* legend_ = nullptr;
    MixturePlot* plot_ = nullptr;
    GreyDrawView* numbers_ = nullptr;
    GreyModelPicker* picker_ = nullptr;
    QLabel* pickerLabel_ = nullptr;
    QWidget* pickerBox_ = nullptr;
    QLabel* expectedHeading_ = nullptr;
    QLabel* mixtureHeading_ = nullptr;
    QLabel* hover_ = nullptr;
    QWidget* expectedColumn_ = nullptr;
    QWidget* mixtureColumn_ = nullptr;
    QBoxLayout* middle_ = nullptr;     ///< the grids, the heatmap's column and the plot's column
    QBoxLayout* gridColumn_ = nullptr; ///< the tabs over the canvas (and the heatmap, tabbed)
    QTabBar* gridTabs_ = nullptr;
    bool tabbed_ = false;
    int hovered_ = -1;
    int sideWidth_ = 0; ///< the width the page asked for the heatmap's column
};

} // namespace pixelchain::ui
