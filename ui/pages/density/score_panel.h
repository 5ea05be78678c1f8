#pragma once
// ScorePanel: the Density page's answer to "how probable?" — the current model's numbers, the
// verdict with its threshold and the histogram of test-digit log-likelihoods with the drawing
// marked. Its comparison() view, which the page shows in a tab of its own, holds the same drawing
// under every model and the pitfall of raw likelihood as an anomaly score.
#include "ui/adapters/blank_canvas.h"
#include "ui/pages/density/model_scores.h"

#include <QWidget>
#include <cmath>
#include <vector>

class QLabel;

namespace pixelchain::ui {

class AnswerTabs;
class LikelihoodChart;
class ModelScoreList;
class PitfallNote;
struct ModelEntry;
class ScoreHeadline;
class VerdictPanel;

class ScorePanel : public QWidget {
    Q_OBJECT
public:
    explicit ScorePanel(QWidget* parent = nullptr);

    /// The model whose numbers lead (nullptr: none loaded).
    void setModel(const ModelEntry* entry);
    /// Shows `scores` (one per model, the current one marked); percentile of the current one.
    void showScores(const QVector<ModelScore>& scores);
    double percentile() const { return percentile_; }
    /// The same drawing under every model and the blank-canvas pitfall: a view the page places.
    QWidget* comparison() const;
    /// "How probable is it?" over the scores: the answer tabs hide it where their tab says it.
    QWidget* heading() const;
    /// The blank canvas under every model, for the pitfall note.
    void showBlankCanvas(const QVector<BlankCanvasScore>& scores);

Q_SIGNALS:
    void blankRequested();
    /// The threshold moved; the verdict and the chart already follow it.
    void thresholdChanged(int percent);

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    /// The drawing's log p and the threshold line on the chart.
    void showDrawingOnChart();

    std::vector<double> quantiles_;
    double percentile_ = 0;
    double logProb_ = std::nan(""); ///< the current model's log p of the drawing shown
    QLabel* heading_ = nullptr;
    QLabel* listHeading_ = nullptr;
    QLabel* modelName_ = nullptr;
    ScoreHeadline* headline_ = nullptr;
    VerdictPanel* verdict_ = nullptr;
    LikelihoodChart* chart_ = nullptr;
    ModelScoreList* list_ = nullptr;
    PitfallNote* pitfall_ = nullptr;
    AnswerTabs* comparison_ = nullptr; ///< every model's score and the pitfall, in two tabs
};

} // namespace pixelchain::ui
