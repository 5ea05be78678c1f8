#pragma once
// ContinuousPanel: the Models page's section on greyscale digits. The RNADE and the independent
// mixtures trained here, measured in test bits per dimension on dequantized MNIST, beside the
// published figures (MADE, MADE MoG, MAF, Real NVP, Glow): a chart (BitsPerDimChart), the figures,
// their sources and their setups in a table each (BitsPerDimTable), and a note on the bits/dim at
// the bin centres, which is not comparable with any published figure, each in a tab of its own.
// Everything is read from the GreyModelLibrary and redrawn when its models change; without a
// library (nullptr) or without models, a line says that no greyscale models are loaded and only the
// published figures are shown.
#include "ui/pages/models/bits_per_dim_rows.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTabWidget;

namespace pixelchain::ui {

class BitsPerDimChart;
class BitsPerDimTable;
class GreyModelLibrary;

class ContinuousPanel : public QWidget {
    Q_OBJECT
public:
    explicit ContinuousPanel(GreyModelLibrary* models, QWidget* parent = nullptr);

    BitsPerDimChart* chart() const { return chart_; }
    /// The figures.
    BitsPerDimTable* table() const { return table_; }
    /// Where each figure comes from.
    BitsPerDimTable* sources() const { return sources_; }
    /// How each figure was measured.
    BitsPerDimTable* setups() const { return setups_; }
    /// "No greyscale models are loaded": shown only when the library gives none.
    QLabel* missing() const { return missing_; }
    QLabel* binCentreNote() const { return binCentreNote_; }
    /// The views of the section: the chart, the figures, the sources, the setups, and how the
    /// figures were measured.
    QTabWidget* views() const { return views_; }
    /// The rows drawn now: the library's models, then the published figures.
    const QVector<BitsPerDimRow>& rows() const { return rows_; }

    /// Why the bits/dim at the bin centres is not comparable with the published figures.
    static QString binCentreText();

protected:
    void changeEvent(QEvent* event) override;

private:
    void setStaticTexts();
    void refresh();

    QPointer<GreyModelLibrary> models_;
    QVector<BitsPerDimRow> rows_;
    QLabel* intro_ = nullptr;
    QLabel* missing_ = nullptr;
    BitsPerDimChart* chart_ = nullptr;
    BitsPerDimTable* table_ = nullptr;
    BitsPerDimTable* sources_ = nullptr;
    BitsPerDimTable* setups_ = nullptr;
    QLabel* binCentreNote_ = nullptr;
    QTabWidget* views_ = nullptr;
};

} // namespace pixelchain::ui
