#pragma once
// Drives a CountingPage the way a student would, with real key and mouse events on its widgets,
// and reads back what the page shows. Shared by the Counting page's widget tests.
#include "ui/pages/counting/count_table.h"
#include "ui/pages/counting/counting_page.h"
#include "ui/pages/counting/factor_breakdown.h"
#include "ui/pages/counting/growth_chart.h"
#include "ui/pages/counting/preset_picker.h"
#include "ui/widgets/formula_view.h"
#include "ui/widgets/graph_view.h"
#include "ui/widgets/math_text.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <memory>
#include <optional>

namespace pixelchain::test {

using counting::Factorization;

/// Rows of the preset combo box, in the order PresetPicker lists them.
enum PresetRow { Coin, Die, RgbPixel, BinaryImage, GrayImage, Rnade, Custom };

class CountingPageDriver {
public:
    CountingPageDriver()
        : page_(std::make_unique<ui::CountingPage>()) {
        page_->resize(1400, 900);
        page_->show();
    }

    ui::CountingPage& page() { return *page_; }

    template <typename T> T* find(const char* name) {
        T* child = page_->findChild<T*>(QString::fromLatin1(name));
        if (!child)
            qFatal("no child named %s", name);
        return child;
    }

    /// Picks a preset with the keyboard: Home goes to the first row, Down moves one row on.
    [[nodiscard]] bool choosePreset(PresetRow row) {
        auto* combo = find<QComboBox>("presetCombo");
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Home);
        for (int i = 0; i < row; ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        return combo->currentIndex() == static_cast<int>(row);
    }

    /// Selects the spin box's text, types `text` and presses Enter; false if it is disabled.
    [[nodiscard]] bool type(const char* spinName, const QString& text) {
        auto* spin = find<QAbstractSpinBox>(spinName);
        if (!spin->isEnabled())
            return false;
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, text);
        QTest::keyClick(spin, Qt::Key_Return);
        return true;
    }

    /// Picks the custom preset and types its shape. Arrowing down to "Custom" passes the other
    /// presets, and the custom image starts from the last one passed, so every field is typed.
    [[nodiscard]] bool chooseCustom(int width, int height, int channels, std::uint64_t levels) {
        return choosePreset(Custom) && type("widthSpin", QString::number(width)) &&
               type("heightSpin", QString::number(height)) &&
               type("channelsSpin", QString::number(channels)) &&
               type("levelsSpin", QString::number(levels));
    }

    /// Clicks the first cell of a factorization's table row.
    [[nodiscard]] bool clickRow(Factorization f) {
        auto* table = find<ui::CountTable>("countTable");
        const int row = static_cast<int>(f);
        const QRect cell = table->visualRect(table->model()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        return table->currentRow() == row;
    }

    /// Clicks the page's tab named `text`, as a student does to see that view.
    [[nodiscard]] bool openTab(const QString& text) {
        auto* tabs = find<QTabWidget>("countingTabs");
        QTabBar* bar = tabs->tabBar();
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->tabText(i) != text)
                continue;
            QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(i).center());
            return tabs->currentIndex() == i && tabs->currentWidget()->isVisible();
        }
        return false;
    }

    /// Waits until the page shows a result for this n, k (and m, when given) and nothing is
    /// still counting.
    [[nodiscard]] bool waitForQuery(std::uint64_t variables, std::uint64_t states,
                                    std::optional<std::uint64_t> order = std::nullopt) {
        return QTest::qWaitFor(
            [&] {
                const auto& shown = page_->shown();
                return shown && shown->query.variables == variables &&
                       shown->query.states == states &&
                       (!order || shown->query.markovOrder == *order) && quiet();
            },
            20000);
    }

    /// True when no count is running or waiting.
    bool quiet() { return find<QLabel>("countingStatus")->text().isEmpty(); }

    /// The exact digits in a row of the count table, and the text the cell shows.
    QString exactCount(Factorization f) {
        return find<ui::CountTable>("countTable")->exactDigits(f);
    }
    QString shownCount(Factorization f) {
        auto* table = find<ui::CountTable>("countTable");
        return table->item(static_cast<int>(f), ui::CountTable::CountColumn)->text();
    }

    QString message() {
        auto* label = find<QLabel>("inputMessage");
        return label->isVisible() ? label->text() : QString();
    }

private:
    std::unique_ptr<ui::CountingPage> page_;
};

} // namespace pixelchain::test
