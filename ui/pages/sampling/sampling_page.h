#pragma once
// The Sampling page: watch NADE draw a digit pixel by pixel. The SamplingController advances the
// sample on a timer; the SampleStage draws the canvas. Beside it one column of tabs holds the rest,
// so that the page fits a projector's screen without scrolling: the heatmap of conditionals with
// the coin flip of the current pixel (first, on screen with the canvas), three views that run off
// the UI thread — what could happen next (16 continuations of the current prefix and their
// average), 64 samples at once, and completion of a drawn, sampled or real test digit — and the
// formula panel that substitutes the current numbers.
// With a class-conditional model the controls offer a digit y: everything then samples p(x | y).
//
// A switch at the top (Ctrl+G) turns to the greyscale mode, GreySamplingView: RNADE draws a grey
// digit from a Gaussian mixture per pixel. Only one mode's clock runs at a time; Space, → and ←
// (the window's keys, routed through togglePlay(), stepForward() and stepBack()) drive the mode
// on screen.
//
// The page holds no sampling logic of its own: every pixel comes from core's Sampler (binary) or
// GreySampler (greyscale).
#include <QWidget>
#include <cstdint>

class QPushButton;
class QTabWidget;

namespace pixelchain::ui {

class CompletionPanel;
class ContinuationsView;
class FormulaView;
class GreyModelLibrary;
class GreySamplingController;
class GreySamplingView;
class ModelLibrary;
class SampleGallery;
class SampleStage;
class SamplingControls;
class SamplingController;

class SamplingPage : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Binary, Greyscale };

    /// `greyModels` may be nullptr (or empty): the greyscale mode is then disabled, and its
    /// switch says that no greyscale model is loaded.
    SamplingPage(ModelLibrary* models, GreyModelLibrary* greyModels, QWidget* parent = nullptr);

    SamplingController* controller() const { return controller_; }
    GreySamplingController* greyController() const;
    GreySamplingView* greyView() const { return greyView_; }
    Mode mode() const { return mode_; }
    /// Shows the mode and pauses the other one's clock; false (and no change) for the greyscale
    /// mode without a greyscale model.
    bool setMode(Mode mode);
    bool greyscaleAvailable() const;

    /// The window's keys: they drive whichever mode is on screen.
    void togglePlay();
    void stepForward();
    void stepBack();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    void buildContent();
    QWidget* buildModeSwitch(QWidget* parent);
    QWidget* buildBinary(QWidget* parent);
    /// Enables the greyscale switch when a greyscale model is loaded, else explains why not.
    void updateModeSwitch();
    QTabWidget* buildTabs(QWidget* parent);
    void connectControls();
    void connectViews();
    void onModelChanged();
    void onSampleChanged();
    /// The controls, the stage and the formula for the sample (their words in the current
    /// language); false when there is no sample.
    bool showStageAndFormula();
    void newSample();
    void watchSeed(std::uint64_t seed);
    /// Sample p(x | y = label) from now on (−1: p(x)), on the canvas and in every view.
    void chooseLabel(int label);
    /// 64 samples from `firstSeed` with the current model, temperature and label.
    void regenerateGallery(std::uint64_t firstSeed);

    ModelLibrary* models_ = nullptr;
    GreyModelLibrary* greyModels_ = nullptr;
    Mode mode_ = Mode::Binary;
    QPushButton* binaryButton_ = nullptr;
    QPushButton* greyButton_ = nullptr;
    QWidget* binary_ = nullptr;
    QWidget* modeSwitch_ = nullptr;
    QWidget* binaryPicker_ = nullptr; ///< "Model" and the binary model picker
    GreySamplingView* greyView_ = nullptr;
    SamplingController* controller_ = nullptr;
    SamplingControls* controls_ = nullptr;
    SampleStage* stage_ = nullptr;
    ContinuationsView* continuations_ = nullptr;
    SampleGallery* gallery_ = nullptr;
    CompletionPanel* completion_ = nullptr;
    FormulaView* formula_ = nullptr;
    QTabWidget* tabs_ = nullptr;
};

} // namespace pixelchain::ui
