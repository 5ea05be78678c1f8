#pragma once
// TrainingChart: the live learning curve. Training NLL (mean over the images since the last report,
// at the weights they saw) and validation NLL (held-out digits the model never trains on) against
// the images seen or the wall time, with two reference lines: the shipped NADE's test NLL and the
// published NADE's (scored on another binarization, which the legend says). Learning is maximum
// likelihood: both curves fall as the model raises the probability of the digits.
//
// Colours are Okabe–Ito and each line also has its own dash pattern, so they stay apart under
// colour-vision deficiencies and on a black-and-white projector.
#include "ui/pages/training/training_run.h"

#include <QChartView>
#include <QVector>

class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace pixelchain::ui {

class TrainingChart : public QChartView {
    Q_OBJECT
public:
    enum class Axis { Images, Seconds };

    explicit TrainingChart(QWidget* parent = nullptr);

    void addPoint(const TrainingPoint& point);
    void clear();
    void setAxis(Axis axis);
    Axis axis() const { return axis_; }
    /// The reference lines; NaN hides one.
    void setReferences(double shippedNll, double publishedNll);

    const QLineSeries* trainSeries() const { return train_; }
    const QLineSeries* validationSeries() const { return validation_; }
    int pointCount() const { return int(points_.size()); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void redraw();
    void describe();
    double xOf(const TrainingPoint& point) const;

    QVector<TrainingPoint> points_;
    Axis axis_ = Axis::Images;
    double shippedNll_, publishedNll_;
    QLineSeries* train_;
    QLineSeries* validation_;
    QLineSeries* shipped_;
    QLineSeries* published_;
    QValueAxis* axisX_;
    QValueAxis* axisY_;
};

} // namespace pixelchain::ui
