#pragma once
// VerdictPanel: density estimation used as anomaly detection. A drawing whose log p falls below
// the chosen percentile of the real test digits is called unusual; the slider moves that cut-off.
// Every verdict speaks of probability, never of resemblance: a blank canvas can be more probable
// than every test digit without looking like one.
#include <QWidget>

class QLabel;
class QSlider;

namespace pixelchain::ui {

class VerdictPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kDefaultThreshold = 5;

    explicit VerdictPanel(QWidget* parent = nullptr);

    /// Drawings below this percentile of the test digits are unusual (1..50).
    int thresholdPercent() const;
    void setThresholdPercent(int percent);

    /// Shows the verdict for a drawing at `percentile` (0..100, rounded as the page shows it; NaN
    /// when the model has no test scores to compare with). `aboveEveryTestDigit`: its log p
    /// exceeds the most probable test digit's.
    void showPercentile(double percentile, bool aboveEveryTestDigit = false);
    bool isUnusual() const { return unusual_; }

Q_SIGNALS:
    void thresholdChanged(int percent);

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    void describeThreshold(int percent);
    static QString verdictText(double percentile, bool unusual, bool aboveEveryTestDigit);

    QSlider* slider_ = nullptr;
    QLabel* thresholdText_ = nullptr;
    QLabel* verdict_ = nullptr;
    double percentile_ = 0;
    bool aboveEvery_ = false;
    bool unusual_ = false;
};

} // namespace pixelchain::ui
