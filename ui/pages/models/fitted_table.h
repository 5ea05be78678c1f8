#pragma once
// FittedTable: a table of the Models page that a projector's screen shows whole, without scroll
// bars: the columns share the table's width and the long texts wrap, the rows are as tall as
// their text. Every column gets its one-line width when all of them fit. Otherwise the header's
// titles are split in two lines and the columns share the width as WidthShare says
// (ui/widgets/width_share.h): where it saves the most height.
// The rows are read-only: no selection, no editing, and Tab goes on to the next control.
#include <QTableWidget>

namespace pixelchain::ui {

class FittedTable : public QTableWidget {
    Q_OBJECT
public:
    explicit FittedTable(QWidget* parent = nullptr);

protected:
    /// The header's titles, one line each where they can be.
    virtual QStringList headerTitles() const = 0;
    /// Sets the titles again (after a language switch).
    void retitle();
    /// Shares the width and fits the rows now (after new rows, say).
    void fitColumns();
    /// Fits again at a new width, at once: a table narrowed to a screen never shows the columns
    /// of the wider one, not even until the next turn of the event loop.
    void resizeEvent(QResizeEvent* event) override;

private:
    void setHeaders(bool narrow);
    /// Sets the widths for the titles as they are; false when some column wraps.
    bool shareWidth(const QList<int>& oneLine);

    bool narrowHeaders_ = false; ///< the titles split in two lines
};

} // namespace pixelchain::ui
