#include "ui/pages/counting/growth_chart.h"

#include "ui/export/export_menu.h"
#include "ui/pages/counting/factorization_style.h"
#include "ui/widgets/math_text.h"

#include <QCategoryAxis>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace pixelchain::ui {

using counting::Factorization;

GrowthChart::GrowthChart(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("growthChart"));
    auto* chart = new QChart;
    chart->setTitleFont(font());
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    view_ = new QChartView(chart, this);
    view_->setObjectName(QStringLiteral("growthChartView"));
    view_->setRenderHint(QPainter::Antialiasing);
    view_->setMinimumSize(360, 280);
    legend_ = new QLabel(this);
    legend_->setObjectName(QStringLiteral("growthChartLegend"));
    legend_->setWordWrap(true);
    legend_->setTextFormat(Qt::RichText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_, 1);
    layout->addWidget(legend_);
    buildSeries();
    buildAxes();
    retranslate();
    installExportMenu(this);
}

// The x axis names the current n: its title comes back with the page's next showResult().
void GrowthChart::retranslate() {
    chart()->setTitle(tr("Parameters as n grows"));
    for (const Factorization f : counting::kAllFactorizations)
        curves_[static_cast<std::size_t>(FactorizationStyle::row(f))]->setName(
            f == Factorization::ChainRule ? tr("Chain rule (= full joint)")
                                          : FactorizationStyle::shortName(f));
    yAxis_->setTitleText(tr("parameters (log scale)"));
    buildLegend();
}

QChart* GrowthChart::chart() const {
    return view_->chart();
}

// Each entry is a short stroke in the curve's colour ("╍" for the dashed chain rule) and its name.
void GrowthChart::buildLegend() {
    QStringList entries;
    for (const Factorization f : counting::kAllFactorizations) {
        const QString stroke = FactorizationStyle::lineStyle(f) == Qt::SolidLine
                                   ? QStringLiteral("━━")
                                   : QStringLiteral("╍╍");
        const QString name =
            curve(f)->name().toHtmlEscaped().replace(u' ', QStringLiteral("&nbsp;"));
        entries << QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>&nbsp;%3")
                       .arg(FactorizationStyle::color(f).name(), stroke, name);
    }
    legend_->setText(entries.join(QStringLiteral(" &nbsp; ")));
}

void GrowthChart::buildSeries() {
    for (const Factorization f : counting::kAllFactorizations) {
        auto* series = new QLineSeries(this);
        series->setObjectName(QString::fromLatin1(counting::key(f)));
        QPen pen(FactorizationStyle::color(f), 4, FactorizationStyle::lineStyle(f));
        series->setPen(pen);
        chart()->addSeries(series);
        curves_[static_cast<std::size_t>(FactorizationStyle::row(f))] = series;
    }
    currentLine_ = new QLineSeries(this);
    currentLine_->setObjectName(QStringLiteral("currentLine"));
    currentLine_->setPen(QPen(palette().color(QPalette::WindowText), 2, Qt::DashLine));
    marker_ = new QScatterSeries(this);
    marker_->setObjectName(QStringLiteral("currentMarker"));
    marker_->setMarkerSize(14);
    marker_->setColor(palette().color(QPalette::Base));
    marker_->setBorderColor(palette().color(QPalette::WindowText));
    chart()->addSeries(currentLine_);
    chart()->addSeries(marker_);
}

void GrowthChart::buildAxes() {
    xAxis_ = new QValueAxis(this);
    xAxis_->setLabelFormat(QStringLiteral("%.0f"));
    xAxis_->setLabelsFont(font());
    xAxis_->setTitleFont(font());
    yAxis_ = new QCategoryAxis(this);
    yAxis_->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    yAxis_->setLabelsFont(font());
    yAxis_->setTitleFont(font());
    chart()->addAxis(xAxis_, Qt::AlignBottom);
    chart()->addAxis(yAxis_, Qt::AlignLeft);
    for (QAbstractSeries* series : chart()->series()) {
        series->attachAxis(xAxis_);
        series->attachAxis(yAxis_);
    }
}

// Labels every `step` powers of ten, with step 1, 2 or 5 × 10^j so that at most six labels show.
void GrowthChart::updateVerticalAxis(double maxLog10) {
    const double top = std::max(1.0, std::ceil(maxLog10));
    double step = 1;
    for (double decade = 1; top / step > 6; decade *= 10) {
        for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
            step = factor * decade;
            if (top / step <= 6)
                break;
        }
    }
    const double end = std::ceil(top / step) * step;
    for (const QString& label : yAxis_->categoriesLabels())
        yAxis_->remove(label);
    yAxis_->setStartValue(0);
    for (double exponent = 0; exponent <= end + 0.5; exponent += step)
        yAxis_->append(math::powerOfTen(static_cast<long long>(exponent)), exponent);
    yAxis_->setRange(0, end);
}

void GrowthChart::showResult(const CountingResult& result) {
    double maxLog10 = 0;
    const auto n = static_cast<double>(result.query.variables);
    QList<QPointF> dots;
    for (std::size_t row = 0; row < kFactorizationCount; ++row) {
        curves_[row]->replace(result.growth[row]);
        for (const QPointF& point : result.growth[row])
            maxLog10 = std::max(maxLog10, point.y());
        dots.append(QPointF(n, result.counts[row].log10));
    }
    updateVerticalAxis(maxLog10);
    const auto upper = static_cast<double>(result.chartVariables);
    // Interval before range: the other order briefly lays out hundreds of ticks.
    xAxis_->setTickType(QValueAxis::TicksDynamic);
    xAxis_->setTickAnchor(0);
    xAxis_->setTickInterval(upper / 5);
    xAxis_->setRange(0, upper);
    xAxis_->setTitleText(tr("number of variables n (dashed: n = %1)")
                             .arg(math::groupDigits(QString::number(result.query.variables))));
    currentLine_->replace({QPointF(n, 0), QPointF(n, yAxis_->max())});
    marker_->replace(dots);
}

double GrowthChart::markedVariables() const {
    return currentLine_->count() > 0 ? currentLine_->at(0).x() : 0;
}

const QLineSeries* GrowthChart::curve(Factorization f) const {
    return curves_[static_cast<std::size_t>(FactorizationStyle::row(f))];
}

double GrowthChart::topExponent() const {
    return yAxis_->max();
}

void GrowthChart::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pixelchain::ui
