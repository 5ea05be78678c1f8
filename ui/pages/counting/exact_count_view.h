#pragma once
// ExactCountView shows every digit of one count in a read-only text box that wraps anywhere (a
// 237-digit number has no break opportunity, so a word-wrapping label would run off the edge).
// Selecting and copying, or the Copy button, gives the exact digits with nothing in between.
#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace pixelchain::ui {

class ExactCountView : public QFrame {
    Q_OBJECT
public:
    explicit ExactCountView(QWidget* parent = nullptr);

    /// `heading` names the count, `digits` is its exact decimal text.
    void showCount(const QString& heading, const QString& digits);

    QString digits() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    QLabel* heading_ = nullptr;
    QPlainTextEdit* text_ = nullptr;
    QPushButton* copy_ = nullptr;
};

} // namespace pixelchain::ui
