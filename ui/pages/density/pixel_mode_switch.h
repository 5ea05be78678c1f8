#pragma once
// PixelModeSwitch: the Density page's choice between binary pixels (the NADE family scores
// black-and-white drawings) and greyscale pixels (an RNADE scores soft grey strokes). Two radio
// buttons, reachable with Tab and the arrow keys; the greyscale one is disabled, with a tooltip
// saying why, when no greyscale model is available. The switch shows the page's view of the
// mode and, at the end of its row, that mode's model picker: what is scored and by which model
// are chosen in one row, and the answers below keep the height of a row more on a projector.
#include <QWidget>

class QLabel;
class QRadioButton;
class QStackedWidget;

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
    /// Puts each mode's model picker at the end of the row; the picker of the mode shown shows.
    void setModelPickers(QWidget* binary, QWidget* grey);
    /// Shows page 0 (binary) or 1 (greyscale) of `views` with the mode. Only the page shown holds
    /// the views to its minimum size: the other was laid out for whatever size it last had.
    void setViews(QStackedWidget* views);

Q_SIGNALS:
    void modeChanged(PixelModeSwitch::Mode mode);

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    /// Shows the picker and the view of `mode`.
    void showMode(Mode mode);

    QLabel* caption_ = nullptr;
    QRadioButton* binary_ = nullptr;
    QRadioButton* grey_ = nullptr;
    QStackedWidget* pickers_ = nullptr;
    QStackedWidget* views_ = nullptr;
};

} // namespace pixelchain::ui
