#pragma once
// SamplingControls: the transport of the Sampling page. Play/pause, one pixel back or forward,
// finish, a scrubber over 0..784 decided pixels, and the settings that define a sample — speed,
// seed (the same seed draws the same digit every time) and temperature (0 is greedy: always the
// more likely value) — plus "new sample", and for a class-conditional model the digit y to draw
// (LabelPicker: p(x | y)).
//
// It only reports what the user asked for; the page applies it to the SamplingController and
// calls showState() back, so the controls never disagree with the sample on screen. The
// greyscale mode uses a second instance with its own clock (showState(State)) and a temperature
// that starts above 0 (setTemperatureRange): a grey value has no greedy choice.
#include "ui/adapters/sampling_controller.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QHBoxLayout;
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

    /// What the controls mirror of a sample.
    struct State {
        int decided = 0;
        bool playing = false;
        std::uint64_t seed = 0;
        double temperature = 1;
        int classes = 0; ///< labels the model knows; 0 hides the digit row
        int label = -1;
    };

    /// Mirrors the controller: decided pixels, playing or not, seed, temperature, and the label
    /// (the digit row shows only for a model that knows labels).
    void showState(const SamplingController& controller);
    void showState(const State& state);
    /// The temperatures offered; 0 (greedy, the default minimum) is named as such.
    void setTemperatureRange(double minimum, double maximum);
    /// Puts `widget` at the end of the settings row, taking the room the row has left.
    void addSetting(QWidget* widget);
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
    QHBoxLayout* settings_ = nullptr;
    bool playing_ = false;
};

} // namespace pixelchain::ui
