#pragma once
// GreyDrawView: the draw behind the current grey pixel, in numbers a class can read from the back
// row — the greyscale twin of DecisionView. For the latest drawn pixel it says where it lies
// (position i in the ordering σ, its row and column), the y drawn and its 8-bit grey value, the
// model's mean E[y] there, and log p(y | y_<i) of the draw under the model's own (untempered)
// mixture; then the running log density of the digit so far and its bits per dimension.
// Before the first draw it names the first pixel and its E[y]. Every number comes from the
// GreySamplingController (and through it from core's GreySampler).
#include <QWidget>

class QLabel;

namespace pixelchain::ui {

class GreySamplingController;

class GreyDrawView : public QWidget {
    Q_OBJECT
public:
    explicit GreyDrawView(QWidget* parent = nullptr);

    void showController(const GreySamplingController& controller);
    void showNothing();

private:
    QLabel* where_ = nullptr;
    QLabel* drawn_ = nullptr;
    QLabel* mean_ = nullptr;
    QLabel* logDensity_ = nullptr;
    QLabel* note_ = nullptr;
    QLabel* soFar_ = nullptr;
};

} // namespace pixelchain::ui
