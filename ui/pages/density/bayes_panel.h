#pragma once
// BayesPanel: the explicit model as a classifier. The same model that samples digits also judges
// a drawing, and answers two different questions with Bayes' rule:
//
//   "is this a 3?"            p(3 | x) = p(x | 3) p(3) / p(x)      (the posterior, chart + table)
//   "is this a digit at all?" p(x) = Σ_y p(x | y) p(y)             (the evidence, its percentile)
//
// A class-conditional model judges (BayesJudge: the current model, or the shipped class NADE).
// The page calls showDrawing() on every change of the drawing, like its other panels; one
// ClassConditional::classify() gives every number shown. When the answers disagree — the posterior
// is confident but p(x) lies among the least probable test digits — a note says so, and a button
// puts such a drawing (found by ImprobableDigitSearch, never assumed) on the canvas.
#include "ui/pages/density/bayes_judge.h"

#include <QWidget>
#include <optional>
#include <vector>

class QBoxLayout;
class QLabel;
class QPushButton;

namespace pixelchain::ui {

class AnswerParts;
class ImprobableDigitSearch;
class LikelihoodTable;
class PosteriorChart;

class BayesPanel : public QWidget {
    Q_OBJECT
public:
    /// The digit of the "confident but improbable" example.
    static constexpr int kShowcaseLabel = 3;

    explicit BayesPanel(QWidget* parent = nullptr);

    /// The real digits the example is made from (images and their labels).
    void setGallery(std::vector<BinaryImage> images, std::vector<int> labels);
    /// Who judges (nothing: no class-conditional model is loaded). The example is searched for
    /// again only when the judging model changed. The page calls showDrawing() next.
    void setJudge(std::optional<BayesJudge> judge);
    /// Bayes' rule for `image`: every number of the panel. While the panel is hidden (the other
    /// tab is open) it only keeps the image and judges it when shown, so a stroke costs nothing
    /// here then.
    void showDrawing(const BinaryImage& image);

    /// The judge's Bayes' rule for the drawing shown (nothing without a judge; the last drawing
    /// judged while the panel was visible).
    const std::optional<ClassScores>& scores() const { return scores_; }
    /// Percentile of log p(x) among the test digits, rounded as shown; NaN when unknown.
    double percentile() const { return percentile_; }

Q_SIGNALS:
    /// The student asked for the example; the page puts it on the canvas as an undoable step.
    void drawingRequested(const pixelchain::BinaryImage& image);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QWidget* buildParts();
    void fitParts();
    /// Sets every text again in the current language.
    void retranslate();
    void showJudge();
    void showAnswers();
    void showExampleState();
    void searchExample();
    /// Classifies drawing_ and shows every number.
    void judge();

    std::optional<BayesJudge> judge_;
    BinaryImage drawing_;
    bool judged_ = false; ///< scores_ belong to drawing_ under judge_
    std::optional<ClassScores> scores_;
    double percentile_ = 0;
    std::vector<BinaryImage> galleryImages_;
    std::vector<int> galleryLabels_;
    const DensityModel* searchedModel_ = nullptr; ///< the judge the example was searched under

    QLabel* heading_ = nullptr;
    QLabel* judgeText_ = nullptr;
    AnswerParts* parts_ = nullptr; ///< chart_ and table_; Bayes' rule (ruleHeading_, rule_)
    PosteriorChart* chart_ = nullptr;
    LikelihoodTable* table_ = nullptr;
    QLabel* ruleHeading_ = nullptr;
    QLabel* rule_ = nullptr;
    QLabel* labelAnswer_ = nullptr;
    QLabel* evidenceAnswer_ = nullptr;
    QLabel* note_ = nullptr;
    QPushButton* exampleButton_ = nullptr;
    QBoxLayout* example_ = nullptr; ///< note_ and exampleButton_
    ImprobableDigitSearch* search_ = nullptr;
};

} // namespace pixelchain::ui
