#pragma once
// CountTable lists every factorization with its parameter count (short form; the exact digits are
// in each cell's Qt::UserRole and are what Ctrl+C copies), log10 of the count, the storage it
// needs at 4 bytes a parameter, and how that compares with this computer's memory and with the
// atoms in the observable universe. Choosing a row chooses the factorization the page explains.
// Where the columns' one-line widths do not fit (a projector, presentation fonts), the cells wrap
// at spaces and the rows grow, so every column stays on screen without a scroll bar.
#include "ui/pages/counting/counting_result.h"

#include <QTableWidget>
#include <cstdint>

namespace pixelchain::ui {

class CountTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column { NameColumn, CountColumn, Log10Column, StorageColumn, MemoryColumn, AtomsColumn };

    explicit CountTable(QWidget* parent = nullptr);

    void showResult(const CountingResult& result);

    counting::Factorization chosen() const;
    void choose(counting::Factorization f);

    /// The exact digits of a row's count (what Ctrl+C copies).
    QString exactDigits(counting::Factorization f) const;

    /// As tall as the header and every row as they are wrapped now.
    QSize sizeHint() const override;
    /// The narrowest the table can be with every cell on one line (its headers split into two
    /// lines each), whatever its width is now.
    int oneLineWidth() const;

Q_SIGNALS:
    void factorizationChosen(pixelchain::counting::Factorization f);

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    /// The headers, each line split in two where `narrow`.
    QStringList headerLabels(bool narrow) const;
    void setCell(int row, int column, const QString& text, const QString& exact = {});
    void markCell(int row, int column, bool good);
    void updateHeaders();
    /// Shares the width among the columns as WidthShare does (each its one-line width if all fit,
    /// else at least its longest word and the rest where it saves the most height), the headers
    /// whole or split, whichever leaves the table shorter.
    void fitColumns();
    enum class Fit { OneLine, Wrapped, Overflowing };
    /// Sets the columns' widths for the headers as they are, and says how the cells fit.
    Fit fitColumnsNow();
    void setNarrowHeaders(bool narrow);

    std::uint64_t memory_ = 0;
    bool narrowHeaders_ = false; ///< each header line split in two where the table is narrow
};

} // namespace pixelchain::ui
