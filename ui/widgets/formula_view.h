#pragma once
// FormulaView shows one formula in readable mathematics (Qt rich text: HTML sub/sup and Unicode
// symbols) under a short heading, with a second line that substitutes the current numbers, for
// example "p(x) = p(x₁) Π p(xᵢ | xᵢ₋₁)" over "1 + 2(n − 1) = 2n − 1 = 1567".
// The text wraps at spaces and can be selected and copied.
#include <QFrame>

class QLabel;

namespace pixelchain::ui {

class FormulaView : public QFrame {
    Q_OBJECT
public:
    explicit FormulaView(QWidget* parent = nullptr);

    /// `formula` and `numbers` are rich text; `heading` is plain text.
    void setFormula(const QString& heading, const QString& formula, const QString& numbers);

    QString heading() const;
    QString formula() const;
    QString numbers() const;

private:
    QLabel* heading_ = nullptr;
    QLabel* formula_ = nullptr;
    QLabel* numbers_ = nullptr;
};

} // namespace pixelchain::ui
