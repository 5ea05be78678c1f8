#include "ui/pages/density/likelihood_chart.h"

#include "core/stats/percentiles.h"
#include "ui/export/export_menu.h"

#include <QAreaSeries>
#include <QChart>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace pixelchain::ui {
namespace {

constexpr int kBins = 28;
// The axis reaches at most this many histogram widths beyond the test digits on either side, so
// one wild scribble does not squash the histogram into a sliver.
constexpr double kReach = 0.75;
const QColor kBars(86, 180, 233);   // Okabe–Ito sky blue
const QColor kBarEdge(0, 114, 178); // Okabe–Ito blue
const QColor kDrawing(213, 94, 0);  // Okabe–Ito vermillion
const QColor kThreshold(60, 60, 60);

QFont withPoints(QFont font, double points, bool bold = false) {
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

} // namespace

LikelihoodChart::LikelihoodChart(QWidget* parent)
    : QChartView(parent)
    , outline_(new QLineSeries)
    , drawing_(new QLineSeries)
    , threshold_(new QLineSeries)
    , axisX_(new QValueAxis)
    , axisY_(new QValueAxis) {
    setObjectName(QStringLiteral("likelihoodChart"));
    installExportMenu(this);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(kMinimumHeight);
    auto* chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    // The chart's own layout keeps an empty band around the legend and the axes: on a projector
    // that height is the plot's.
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    area_ = new QAreaSeries(outline_);
    outline_->setParent(area_); // an area series does not own the line it fills under
    area_->setBrush(kBars);
    area_->setPen(QPen(kBarEdge, 1.5));
    drawing_->setPen(QPen(kDrawing, 5));
    threshold_->setPen(QPen(kThreshold, 2.5, Qt::DashLine));
    for (QAbstractSeries* series :
         {static_cast<QAbstractSeries*>(area_), static_cast<QAbstractSeries*>(threshold_),
          static_cast<QAbstractSeries*>(drawing_)})
        chart->addSeries(series);
    chart->addAxis(axisX_, Qt::AlignBottom);
    chart->addAxis(axisY_, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(axisX_);
        series->attachAxis(axisY_);
    }
    axisX_->setLabelFormat(QStringLiteral("%.0f"));
    axisY_->setLabelFormat(QStringLiteral("%.0f"));
    const QFont base = font();
    for (QValueAxis* axis : {axisX_, axisY_}) {
        axis->setLabelsFont(withPoints(base, 12));
        axis->setTitleFont(withPoints(base, 13));
    }
    chart->legend()->setFont(withPoints(base, 13));
    chart->legend()->setAlignment(Qt::AlignTop);
    // QChartView(parent) made a chart of its own; setChart() releases it without deleting it.
    QChart* placeholder = this->chart();
    setChart(chart);
    delete placeholder;
    retranslate();
}

// The drawing's line is named by showDrawing(), which the page calls again after a switch.
void LikelihoodChart::retranslate() {
    area_->setName(tr("real test digits"));
    threshold_->setName(tr("threshold"));
    axisX_->setTitleText(tr("log p(x) in nats  (→ more probable)"));
    axisY_->setTitleText(tr("% of test digits"));
    chart()->setTitle(quantiles_.empty() ? tr("This model file carries no test-set scores.")
                                         : QString());
    setAccessibleName(tr("Histogram of log p(x) over the real test digits"));
    describe();
}

// A screen reader hears what the picture shows: where the drawing and the threshold stand.
void LikelihoodChart::describe() {
    const QLocale locale;
    const double threshold = thresholdPosition();
    QString text = tr("How many test digits have each log p(x), in nats; your drawing is marked "
                      "at %1 nats.")
                       .arg(locale.toString(marker_, 'f', 1));
    if (std::isfinite(threshold))
        text +=
            QLatin1Char(' ') +
            tr("The dashed threshold line is at %1 nats.").arg(locale.toString(threshold, 'f', 1));
    setAccessibleDescription(text);
}

void LikelihoodChart::setQuantiles(std::vector<double> quantiles) {
    quantiles_ =
        quantiles.size() == stats::kPercentileCount ? std::move(quantiles) : std::vector<double>{};
    retranslate();
    drawHistogram();
}

void LikelihoodChart::drawHistogram() {
    QList<QPointF> points;
    top_ = 1;
    if (!quantiles_.empty()) {
        // Share of test digits in each bin = difference of the cumulative percentages at its edges.
        const double low = quantiles_.front(), high = quantiles_.back();
        const double width = (high - low) / kBins;
        points.append({low, 0});
        double previous = 0;
        for (int k = 1; k <= kBins; ++k) {
            const double edge = low + k * width;
            const double cumulative = k == kBins ? 100 : stats::percentileOf(quantiles_, edge);
            const double share = cumulative - previous;
            previous = cumulative;
            points.append({edge - width, share});
            points.append({edge, share});
            top_ = std::max(top_, share);
        }
        points.append({high, 0});
    }
    outline_->replace(points);
    axisY_->setRange(0, std::ceil(top_ * 1.15));
    area_->setVisible(!quantiles_.empty());
}

void LikelihoodChart::placeVerticalLine(QLineSeries* line, double x) const {
    line->replace(QList<QPointF>{{x, 0}, {x, std::ceil(top_ * 1.15)}});
}

double LikelihoodChart::thresholdPosition() const {
    return threshold_->count() > 0 ? threshold_->at(0).x() : std::nan("");
}

void LikelihoodChart::showDrawing(double logProb, double thresholdLogProb) {
    double low = logProb - 1, high = logProb + 1;
    if (!quantiles_.empty()) {
        const double span = quantiles_.back() - quantiles_.front();
        low = std::max(std::min(quantiles_.front(), logProb), quantiles_.front() - kReach * span);
        high = std::min(std::max(quantiles_.back(), logProb), quantiles_.back() + kReach * span);
        const double pad = 0.03 * (high - low);
        low -= pad;
        high += pad;
    }
    axisX_->setRange(low, high);
    marker_ = std::isfinite(logProb) ? std::clamp(logProb, low, high) : low;
    const bool offScale = marker_ != logProb;
    drawing_->setName(
        offScale
            ? tr("your drawing: %1 nats (off the scale)").arg(QLocale().toString(logProb, 'f', 1))
            : tr("your drawing"));
    placeVerticalLine(drawing_, marker_);
    threshold_->setVisible(!quantiles_.empty());
    if (!quantiles_.empty())
        placeVerticalLine(threshold_, thresholdLogProb);
    describe();
}

void LikelihoodChart::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
}

} // namespace pixelchain::ui
