#include "ui/pages/models/bits_per_dim_chart.h"

#include "ui/export/export_menu.h"
#include "ui/pages/models/model_style.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QPen>
#include <QVBoxLayout>
#include <QValueAxis>

namespace pixelchain::ui {
namespace {

constexpr int kTicks = 7; // every half bit from 0 to kAxisEnd
constexpr double kBarWidth = 0.7;

QFont pageFont(const QFont& base) {
    QFont f = base;
    f.setPointSize(ModelStyle::kFontPoints);
    return f;
}

} // namespace

BitsPerDimChart::BitsPerDimChart(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("bitsPerDimChart"));
    installExportMenu(this);
    auto* chart = new QChart;
    chart->setTitleFont(pageFont(font()));
    chart->legend()->hide();
    view_ = new QChartView(chart, this);
    view_->setObjectName(QStringLiteral("bitsPerDimChartView"));
    view_->setRenderHint(QPainter::Antialiasing);
    view_->setMinimumSize(480, 420);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);

    series_ = new QHorizontalStackedBarSeries;
    series_->setObjectName(QStringLiteral("bitsPerDimSeries"));
    series_->setBarWidth(kBarWidth);
    chart->addSeries(series_);
    names_ = new QBarCategoryAxis;
    names_->setObjectName(QStringLiteral("modelAxis"));
    values_ = new QValueAxis;
    values_->setObjectName(QStringLiteral("bitsPerDimAxis"));
    values_->setRange(0, kAxisEnd);
    values_->setTickCount(kTicks);
    values_->setLabelFormat(QStringLiteral("%.1f"));
    for (QAbstractAxis* axis :
         {static_cast<QAbstractAxis*>(names_), static_cast<QAbstractAxis*>(values_)}) {
        axis->setLabelsFont(pageFont(font()));
        axis->setTitleFont(pageFont(font()));
    }
    chart->addAxis(values_, Qt::AlignBottom);
    chart->addAxis(names_, Qt::AlignLeft);
    series_->attachAxis(values_);
    series_->attachAxis(names_);

    divider_ = new QGraphicsLineItem(chart);
    divider_->setPen(QPen(Qt::darkGray, 2, Qt::DashLine));
    divider_->setZValue(10);
    retranslate();
    connect(chart, &QChart::plotAreaChanged, this, [this] { placeLabels(); });
}

QChart* BitsPerDimChart::chart() const {
    return view_->chart();
}

void BitsPerDimChart::retranslate() {
    chart()->setTitle(tr("Test bits per dimension on dequantized MNIST (lower is better)"));
    view_->setAccessibleName(tr("Chart of test bits per dimension"));
    view_->setAccessibleDescription(
        tr("One horizontal bar per model, its length the test bits per dimension: the models "
           "trained here on top, the published figures below a dashed line. The table tab gives "
           "the same figures."));
    values_->setTitleText(tr("bits per dimension: −log₂ p(y) / 784 + 8"));
    for (qsizetype k = 0; k < labels_.size() && k < rows_.size(); ++k)
        labels_[k]->setText(labelText(rows_[k]));
    placeLabels();
}

QString BitsPerDimChart::labelText(const BitsPerDimRow& row) const {
    return row.published ? tr("%1 · published").arg(BitsPerDimRows::figure(row.bitsPerDim))
                         : tr("%1 · trained here").arg(BitsPerDimRows::figure(row.bitsPerDim));
}

void BitsPerDimChart::showRows(const QVector<BitsPerDimRow>& rows) {
    rows_ = rows;
    series_->clear(); // deletes the old sets
    bars_.clear();
    qDeleteAll(labels_);
    labels_.clear();
    // A category axis counts from the bottom: the first row goes last, to be drawn at the top.
    QStringList categories;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        categories << it->name;
    names_->clear();
    names_->append(categories);
    const auto n = rows.size();
    for (qsizetype k = 0; k < n; ++k) {
        const BitsPerDimRow& row = rows[k];
        auto* set = new QBarSet(row.name);
        // Stacked, each set is zero outside its own category: one bar per category, full width.
        for (qsizetype c = 0; c < n; ++c)
            set->append(c == n - 1 - k ? row.bitsPerDim : 0.0);
        if (row.published) {
            set->setBrush(QBrush(row.color, Qt::BDiagPattern));
            set->setPen(QPen(row.color, 2));
        } else {
            set->setBrush(row.color);
            set->setPen(QPen(Qt::black, 1));
        }
        series_->append(set);
        bars_.append(set);
        auto* label = new QGraphicsSimpleTextItem(labelText(row), chart());
        label->setFont(pageFont(font()));
        label->setZValue(11);
        labels_.append(label);
    }
    placeLabels();
}

void BitsPerDimChart::placeLabels() {
    const auto n = rows_.size();
    for (qsizetype k = 0; k < n && k < labels_.size(); ++k) {
        const double category = double(n - 1 - k);
        const QPointF end = chart()->mapToPosition(QPointF(rows_[k].bitsPerDim, category), series_);
        const QRectF box = labels_[k]->boundingRect();
        labels_[k]->setPos(end.x() + 8, end.y() - box.height() / 2);
    }
    // Between the last row trained here and the first published one, across the plot.
    qsizetype firstPublished = 0;
    while (firstPublished < n && !rows_[firstPublished].published)
        ++firstPublished;
    const bool both = firstPublished > 0 && firstPublished < n;
    divider_->setVisible(both);
    if (!both)
        return;
    const double between = double(n - 1 - firstPublished) + 0.5;
    const QPointF left = chart()->mapToPosition(QPointF(0, between), series_);
    const QPointF right = chart()->mapToPosition(QPointF(kAxisEnd, between), series_);
    divider_->setLine(QLineF(left, right));
}

void BitsPerDimChart::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pixelchain::ui
