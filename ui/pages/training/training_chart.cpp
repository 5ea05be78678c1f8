#include "ui/pages/training/training_chart.h"

#include "ui/export/export_menu.h"

#include <QChart>
#include <QEvent>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace pixelchain::ui {
namespace {

const QColor kTrain(0, 114, 178);     // Okabe–Ito blue
const QColor kValidation(213, 94, 0); // Okabe–Ito vermillion
const QColor kShipped(0, 158, 115);   // Okabe–Ito bluish green
const QColor kPublished(85, 85, 85);  // dark grey

QFont withPoints(QFont font, double points) {
    font.setPointSizeF(points);
    return font;
}

/// The round step (1, 2 or 5 times a power of ten) nearest above `raw`.
double niceStep(double raw) {
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0})
        if (m * power >= raw * (1 - 1e-9))
            return m * power;
    return 10 * power;
}

} // namespace

TrainingChart::TrainingChart(QWidget* parent)
    : QChartView(parent)
    , shippedNll_(std::nan(""))
    , publishedNll_(std::nan(""))
    , train_(new QLineSeries)
    , validation_(new QLineSeries)
    , shipped_(new QLineSeries)
    , published_(new QLineSeries)
    , axisX_(new QValueAxis)
    , axisY_(new QValueAxis) {
    setObjectName(QStringLiteral("trainingChart"));
    installExportMenu(this);
    setRenderHint(QPainter::Antialiasing);
    auto* chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    train_->setPen(QPen(kTrain, 3));
    validation_->setPen(QPen(kValidation, 3, Qt::DashLine));
    validation_->setPointsVisible(true);
    shipped_->setPen(QPen(kShipped, 2.5, Qt::DashDotLine));
    published_->setPen(QPen(kPublished, 2.5, Qt::DotLine));
    for (QLineSeries* series : {train_, validation_, shipped_, published_})
        chart->addSeries(series);
    chart->addAxis(axisX_, Qt::AlignBottom);
    chart->addAxis(axisY_, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(axisX_);
        series->attachAxis(axisY_);
    }
    axisY_->setLabelFormat(QStringLiteral("%.0f"));
    const QFont base = font();
    for (QValueAxis* axis : {axisX_, axisY_}) {
        axis->setLabelsFont(withPoints(base, 12));
        axis->setTitleFont(withPoints(base, 13));
    }
    chart->legend()->setFont(withPoints(base, 12));
    // Beside the plot, one entry a line: a row on top cuts the names on a 1024-pixel projector.
    chart->legend()->setAlignment(Qt::AlignRight);
    QChart* placeholder = this->chart();
    setChart(chart);
    delete placeholder;
    retranslate();
    redraw();
}

void TrainingChart::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
}

void TrainingChart::retranslate() {
    train_->setName(tr("training NLL"));
    validation_->setName(tr("validation NLL"));
    shipped_->setName(tr("shipped NADE %1").arg(QLocale().toString(shippedNll_, 'f', 2)));
    published_->setName(tr("NADE paper %1*").arg(QLocale().toString(publishedNll_, 'f', 2)));
    axisY_->setTitleText(tr("NLL (nats)"));
    axisX_->setTitleText(axis_ == Axis::Images ? tr("training images seen (thousands)")
                                               : tr("wall time (seconds)"));
    setAccessibleName(tr("Learning curve"));
    describe();
}

// What a screen reader says of the curve: its axes and the latest figures, in words.
void TrainingChart::describe() {
    QString text = tr("Negative log-likelihood in nats against %1.").arg(axisX_->titleText());
    for (auto p = points_.crbegin(); p != points_.crend(); ++p)
        if (std::isfinite(p->report.validationNll)) {
            text +=
                QLatin1Char(' ') + tr("Latest validation NLL: %1 nats.")
                                       .arg(QLocale().toString(p->report.validationNll, 'f', 2));
            break;
        }
    if (std::isfinite(shippedNll_))
        text += QLatin1Char(' ') + shipped_->name() + QLatin1Char('.');
    setAccessibleDescription(text);
}

double TrainingChart::xOf(const TrainingPoint& point) const {
    return axis_ == Axis::Images ? double(point.report.imagesSeen) / 1000.0 : point.wallSeconds;
}

void TrainingChart::addPoint(const TrainingPoint& point) {
    points_.append(point);
    redraw();
}

void TrainingChart::clear() {
    points_.clear();
    redraw();
}

void TrainingChart::setAxis(Axis axis) {
    axis_ = axis;
    retranslate();
    redraw();
}

void TrainingChart::setReferences(double shippedNll, double publishedNll) {
    shippedNll_ = shippedNll;
    publishedNll_ = publishedNll;
    retranslate();
    redraw();
}

void TrainingChart::redraw() {
    QList<QPointF> train, validation;
    double low = INFINITY, high = -INFINITY, right = 1;
    for (const TrainingPoint& p : points_) {
        const double x = xOf(p);
        right = std::max(right, x);
        for (const double nll : {p.report.trainNll, p.report.validationNll})
            if (std::isfinite(nll)) {
                low = std::min(low, nll);
                high = std::max(high, nll);
            }
        // An epoch's own report averages the whole epoch, older weights included: the curve takes
        // the interim means, each over the images since the report before.
        if (p.report.interim && std::isfinite(p.report.trainNll))
            train.append({x, p.report.trainNll});
        if (std::isfinite(p.report.validationNll))
            validation.append({x, p.report.validationNll});
    }
    train_->replace(train);
    validation_->replace(validation);
    const auto reference = [&](QLineSeries* series, double nll) {
        series->setVisible(std::isfinite(nll));
        if (!std::isfinite(nll))
            return;
        series->replace({{0, nll}, {right, nll}});
        low = std::min(low, nll);
        high = std::max(high, nll);
    };
    reference(shipped_, shippedNll_);
    reference(published_, publishedNll_);
    if (!std::isfinite(low)) {
        low = 0;
        high = 1;
    }
    const double pad = std::max(1.0, 0.06 * (high - low));
    axisY_->setRange(std::floor(low - pad), std::ceil(high + pad));
    axisY_->applyNiceNumbers(); // round ticks: 80, 100, 120, not 77, 108, 139
    // Ticks at round steps (1, 2 or 5 times a power of ten), each label exactly its tick: evenly
    // split ticks printed to one decimal would read 0.25 as 0.3.
    const double step = niceStep(right / 4);
    axisX_->setTickType(QValueAxis::TicksDynamic);
    axisX_->setTickAnchor(0);
    axisX_->setTickInterval(step);
    axisX_->setRange(0, std::ceil(right / step - 1e-9) * step);
    const int decimals = std::max(0, int(-std::floor(std::log10(step) + 1e-9)));
    axisX_->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    describe();
}

} // namespace pixelchain::ui
