#pragma once
// The Counting page answers the class's first question, "why not just learn the whole joint
// distribution?", with numbers: for a coin, a die, a pixel or an image it counts the parameters of
// every factorization (table, per-factor breakdown, growth chart), draws the chosen factorization's
// graphical model for small n and writes its formula with the numbers substituted. The RNADE
// preset also sets RNADE's count beside the 256-level chain rule's (RnadeCountView).
//
// The controls stay in a column on the left; the answers share the rest of the page as tabs (the
// table, the growth chart, the factors, the chosen factorization's formula with every digit of its
// count, RNADE), so each view gets the whole height of a projector instead of the page scrolling.
// Where the count table would not fit beside the column, the controls fill a band of a few lines
// above the tabs instead.
//
// Counting runs off the UI thread (CountingTask); a query core would refuse shows an inline message
// and leaves the last good result on screen.
#include "ui/pages/counting/counting_result.h"

#include <QWidget>
#include <optional>

class QBoxLayout;
class QLabel;
class QTabWidget;

namespace pixelchain::ui {

class CountTable;
class CountingTask;
class ExactCountView;
class FactorBreakdown;
class FormulaView;
class GraphView;
class GrowthChart;
class PresetPicker;
class RnadeCountView;

class CountingPage : public QWidget {
    Q_OBJECT
public:
    explicit CountingPage(QWidget* parent = nullptr);

    /// The preset and query the controls hold (sessions and lessons store these).
    QString presetName() const;
    counting::CountQuery query() const;
    /// Shows a named preset with a query (see PresetPicker::show); false leaves the page as it was.
    bool showPreset(const QString& name, const counting::CountQuery& query);
    /// The factorization whose graph and formula are explained.
    counting::Factorization chosen() const;
    void choose(counting::Factorization f);

    QSize minimumSizeHint() const override;

    /// The result on screen, if any has arrived yet.
    const std::optional<CountingResult>& shown() const { return shown_; }

Q_SIGNALS:
    /// Emitted after a new result has been drawn.
    void resultShown();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    QWidget* buildSidebar();
    QTabWidget* buildTabs();
    /// The controls' column: a share of the page's width, never less than they need.
    int columnWidth() const;
    /// Puts the controls beside the tabs or above them, whichever lets the table fit.
    void arrange();
    void onQueryChanged(const counting::CountQuery& query);
    void showResult(const CountingResult& result);
    void showMessage(const QString& message);
    /// Shows RnadeCountView for the RNADE preset only, with the picker's RNADE.
    void showRnade();
    /// Shows why `query` cannot be counted (nullopt: nothing is wrong), in the current language.
    void showProblem(const std::optional<counting::CountQuery>& query, const QString& coreReason);
    void explainChosen();
    void drawGraph(counting::Factorization f);
    QString messageFor(const counting::CountQuery& query, const QString& coreReason) const;

    QBoxLayout* layout_ = nullptr;
    QBoxLayout* controlsRow_ = nullptr; ///< heading, controls and status
    QWidget* sidebar_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QWidget* rnadeTab_ = nullptr;
    int beforeRnade_ = 0; ///< the tab that was open before the RNADE preset opened its own
    PresetPicker* picker_ = nullptr;
    QLabel* message_ = nullptr;
    std::optional<counting::CountQuery> problem_; ///< the query message_ explains, if any
    QString problemReason_;
    QLabel* modelledHeading_ = nullptr;
    QLabel* factorsHeading_ = nullptr;
    QLabel* status_ = nullptr;
    CountTable* table_ = nullptr;
    ExactCountView* exact_ = nullptr;
    FactorBreakdown* breakdown_ = nullptr;
    GrowthChart* chart_ = nullptr;
    GraphView* graph_ = nullptr;
    QLabel* graphHeading_ = nullptr;
    FormulaView* formula_ = nullptr;
    RnadeCountView* rnade_ = nullptr;
    CountingTask* task_ = nullptr;
    std::optional<CountingResult> shown_;
};

} // namespace pixelchain::ui
