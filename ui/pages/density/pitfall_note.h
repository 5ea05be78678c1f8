#pragma once
// PitfallNote: the lesson about likelihood as an anomaly score. A button lets students try a
// blank canvas themselves; the text says why it scores so well, and a line per model says whether
// it is more probable than every test digit under that model (computed, never assumed: it holds
// under some models and not under others).
#include "ui/adapters/blank_canvas.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace pixelchain::ui {

class PitfallNote : public QFrame {
    Q_OBJECT
public:
    explicit PitfallNote(QWidget* parent = nullptr);

    /// One line per model: the blank canvas's log p against the most probable test digit's.
    void showBlankCanvas(const QVector<BlankCanvasScore>& scores);

Q_SIGNALS:
    void blankRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    QLabel* heading_ = nullptr;
    QLabel* text_ = nullptr;
    QPushButton* button_ = nullptr;
    QLabel* perModel_ = nullptr;
};

} // namespace pixelchain::ui
