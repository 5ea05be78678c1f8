#pragma once
// ModelTable: every measured model of the library (its parameter count and test NLL), then the
// full joint table fitted by maximum likelihood (test NLL infinite: it has never seen the test
// digits), then the published results with their configuration, their parameter count where the
// architecture gives it, and the binarization they were scored on. Rows of measured models are
// ordered by parameter count; they show the model's short name, its full description as a tooltip
// and its library id in the Source column.
#include "ui/adapters/model_library.h"
#include "ui/adapters/published_results.h"

#include <QTableWidget>

namespace pixelchain::ui {

class ModelTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column { Name, Parameters, TestNll, BitsPerPixel, Source, ColumnCount };

    explicit ModelTable(QWidget* parent = nullptr);

    /// Rebuilds the rows from `entries` (those without a test NLL are left out).
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
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    void addFullTableRow();
    void addRow(const QStringList& cells, const QColor& mark, bool italic, const QString& tip = {});
};

} // namespace pixelchain::ui
