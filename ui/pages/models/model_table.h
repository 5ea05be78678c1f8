#pragma once
// ModelTable: one part of the comparison in figures, a table each, so that a projector shows each
// whole without scrolling.
// - Measured: every measured model of the library (its parameter count and test NLL), ordered by
//   parameter count, then the full joint table fitted by maximum likelihood (test NLL infinite:
//   it has never seen the test digits). A row shows the model's short name, its full description
//   as a tooltip, and in the Source column how long it trained and its library id.
// - Published: the published results with their configuration, their parameter count where the
//   architecture gives it, and who published them.
// What both parts were scored on (a binarization of the test digits) is said once, above each.
// The columns share the table's width (FittedTable): the long texts wrap rather than scroll.
#include "ui/adapters/model_library.h"
#include "ui/adapters/published_results.h"
#include "ui/pages/models/fitted_table.h"

namespace pixelchain::ui {

class ModelTable : public FittedTable {
    Q_OBJECT
public:
    enum Column { Name, Parameters, TestNll, BitsPerPixel, Source, ColumnCount };

    enum class Part { Measured, Published };

    explicit ModelTable(Part part, QWidget* parent = nullptr);

    Part part() const { return part_; }
    /// Rebuilds the rows: the measured part from `entries` (those without a test NLL are left
    /// out), the published part from PublishedResults.
    void showModels(const QVector<ModelEntry>& entries);

    /// The parameter count and NLL as this table writes them (locale-aware).
    static QString parameterText(std::uint64_t count);
    static QString nllText(double nll);
    /// "MADE (2 hidden layers, 32 masks)": the name with the configuration that was scored.
    static QString publishedName(const PublishedResult& result);
    /// A count in full with digit groups, or in scientific notation when it is huge.
    static QString countText(const counting::ParameterCount& count);

    /// Room for every row and column (a stacked layout then shows the table unscrolled).
    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;
    QStringList headerTitles() const override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    void addMeasuredRows(const QVector<ModelEntry>& entries);
    void addPublishedRows();
    void addFullTableRow();
    void addRow(const QStringList& cells, const QColor& mark, bool italic, const QString& tip = {});

    Part part_;
};

} // namespace pixelchain::ui
