#pragma once
// The Sampling page: watch NADE draw a digit pixel by pixel. The SamplingController advances the
// sample on a timer; the SampleStage draws the canvas, the heatmap of conditionals and the coin
// flip of the current pixel; beside it, three views run off the UI thread — what could happen next
// (16 continuations of the current prefix and their average), 64 samples at once, and completion of
// a drawn, sampled or real test digit — and the formula panel substitutes the current numbers.
// With a class-conditional model the controls offer a digit y: everything then samples p(x | y).
//
// The page holds no sampling logic of its own: every pixel comes from core's Sampler.
#include <QWidget>
#include <cstdint>

class QTabWidget;

namespace pixelchain::ui {

class CompletionPanel;
class ContinuationsView;
class FormulaView;
class ModelLibrary;
class SampleGallery;
class SampleStage;
class SamplingControls;
class SamplingController;

class SamplingPage : public QWidget {
    Q_OBJECT
public:
    explicit SamplingPage(ModelLibrary* models, QWidget* parent = nullptr);

    SamplingController* controller() const { return controller_; }

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    QWidget* buildContent();
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
