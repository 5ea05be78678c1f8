#pragma once
// ScoreHeadline: the three numbers of the current model in large type, readable from the back
// row: log p(x) in nats, bits per pixel, and the percentile among the real test digits.
#include "ui/pages/density/model_scores.h"

#include <QWidget>

class QLabel;

namespace pixelchain::ui {

class ScoreHeadline : public QWidget {
    Q_OBJECT
public:
    explicit ScoreHeadline(QWidget* parent = nullptr);

    void showScore(const ModelScore& score);
    /// No model is loaded: the numbers give way to a dash.
    void showNothing();

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    QLabel* addNumber(int column, const QString& name);
    /// Sets number `column` and announces it with its caption.
    void showNumber(int column, QLabel* number, const QString& text);

    QLabel* logProb_ = nullptr;
    QLabel* bits_ = nullptr;
    QLabel* percentile_ = nullptr;
};

} // namespace pixelchain::ui
