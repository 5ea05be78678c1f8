#pragma once
// SamplingControls: the transport of the Sampling page. Play/pause, one pixel back or forward,
// finish, a scrubber over 0..784 decided pixels, and the settings that define a sample — speed,
// seed (the same seed draws the same digit every time) and temperature (0 is greedy: always the
// more likely value) — plus "new sample", and for a class-conditional model the digit y to draw
// (LabelPicker: p(x | y)).
//
// It only reports what the user asked for; the page applies it to the SamplingController and
// calls showState() back, so the controls never disagree with the sample on screen.
#include "ui/adapters/sampling_controller.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;

namespace pixelchain::ui {

class LabelPicker;

class SamplingControls : public QWidget {
    Q_OBJECT
public:
    explicit SamplingControls(QWidget* parent = nullptr);

    /// Mirrors the controller: decided pixels, playing or not, seed, temperature, and the label
    /// (the digit row shows only for a model that knows labels).
    void showState(const SamplingController& controller);
    SamplingSpeed speed() const;

Q_SIGNALS:
    void playToggled();
    void stepForwardClicked();
    void stepBackClicked();
    void finishClicked();
    void scrubbed(int decided);
    void speedChosen(pixelchain::ui::SamplingSpeed speed);
    void seedChosen(std::uint64_t seed);
    void temperatureChosen(double temperature);
    void newSampleClicked();
    /// "Draw me a 7": sample p(x | y = label); −1 samples p(x).
    void labelChosen(int label);

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    QWidget* buildTransport();
    QWidget* buildSettings();
    QPushButton* makeButton(const char* name, int icon);

    QPushButton* play_ = nullptr;
    QPushButton* back_ = nullptr;
    QPushButton* forward_ = nullptr;
    QPushButton* finish_ = nullptr;
    QSlider* scrubber_ = nullptr;
    QLabel* position_ = nullptr;
    QComboBox* speed_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QDoubleSpinBox* temperature_ = nullptr;
    QPushButton* newSample_ = nullptr;
    LabelPicker* label_ = nullptr;
    QLabel* speedLabel_ = nullptr;
    QLabel* seedLabel_ = nullptr;
    QLabel* temperatureLabel_ = nullptr;
    bool playing_ = false;
};

} // namespace pixelchain::ui
