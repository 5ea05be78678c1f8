#pragma once
// ClassifierPanel: Bayes' rule measured. A generative model of p(x | y) and p(y) classifies a
// digit by p(y | x) = p(x | y) p(y) / p(x); a discriminative model learns p(y | x) and nothing
// else. The panel lists every class-conditional model of the library beside the discriminative
// baseline (logistic regression) with the test accuracy its file records, says in one line what
// each model is, and draws the chosen one's confusion matrix (ConfusionHeatmap). A last line sets
// the class-conditional NADE's test NLL of p(x) beside the unconditional NADE's. The list stands
// beside the matrix where both fit; on a smaller screen each gets a tab of its own.
#include "ui/pages/models/classifier_results.h"

#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QTabWidget;
class QVBoxLayout;

namespace pixelchain::ui {

class ConfusionHeatmap;

class ClassifierPanel : public QWidget {
    Q_OBJECT
public:
    /// Reads the baseline from the app's resources (ClassifierResults::baselineResource()).
    explicit ClassifierPanel(QWidget* parent = nullptr);

    /// Lists the class-conditional models of `entries` and the baseline; keeps the chosen
    /// classifier when it is still there.
    void showModels(const QVector<ModelEntry>& entries);
    /// Reads the baseline from `bytes` instead (a damaged file gives a message in its row).
    void setBaseline(const QByteArray& bytes);
    /// Draws the confusion matrix of the classifier with this id; false for an unknown id.
    bool showClassifier(const QString& id);

    /// Generative ones first, in the library's order, then the baseline.
    const QVector<ClassifierResult>& results() const { return results_; }
    QString currentId() const { return currentId_; }
    /// The button that chooses a classifier, and the label of its accuracy; nullptr when unknown.
    QAbstractButton* choiceButton(const QString& id) const;
    QLabel* accuracyLabel(const QString& id) const;
    /// The line under a classifier's name that says why its figures are missing (nullptr: none).
    QLabel* problemLabel(const QString& id) const;
    ConfusionHeatmap* heatmap() const { return heatmap_; }
    /// "Class NADE: 96.62 % of 10,000 test digits right".
    QLabel* title() const { return title_; }
    QLabel* readout() const { return readout_; }
    QLabel* nllLine() const { return nll_; }

    /// The list and the matrix as two tabs on a screen too small for them side by side; hidden
    /// and empty while they stand side by side.
    QTabWidget* views() const { return views_; }

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    bool fitsSideBySide() const;
    /// The list beside the matrix, or the two in tabs.
    void arrange(bool sideBySide);
    void nameViews();
    /// Builds the list of classifiers again from entries_ and baseline_.
    void rebuild();
    QWidget* buildRows();
    QWidget* buildMatrixSide();
    /// Draws the matrix of results_[index] (the chosen classifier stays as it was).
    void draw(int index);
    void showHover(int trueLabel, int predicted);
    int indexOf(const QString& id) const;

    QVector<ModelEntry> entries_;
    QByteArray baseline_;
    QVector<ClassifierResult> results_;
    QVector<QAbstractButton*> buttons_;
    QVector<QLabel*> accuracies_;
    QVector<QLabel*> problems_;
    QString currentId_;
    QString chosenId_; ///< the classifier last chosen; the first one is shown until then
    QButtonGroup* group_ = nullptr;
    QWidget* list_ = nullptr;   ///< the heading, the explanation, the classifiers, the NLL line
    QWidget* matrix_ = nullptr; ///< the chosen classifier's title, matrix and readout
    QWidget* sideBySide_ = nullptr;
    QTabWidget* views_ = nullptr;
    bool arranged_ = false;
    bool sideBySideNow_ = false;
    QWidget* rows_ = nullptr;
    QVBoxLayout* rowsSlot_ = nullptr;
    QLabel* heading_ = nullptr;
    QLabel* explanation_ = nullptr;
    QLabel* nll_ = nullptr;
    QLabel* title_ = nullptr;
    ConfusionHeatmap* heatmap_ = nullptr;
    QLabel* readout_ = nullptr;
};

} // namespace pixelchain::ui
