#pragma once
// GreyModelPicker: a drop-down list of the greyscale models (RNADE and its baseline, the
// independent mixtures) of a GreyModelLibrary, each with its test bits per dimension. Picking a row
// makes that model current; a model made current elsewhere, or added, shows here at once.
#include <QComboBox>

namespace pixelchain::ui {

class GreyModelLibrary;

class GreyModelPicker : public QComboBox {
    Q_OBJECT
public:
    /// `library` may be nullptr: the picker is then empty and disabled.
    explicit GreyModelPicker(GreyModelLibrary* library, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void followCurrent();

    GreyModelLibrary* library_;
};

} // namespace pixelchain::ui
