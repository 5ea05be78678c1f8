#pragma once
// PitfallNote: the lesson about likelihood as an anomaly score. A button lets students try a
// blank canvas themselves; the text says why it scores so well.
#include <QFrame>

namespace pixelchain::ui {

class PitfallNote : public QFrame {
    Q_OBJECT
public:
    explicit PitfallNote(QWidget* parent = nullptr);

Q_SIGNALS:
    void blankRequested();
};

} // namespace pixelchain::ui
