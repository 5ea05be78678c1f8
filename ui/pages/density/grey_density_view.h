#pragma once
// GreyDensityView: the Density page's greyscale mode. Students draw with a soft brush (strokes
// with anti-aliased grey edges, like MNIST's) or load a real test digit in its greys, and see,
// within a frame of every stroke, what an RNADE (or its baseline) says: log p(y) in nats (it can
// be positive), bits per dimension of the 8-bit data, the percentile among test digits scored the
// same way (at the bin centres), and two per-pixel maps — the surprise −log p(y_i | y_<i), on a
// diverging scale because it is negative wherever the density exceeds 1, and what the model
// expected there, E[y_i | y_<i].
//
// Flow: GreyCanvas::changed → one ContinuousDensity::evaluate() of the current greyscale model
// (log p, every conditional's log density and expected value together) → every panel redraws
// from that one ContinuousEvaluation. It runs on the GUI thread: one pass of an RNADE is a few
// milliseconds, as one pass of the binary NADE is.
#include "core/models/continuous_density.h"
#include "ui/pages/density/drawing_history.h"

#include <QWidget>

class QLabel;

namespace pixelchain::ui {

class AnswerTabs;
class GalleryStrip;
class GreyCanvas;
class GreyDensityPanel;
class GreyModelLibrary;
class GreyModelPicker;
class GreyPixelReadout;
class GreyToolbar;
class HeatmapPanel;

class GreyDensityView : public QWidget {
    Q_OBJECT
public:
    /// The surprise map runs from −kSurpriseRange nats (blue: density far above 1) through 0
    /// (white: density 1) to +kSurpriseRange nats (orange: the model did not expect this value).
    static constexpr float kSurpriseRange = 6.0f;

    /// `models` may be nullptr: the view then scores nothing.
    explicit GreyDensityView(GreyModelLibrary* models, QWidget* parent = nullptr);

    /// The drawing on the canvas.
    const GreyImage& drawing() const;
    /// Puts `image` on the canvas as one undoable step (nothing happens when it is the same).
    void setDrawing(const GreyImage& image);
    /// Loads real test digit `index` of the gallery in its greys; false for an index outside it.
    bool loadGalleryDigit(int index);
    void undo();
    void redo();
    /// The model picker and its label, which the page shows beside its switch of modes.
    QWidget* modelPickerRow() const { return pickerRow_; }

    /// The current model's evaluation of the drawing on screen (empty without a model).
    const ContinuousEvaluation& evaluation() const { return evaluation_; }
    /// Percentile of the drawing among the test digits (NaN when unknown).
    double percentile() const { return percentile_; }

Q_SIGNALS:
    /// Every panel shows the drawing on the canvas now.
    void evaluated();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void setStaticTexts();
    /// Sizes the canvas and its column to the room the answers leave.
    void fitCanvas();
    QWidget* buildDrawingColumn();
    QWidget* buildMapColumn();
    QWidget* buildAnswerTabs();
    void connectParts();
    void showHistoryState();
    void onModelChanged();
    void refresh();
    void showHover(int pixel);

    GreyModelLibrary* models_;
    GreyDrawingHistory history_;
    ContinuousEvaluation evaluation_;
    double percentile_ = 0;
    int hovered_ = -1;

    GreyCanvas* canvas_ = nullptr;
    GreyToolbar* toolbar_ = nullptr;
    GalleryStrip* gallery_ = nullptr;
    QLabel* drawHeading_ = nullptr;
    QLabel* hint_ = nullptr;
    QLabel* galleryHeading_ = nullptr;
    QLabel* modelLabel_ = nullptr;
    GreyModelPicker* picker_ = nullptr;
    QWidget* pickerRow_ = nullptr; ///< the label "Model" and picker_
    HeatmapPanel* surprise_ = nullptr;
    QLabel* surpriseKey_ = nullptr;
    HeatmapPanel* expected_ = nullptr;
    GreyPixelReadout* readout_ = nullptr;
    GreyDensityPanel* panel_ = nullptr;
    AnswerTabs* answerTabs_ = nullptr; ///< the numbers (panel_), the pixel maps, the explanation
    QWidget* drawingColumn_ = nullptr;
};

} // namespace pixelchain::ui
