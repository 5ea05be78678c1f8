#pragma once
// DecisionView: the coin flip behind the current pixel, in numbers a class can read from the back
// row. For the latest decided pixel x_i it shows p(x_i = 1 | x_<i) as a number and as a
// CoinFlipBar, the uniform draw u, and the outcome (u < p → on); then the running log p(x_<i)
// and, once the digit is complete, log p(x) in nats and in bits per pixel.
// Before the first decision it shows the probability of the first pixel, still undecided.
#include <QWidget>

class QLabel;

namespace pixelchain {
class Sampler;
}

namespace pixelchain::ui {

class CoinFlipBar;

class DecisionView : public QWidget {
    Q_OBJECT
public:
    explicit DecisionView(QWidget* parent = nullptr);

    void showSampler(const Sampler& sampler);
    void showNothing();

private:
    void showFirst(const Sampler& sampler);
    void showLatest(const Sampler& sampler);
    void showLogProb(const Sampler& sampler);

    QLabel* where_ = nullptr;
    QLabel* probability_ = nullptr;
    QLabel* tempered_ = nullptr;
    CoinFlipBar* bar_ = nullptr;
    QLabel* outcome_ = nullptr;
    QLabel* logProb_ = nullptr;
};

} // namespace pixelchain::ui
