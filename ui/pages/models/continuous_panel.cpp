#include "ui/pages/models/continuous_panel.h"

#include "ui/adapters/grey_model_library.h"
#include "ui/pages/models/bits_per_dim_chart.h"
#include "ui/pages/models/bits_per_dim_table.h"
#include "ui/pages/models/view_tabs.h"
#include "ui/widgets/open_tab_sizing.h"

#include <QEvent>
#include <QLabel>
#include <QTabBar>
#include <QVBoxLayout>

namespace pixelchain::ui {
namespace {

QLabel* wrapping(const QString& objectName, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

} // namespace

ContinuousPanel::ContinuousPanel(GreyModelLibrary* models, QWidget* parent)
    : QWidget(parent)
    , models_(models) {
    setObjectName(QStringLiteral("continuousPanel"));
    intro_ = wrapping(QStringLiteral("continuousIntro"), this);
    missing_ = wrapping(QStringLiteral("noGreyModels"), this);
    missing_->setMargin(8);
    missing_->setStyleSheet(QStringLiteral("QLabel { border: 3px solid #D55E00; }"));
    chart_ = new BitsPerDimChart(this);
    table_ = new BitsPerDimTable(BitsPerDimTable::View::Figures, this);
    sources_ = new BitsPerDimTable(BitsPerDimTable::View::Sources, this);
    setups_ = new BitsPerDimTable(BitsPerDimTable::View::Setups, this);
    binCentreNote_ = wrapping(QStringLiteral("binCentreNote"), this);
    binCentreNote_->setMargin(6);
    binCentreNote_->setFrameShape(QFrame::StyledPanel);

    // Five views, each with the whole height: the chart (under the line that says when no model
    // is loaded), the figures, the sources, the setups, and how the figures were measured. The
    // texts of a source and a setup run to two hundred characters: side by side in one table,
    // seven rows of them would not fit a projector's screen.
    auto* charted = new QWidget(this);
    auto* chartedLayout = new QVBoxLayout(charted);
    chartedLayout->setContentsMargins(0, 0, 0, 0);
    chartedLayout->addWidget(missing_);
    chartedLayout->addWidget(chart_, 1);
    auto* measured = new QWidget(this);
    auto* measuredLayout = new QVBoxLayout(measured);
    measuredLayout->addWidget(intro_);
    measuredLayout->addWidget(binCentreNote_);
    measuredLayout->addStretch(1);
    views_ = makeViewTabs(QStringLiteral("continuousTabs"), this);
    views_->addTab(charted, QString());
    views_->addTab(table_, QString());
    views_->addTab(sources_, QString());
    views_->addTab(setups_, QString());
    views_->addTab(measured, QString());
    sizeByOpenTab(views_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(views_);

    if (models_)
        connect(models_, &GreyModelLibrary::entriesChanged, this, &ContinuousPanel::refresh);
    setStaticTexts();
    refresh();
}

void ContinuousPanel::setStaticTexts() {
    intro_->setText(
        tr("Greyscale digits are measured the way published work measures them: each 8-bit "
           "pixel value v becomes y = (v + u) / 256 with noise u drawn uniformly from [0, 1), and "
           "a model scores −log₂ p(y) / 784 + 8 bits per dimension on the test digits. Lower is "
           "better. The RNADE and the independent mixtures were trained here; the published "
           "figures (hatched) come from deeper models and other setups, and the Setups tab says "
           "how each was measured."));
    missing_->setText(tr("No greyscale models are loaded: only the published figures are shown."));
    binCentreNote_->setText(binCentreText());
    views_->setTabText(0, tr("Chart"));
    views_->setTabText(1, tr("Table"));
    views_->setTabText(2, tr("Sources"));
    views_->setTabText(3, tr("Setups"));
    views_->setTabText(4, tr("How it is measured"));
    views_->tabBar()->setAccessibleName(tr("Views of the bits per dimension"));
}

QString ContinuousPanel::binCentreText() {
    return tr(
        "<b>At the bin centres</b> every pixel is scored at u = ½, as the Density page "
        "scores a drawing. That is not a random dequantization, and the figure is not "
        "comparable with the published ones. With u drawn at random, log p is averaged over "
        "the whole bin of each grey level, and by Jensen's inequality the bits per dimension "
        "that result are at least the bits of the 8-bit digits themselves: the figure is an "
        "upper bound on what the digits cost, which is why the literature reports it. One point "
        "per bin bounds nothing: a density peaked on the 256 grey levels scores far better "
        "at their centres than across their bins.");
}

void ContinuousPanel::refresh() {
    const QVector<GreyModelEntry> none;
    const QVector<GreyModelEntry>& entries = models_ ? models_->entries() : none;
    rows_ = BitsPerDimRows::build(entries);
    bool any = false;
    for (const BitsPerDimRow& row : rows_)
        any = any || !row.published;
    missing_->setVisible(!any);
    chart_->showRows(rows_);
    table_->showRows(rows_);
    sources_->showRows(rows_);
    setups_->showRows(rows_);
}

// The rows name the models and cite the papers in words: they are built again.
void ContinuousPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        setStaticTexts();
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace pixelchain::ui
