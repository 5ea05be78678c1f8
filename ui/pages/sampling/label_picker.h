#pragma once
// LabelPicker: "draw me a 7". A row of toggle buttons — any, 0, 1, …, 9 — that chooses the label y
// a class-conditional model samples from: digit y draws from p(x | y), "any" from
// p(x) = Σ_y p(y) p(x | y); beside them, what is being sampled. It exists only for models that know
// labels: for any other model the row is hidden (setClasses(0)).
//
// Keyboard: Alt+D focuses the chosen button, ← and → move the choice along the row, Space picks
// the focused button, and a digit key picks that digit while the row has the focus. The row keeps
// these keys from the window's sampling shortcuts only while one of its buttons has the focus.
#include <QWidget>

class QButtonGroup;
class QLabel;
class QToolButton;

namespace pixelchain::ui {

class LabelPicker : public QWidget {
    Q_OBJECT
public:
    /// The "any" choice: no label, p(x).
    static constexpr int kAny = -1;

    explicit LabelPicker(QWidget* parent = nullptr);

    /// The number of labels of the current model; 0 hides the row. Buttons past it are hidden.
    void setClasses(int classes);
    /// Shows `label` as chosen (kAny for none) without emitting labelChosen().
    void setLabel(int label);
    int label() const { return label_; }
    int classes() const { return classes_; }
    /// The button of `label` (kAny: "any"), for tests and accessibility.
    QToolButton* button(int label) const;

Q_SIGNALS:
    /// The user chose a label (kAny: p(x)).
    void labelChosen(int label);

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    void choose(int label);
    /// What is sampled now: p(x | y = 7), or p(x) as the mixture over labels.
    void showMeaning();

    QLabel* caption_ = nullptr;
    QLabel* meaning_ = nullptr;
    QButtonGroup* group_ = nullptr;
    int classes_ = 0;
    int label_ = kAny;
};

} // namespace pixelchain::ui
