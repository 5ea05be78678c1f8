#pragma once
// StepPicker: the caption strip's way to a lesson step. Its list names every step ("5. Bayes'
// rule"); closed, it shows only where the class is ("5/10"), so that the beat's text keeps the
// strip's width. The step's name stays in what a screen reader reads (the current item) and in
// the tool tip the panel gives it.
#include <QComboBox>

namespace pixelchain::ui {

class StepPicker : public QComboBox {
    Q_OBJECT
public:
    explicit StepPicker(QWidget* parent = nullptr);

    /// What the closed picker shows: the step's number of the count ("5/10").
    QString face() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace pixelchain::ui
