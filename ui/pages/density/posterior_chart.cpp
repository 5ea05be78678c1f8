#include "ui/pages/density/posterior_chart.h"

#include "core/models/class_conditional.h"
#include "ui/export/export_menu.h"

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QLegend>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace pixelchain::ui {
namespace {

const QColor kOthers(86, 180, 233); // Okabe–Ito sky blue
const QColor kOthersEdge(0, 114, 178);
const QColor kTop(213, 94, 0); // Okabe–Ito vermillion

QFont withPoints(QFont font, double points) {
    font.setPointSizeF(points);
    return font;
}

} // namespace

PosteriorChart::PosteriorChart(QWidget* parent)
    : QChartView(parent)
    , others_(new QBarSet(QString()))
    , top_(new QBarSet(QString()))
    , axisX_(new QBarCategoryAxis)
    , axisY_(new QValueAxis) {
    setObjectName(QStringLiteral("posteriorChart"));
    installExportMenu(this);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(kMinimumHeight);
    auto* chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    others_->setColor(kOthers);
    others_->setBorderColor(kOthersEdge);
    top_->setColor(kTop);
    top_->setBorderColor(kTop.darker(130));
    // Stacked, one set is 0 wherever the other has the bar: each digit shows one bar of one colour.
    auto* series = new QStackedBarSeries;
    series->append(others_);
    series->append(top_);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    QStringList digits;
    for (int y = 0; y < kDigitClasses; ++y)
        digits.append(QLocale().toString(y));
    axisX_->setCategories(digits);
    axisY_->setRange(0, 1);
    axisY_->setTickCount(6);
    axisY_->setLabelFormat(QStringLiteral("%.1f"));
    chart->addAxis(axisX_, Qt::AlignBottom);
    chart->addAxis(axisY_, Qt::AlignLeft);
    series->attachAxis(axisX_);
    series->attachAxis(axisY_);
    const QFont base = font();
    for (QAbstractAxis* axis :
         {static_cast<QAbstractAxis*>(axisX_), static_cast<QAbstractAxis*>(axisY_)}) {
        axis->setLabelsFont(withPoints(base, 12));
        axis->setTitleFont(withPoints(base, 13));
    }
    chart->legend()->setFont(withPoints(base, 13));
    chart->legend()->setAlignment(Qt::AlignTop);
    // The legend names only the highlighted bar; the axis says what every bar is.
    for (QLegendMarker* marker : chart->legend()->markers(series))
        marker->setVisible(static_cast<QBarLegendMarker*>(marker)->barset() == top_);
    // QChartView(parent) made a chart of its own; setChart() releases it without deleting it.
    QChart* placeholder = this->chart();
    setChart(chart);
    delete placeholder;
    retranslate();
}

void PosteriorChart::retranslate() {
    others_->setLabel(tr("p(y | x)"));
    axisY_->setTitleText(tr("p(y | x)"));
    top_->setLabel(highlighted_ < 0
                       ? tr("most probable")
                       : tr("most probable: %1").arg(QLocale().toString(highlighted_)));
    axisX_->setTitleText(tr("digit y"));
    setAccessibleName(tr("Posterior p(y | x) of each digit"));
    setAccessibleDescription(
        highlighted_ < 0
            ? tr("Ten bars, one per digit; nothing is judged.")
            : tr("Ten bars, one per digit; the most probable digit is %1, p(%1 | x) = %2.")
                  .arg(QLocale().toString(highlighted_),
                       QLocale().toString(others_->at(highlighted_) + top_->at(highlighted_), 'f',
                                          3)));
}

void PosteriorChart::showPosterior(const std::vector<double>& posterior, int label) {
    QList<qreal> others, top;
    for (std::size_t y = 0; y < posterior.size(); ++y) {
        const bool isTop = int(y) == label;
        others.append(isTop ? 0.0 : posterior[y]);
        top.append(isTop ? posterior[y] : 0.0);
    }
    others_->remove(0, others_->count());
    top_->remove(0, top_->count());
    others_->append(others);
    top_->append(top);
    highlighted_ = posterior.empty() ? -1 : label;
    retranslate();
}

std::vector<double> PosteriorChart::posterior() const {
    std::vector<double> values;
    for (int y = 0; y < others_->count(); ++y)
        values.push_back(others_->at(y) + top_->at(y));
    return values;
}

void PosteriorChart::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
}

} // namespace pixelchain::ui
