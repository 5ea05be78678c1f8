#pragma once
// GreyModelPicker: a drop-down list of the greyscale models of a GreyModelLibrary (the RNADE and
// its baseline, the independent Gaussian mixtures), each row with the model's short name and its
// test bits per dimension. Like ModelPicker it follows the library both ways: picking a row makes
// that model current, and a model made current elsewhere shows here at once.
#include <QComboBox>

namespace pixelchain::ui {

class GreyModelLibrary;
struct GreyModelEntry;

class GreyModelPicker : public QComboBox {
    Q_OBJECT
public:
    /// `library` may be nullptr: the picker is then empty and disabled.
    explicit GreyModelPicker(GreyModelLibrary* library, QWidget* parent = nullptr);

    /// "RNADE · test 1.29 bits/dim" (the file's figure), or "… · test bits/dim not measured yet".
    static QString rowText(const GreyModelEntry& entry);
    /// The library id of the model in `row`, empty outside the list.
    QString idAt(int row) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void followCurrent();

    GreyModelLibrary* library_;
};

} // namespace pixelchain::ui
