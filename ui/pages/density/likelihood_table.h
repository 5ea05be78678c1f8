#pragma once
// LikelihoodTable: the two factors of Bayes' rule for every digit, side by side with the
// posterior chart: the likelihood log p(x | y) of the drawing under the model of digit y, and the
// prior log p(y), both in nats (p(x | y) itself is around e^−100, far below what a bar could
// show). The most probable digit's row is bold and marked with an arrow.
#include "core/models/class_conditional.h"

#include <QWidget>
#include <vector>

class QLabel;

namespace pixelchain::ui {

class LikelihoodTable : public QWidget {
    Q_OBJECT
public:
    explicit LikelihoodTable(QWidget* parent = nullptr);

    /// Shows the factors of `scores`, its label's row marked; nullptr shows dashes.
    void showScores(const ClassScores* scores);

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();

    QLabel* digitHeader_ = nullptr;
    QLabel* likelihoodHeader_ = nullptr;
    QLabel* priorHeader_ = nullptr;
    std::vector<QLabel*> digits_;      ///< "3" or "▶ 3"
    std::vector<QLabel*> likelihoods_; ///< log p(x | y), objectName "logLikelihoodGiven_<y>"
    std::vector<QLabel*> priors_;      ///< log p(y), objectName "logPrior_<y>"
};

} // namespace pixelchain::ui
