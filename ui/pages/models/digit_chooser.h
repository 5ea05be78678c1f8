#pragma once
// DigitChooser: the controls of the ordering explorer that say what it shows, in three parts: the
// digit itself under its heading; the real test digit by number, where it comes from and a button
// that samples one instead; and the switch of the map each ordering draws. Beside the orderings
// the parts stand in one column. Above them (a screen too narrow for both side by side) they
// stand in one row, so that the orderings keep the whole width and the digit still fits above
// them. The chooser only holds the widgets; the explorer fills and connects them.
#include <QWidget>

class QBoxLayout;
class QButtonGroup;
class QLabel;
class QPushButton;
class QSpinBox;

namespace pixelchain::ui {

class PixelGrid;

class DigitChooser : public QWidget {
    Q_OBJECT
public:
    /// `side`: the digit's side in screen pixels (the side of every map of the explorer).
    DigitChooser(int side, QWidget* parent = nullptr);

    QLabel* heading() const { return heading_; }
    PixelGrid* digit() const { return digit_; }
    QSpinBox* testDigit() const { return testDigit_; }
    QLabel* note() const { return note_; }
    QPushButton* sample() const { return sample_; }
    /// The map switch: one radio button per map row of OrderingColumn, the row as its id.
    QButtonGroup* maps() const { return maps_; }

    /// The parts in one row (true) or one column (false).
    void setInRow(bool inRow);
    bool inRow() const;
    /// The width the chooser needs as one column, whatever it is now.
    int columnWidth() const;

private:
    QWidget* part(QWidget* first, QWidget* second = nullptr, QWidget* third = nullptr);

    QBoxLayout* layout_ = nullptr;
    QList<QWidget*> parts_;
    QLabel* heading_ = nullptr;
    PixelGrid* digit_ = nullptr;
    QSpinBox* testDigit_ = nullptr;
    QLabel* note_ = nullptr;
    QPushButton* sample_ = nullptr;
    QButtonGroup* maps_ = nullptr;
};

} // namespace pixelchain::ui
