#pragma once
// AdaptiveRow: two or more widgets side by side when the row is wide, stacked top to bottom
// when it is narrower than a breakpoint, so that a chart keeps a readable width on a laptop or
// a projector instead of being squeezed beside a table.
#include <QHash>
#include <QVector>
#include <QWidget>

class QBoxLayout;

namespace pixelchain::ui {

class AdaptiveRow : public QWidget {
    Q_OBJECT
public:
    /// Side by side at `breakpoint` pixels and wider.
    explicit AdaptiveRow(int breakpoint, QWidget* parent = nullptr);

    /// Adds `widget` with a stretch factor that applies when side by side.
    void addWidget(QWidget* widget, int stretch);
    bool stacked() const;

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;

private:
    void follow(int width);
    void holdHeights();

    int breakpoint_;
    QBoxLayout* layout_;
    QVector<int> stretches_;
    QHash<QWidget*, int> minimums_; ///< each widget's own minimum height, restored side by side
};

} // namespace pixelchain::ui
