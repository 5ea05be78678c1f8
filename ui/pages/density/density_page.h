#pragma once
// The Density page: NADE is an explicit model, so it gives the exact probability of any image.
// Students draw (or load a real test digit and edit it) and see, within a frame of every stroke:
// log p(x) in nats and bits per pixel, where that falls among the real test digits, a verdict
// "usual / unusual" with an adjustable threshold, and two per-pixel maps — the conditionals
// p(x_i = 1 | x_<i) and the surprise −log p(x_i | x_<i) that adds up to −log p(x).
//
// Flow: DrawingCanvas::changed → one DensityModel::evaluate() of the current model (log p,
// conditionals and surprise together) → every panel redraws from that one Evaluation. Other
// models in the library are scored once each for the side-by-side list, and a class-conditional
// model judges the drawing with Bayes' rule (BayesPanel, a tab beside the scores).
//
// A switch above it all turns the page to greyscale pixels: GreyDensityView, the same questions
// asked of an RNADE about a drawing with soft grey strokes. The model picker of the mode shown
// sits at the end of the switch's row.
//
// Layout, for a 1024×768 projector as for a wide screen: the canvas column at the left (the
// heading, the canvas as large a square as the height leaves, the tools in as few rows as the
// column's width allows, and a paged row of real test digits); at the right one tab per
// question — how probable? (the numbers, the verdict, the histogram), which digit? (Bayes'
// rule), the pixel maps, and every model. The column is as wide as its canvas can use and the
// answers leave (canvas_fit.h). Nothing scrolls at any classroom size, in presentation mode
// either (tests/shell/tst_shell_fit).
#include "core/models/density_model.h"
#include "ui/pages/density/drawing_history.h"

#include <QWidget>

class QLabel;
class QShortcut;

namespace pixelchain::ui {

class AnswerTabs;
class BayesPanel;
class DrawingCanvas;
class DrawingToolbar;
class GalleryStrip;
class GreyDensityView;
class GreyModelLibrary;
class HeatmapPanel;
class ModelLibrary;
class PixelModeSwitch;
class PixelReadout;
class ScorePanel;

class DensityPage : public QWidget {
    Q_OBJECT
public:
    /// `greyModels` may be nullptr: the greyscale mode is then disabled.
    DensityPage(ModelLibrary* models, GreyModelLibrary* greyModels, QWidget* parent = nullptr);

    /// The drawing on the canvas.
    const BinaryImage& drawing() const;
    /// Puts `image` on the canvas as one undoable step (nothing happens when it is the same).
    void setDrawing(const BinaryImage& image);
    /// Loads real test digit `index` of the gallery; false for an index outside it.
    bool loadGalleryDigit(int index);
    /// Reads a PNG drawing; on failure shows why, keeps the drawing and returns false.
    bool loadFile(const QString& path);
    /// Writes the drawing as a PNG (atomically); on failure shows why and returns false.
    bool saveFile(const QString& path);

    /// The current model's evaluation of the drawing on screen (empty without a model).
    const Evaluation& evaluation() const { return evaluation_; }
    /// Percentile of the drawing among the real test digits (NaN when unknown).
    double percentile() const;

    /// The greyscale mode (shown when the switch says greyscale pixels).
    GreyDensityView* greyView() const { return greyView_; }
    /// Binary or greyscale pixels.
    PixelModeSwitch* modeSwitch() const { return modeSwitch_; }

Q_SIGNALS:
    /// Every panel shows the drawing on the canvas now.
    void evaluated();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Sizes the canvas to the largest square the drawing column has room for.
    void fitCanvas();
    /// Sets every text again in the current language.
    void retranslate();
    void setStaticTexts();
    QWidget* buildDrawingColumn();
    QWidget* buildMapColumn();
    QWidget* buildAnswerTabs();
    QWidget* buildGreyMode(GreyModelLibrary* greyModels);
    void connectParts();
    void addShortcuts();
    void undo();
    void redo();
    void showHistoryState();
    void onModelChanged();
    void refresh();
    void showHover(int pixel);
    void chooseFileToLoad();
    void chooseFileToSave();
    void showMessage(const QString& message);

    ModelLibrary* models_;
    DrawingHistory history_;
    Evaluation evaluation_;
    int hovered_ = -1;

    DrawingCanvas* canvas_ = nullptr;
    DrawingToolbar* toolbar_ = nullptr;
    GalleryStrip* gallery_ = nullptr;
    QLabel* message_ = nullptr;
    QLabel* hint_ = nullptr;
    QLabel* drawHeading_ = nullptr;
    QLabel* galleryHeading_ = nullptr;
    HeatmapPanel* conditionals_ = nullptr;
    HeatmapPanel* surprise_ = nullptr;
    PixelReadout* readout_ = nullptr;
    ScorePanel* scores_ = nullptr;
    BayesPanel* bayes_ = nullptr;
    /// "how probable?" (scores_), "which digit?" (bayes_), the pixel maps and every model.
    AnswerTabs* answerTabs_ = nullptr;
    QWidget* binaryView_ = nullptr; ///< the binary mode: the canvas column and the answers
    QWidget* drawingColumn_ = nullptr;
    QList<QShortcut*> shortcuts_; ///< undo, redo, redo (Ctrl+Y)
    PixelModeSwitch* modeSwitch_ = nullptr;
    GreyDensityView* greyView_ = nullptr;
};

} // namespace pixelchain::ui
