#pragma once
// GreyDensityPanel: the answer of the greyscale mode. Three numbers in large type — log p(y) in
// nats, bits per dimension of the 8-bit data, and the percentile among real test digits prepared
// the same way — and, in a view of their own, why those are the numbers to read: a density is not a
// probability, it exceeds 1 where the model is sure, so log p(y) can be positive, and only the
// density times the bin width 1/256 is a probability, which is what bits per dimension count.
// The explanation quotes the live numbers of the drawing on the canvas; its two parts are views of
// their own (densityExplanation(), binExplanation()), which the greyscale mode shows as tabs.
#include "core/models/continuous_density.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace pixelchain::ui {

struct GreyModelEntry;

class GreyDensityPanel : public QWidget {
    Q_OBJECT
public:
    explicit GreyDensityPanel(QWidget* parent = nullptr);

    /// The model that scores: its test bits/dim are the yardstick (nullptr: none loaded).
    void setModel(const GreyModelEntry* entry);
    /// One evaluation of the drawing and its percentile (NaN when the model has no test
    /// percentiles: shown as unknown).
    void showEvaluation(const ContinuousEvaluation& evaluation, double percentile);
    /// No model: the numbers give way to a dash and the explanation to its general part.
    void showNothing();
    /// Why a density can exceed 1, with the drawing's numbers: a view the page places (a tab).
    QWidget* densityExplanation() const { return densityView_; }
    /// From the density to a probability of the 8-bit value and bits per dimension: a view too.
    QWidget* binExplanation() const { return binView_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    QLabel* addNumber(int column, const QString& name);
    void showNumbers();
    void showReference();
    void showExplanation();

    const GreyModelEntry* entry_ = nullptr;
    ContinuousEvaluation evaluation_;
    double percentile_ = 0;
    bool shown_ = false;

    QGridLayout* numbers_ = nullptr;
    QLabel* logDensity_ = nullptr;
    QLabel* bits_ = nullptr;
    QLabel* percentileValue_ = nullptr;
    QLabel* reference_ = nullptr;
    QLabel* percentileNote_ = nullptr; ///< how the percentile is measured
    QWidget* densityView_ = nullptr;
    QLabel* densityHeading_ = nullptr;
    QLabel* densityText_ = nullptr;
    QWidget* binView_ = nullptr;
    QLabel* explanationHeading_ = nullptr;
    QLabel* explanation_ = nullptr;
};

} // namespace pixelchain::ui
