#pragma once
// PixelModeSwitch: the Density page's choice between binary pixels (the NADE family scores
// black-and-white drawings) and greyscale pixels (an RNADE scores soft grey strokes). Two radio
// buttons, reachable with Tab and the arrow keys; the greyscale one is disabled, with a tooltip
// saying why, when no greyscale model is available.
#include <QWidget>

class QLabel;
class QRadioButton;

namespace pixelchain::ui {

class PixelModeSwitch : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Binary, Greyscale };

    explicit PixelModeSwitch(QWidget* parent = nullptr);

    Mode mode() const;
    /// Selects a mode (a disabled greyscale mode stays unselected); emits modeChanged on change.
    void setMode(Mode mode);
    /// Enables or disables the greyscale mode; disabling it returns to binary pixels.
    void setGreyscaleAvailable(bool available);
    bool greyscaleAvailable() const;

Q_SIGNALS:
    void modeChanged(PixelModeSwitch::Mode mode);

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();

    QLabel* caption_ = nullptr;
    QRadioButton* binary_ = nullptr;
    QRadioButton* grey_ = nullptr;
};

} // namespace pixelchain::ui
