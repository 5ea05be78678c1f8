#pragma once
// CountTable lists every factorization with its parameter count (short form; the exact digits are
// in each cell's Qt::UserRole and are what Ctrl+C copies), log10 of the count, the storage it
// needs at 4 bytes a parameter, and how that compares with this computer's memory and with the
// atoms in the observable universe. Choosing a row chooses the factorization the page explains.
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

Q_SIGNALS:
    void factorizationChosen(pixelchain::counting::Factorization f);

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    void setCell(int row, int column, const QString& text, const QString& exact = {});
    void markCell(int row, int column, bool good);
    void updateHeaders();

    std::uint64_t memory_ = 0;
};

} // namespace pixelchain::ui
