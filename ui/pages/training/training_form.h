#pragma once
// TrainingForm: what to train, in the lecture's words: the family (independent pixels, a Markov
// chain of order m, FVSBN, NADE with H hidden units in an ordering, the class-conditional NADE,
// RNADE for grey digits), how long (a time budget or a number of epochs), the minibatch, the
// learning rate and the threads, with sensible defaults and the one-click "NADE in one minute"
// (core's training::oneMinuteNade(), the one place its values live). A field a family does not use
// is disabled; the table models are fitted in closed form and take no schedule.
#include "core/training/presets.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace pixelchain::ui {

class TrainingForm : public QWidget {
    Q_OBJECT
public:
    explicit TrainingForm(QWidget* parent = nullptr);

    /// The family and settings the fields say (the data's limit is set by the page).
    training::TrainingPreset choice() const;
    /// Sets every field from `preset`.
    void setChoice(const training::TrainingPreset& preset);
    /// Applies training::oneMinuteNade().
    void chooseOneMinuteNade();
    /// How many training digits the data holds: the most the digits field offers (all of them by
    /// default).
    void setAvailableDigits(std::size_t count);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    void retranslate();
    void updateEnabled();

    QFormLayout* form_ = nullptr;
    QComboBox* family_ = nullptr;
    QSpinBox* hidden_ = nullptr;
    QSpinBox* order_ = nullptr;
    QComboBox* ordering_ = nullptr;
    QSpinBox* seconds_ = nullptr;
    QSpinBox* epochs_ = nullptr;
    QSpinBox* batch_ = nullptr;
    QDoubleSpinBox* lr_ = nullptr;
    QSpinBox* threads_ = nullptr;
    QSpinBox* digits_ = nullptr;
    QPushButton* preset_ = nullptr;
    training::TrainingPreset base_; ///< what the fields do not show (schedule shape, seed, ...)
};

} // namespace pixelchain::ui
