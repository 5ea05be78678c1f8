#pragma once
// TabStopButton: a checkable button of an exclusive group (draw or erase, binary or greyscale
// pixels) that Tab reaches like every other control. Qt makes only the focused button of such a
// group a Tab stop (QAbstractButton takes Tab focus from the others when one gets focus), so a
// keyboard user tabbing through the Density page never met "Erase" or "Greyscale pixels". Here
// every button of the group stays a Tab stop; the arrow keys still move within the group.
#include <QAbstractButton>
#include <QButtonGroup>

namespace pixelchain::ui {

template <class Button> class TabStopButton : public Button {
public:
    using Button::Button;

protected:
    void focusInEvent(QFocusEvent* event) override {
        Button::focusInEvent(event);
        if (QButtonGroup* group = this->group())
            for (QAbstractButton* member : group->buttons())
                member->setFocusPolicy(Qt::FocusPolicy(member->focusPolicy() | Qt::TabFocus));
    }
};

} // namespace pixelchain::ui
