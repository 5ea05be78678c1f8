#pragma once
// ToolRows: the controls under a Density canvas, in as few rows as the width of the drawing column
// allows. A toolbar lists its arrangements from the fewest rows to the most; the column chooses
// its width (as wide as the largest canvas needs, at most what the answers leave) and the tools
// follow: two rows under a large canvas on a wide screen, five in a projector's narrow column.
// Each row fills the width; the order of the controls, and so the Tab order, never changes.
#include <QList>
#include <QWidget>

class QPushButton;
class QVBoxLayout;

namespace pixelchain::ui {

class ToolRows : public QWidget {
    Q_OBJECT
public:
    using Row = QList<QWidget*>;
    using Arrangement = QList<Row>;

    explicit ToolRows(QWidget* parent = nullptr);

    /// Rows of the arrangement shown now.
    int rowCount() const;

    /// The height of the rows the controls take at `width`.
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    /// As wide as the fewest rows need; at least as wide as the most rows need.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    /// From the fewest rows to the most; every arrangement holds every control once.
    void setArrangements(QList<Arrangement> arrangements);
    /// A push button of the toolbar, named `name` (a Tab stop, as a canvas's tools are).
    QPushButton* addButton(const QString& name);
    /// The toolbar's control named `name`.
    QWidget* tool(const char* name) const;
    /// Gives the push button named `name` its words and its tool tip.
    void labelButton(const char* name, const QString& text, const QString& tip = {});
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;

private:
    // The rows are laid out in a child filling this widget: a widget with a layout of its own
    // would be sized by that layout's height for a width, not by heightForWidth() here.
    QWidget* grid_;
    int widthOf(const Row& row) const;
    int widestRow(const Arrangement& arrangement) const;
    int heightOf(const Arrangement& arrangement) const;
    /// The arrangement with the fewest rows whose every row fits `width` (the last one if none).
    int chooseFor(int width) const;
    void arrange(int index);

    QVBoxLayout* rows_;
    QList<Arrangement> arrangements_;
    int current_ = -1;
};

} // namespace pixelchain::ui
