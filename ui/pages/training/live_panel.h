#pragma once
// LivePanel: what the page shows while a model learns. The learning curve (against the images seen
// or the wall time, a toggle), 16 digits sampled from the current weights, the log p of one real
// test digit under them, and the strongest hidden units as tiles, so the features are seen
// forming. Everything arrives ready-made from the training thread; the panel only draws it.
#include "ui/pages/training/training_run.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace pixelchain::ui {

class DigitGrid;
class HiddenUnitGrid;
class TrainingChart;

class LivePanel : public QWidget {
    Q_OBJECT
public:
    explicit LivePanel(QWidget* parent = nullptr);

    void addPoint(const TrainingPoint& point);
    void showViews(const LiveViews& views);
    /// Empties the curve and the views for a new run.
    void clear();
    void setReferences(double shippedNll, double publishedNll);

    TrainingChart* chart() const { return chart_; }
    DigitGrid* samples() const { return samples_; }
    HiddenUnitGrid* tiles() const { return tiles_; }
    /// "log p(x) = −95.31 nats", or empty before the first views.
    QString digitText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QWidget* buildViews();

    TrainingChart* chart_ = nullptr;
    QComboBox* axis_ = nullptr;
    QLabel* axisLabel_ = nullptr;
    QLabel* note_ = nullptr;
    DigitGrid* samples_ = nullptr;
    DigitGrid* digit_ = nullptr;
    QLabel* digitLogProb_ = nullptr;
    HiddenUnitGrid* tiles_ = nullptr;
    QLabel* samplesTitle_ = nullptr;
    QLabel* digitTitle_ = nullptr;
    QLabel* tilesTitle_ = nullptr;
    double logProb_;
    std::size_t viewImages_ = 0;
    bool hasViews_ = false;
};

} // namespace pixelchain::ui
