#include "ui/pages/sampling/mixture_plot.h"

#include "ui/export/export_menu.h"
#include "ui/pages/sampling/sampling_numbers.h"

#include <QChart>
#include <QEvent>
#include <QFontMetrics>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QResizeEvent>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace pixelchain::ui {
namespace {

constexpr int kEvenSteps = 400;
/// Points at μ_k + c·s_k: the peak, its shoulders and its tails.
constexpr double kOffsets[] = {-4, -3, -2, -1.5, -1, -0.6, -0.3, 0, 0.3, 0.6, 1, 1.5, 2, 3, 4};
/// Decades of density the axis shows below its top.
constexpr double kDecades = 5;

// Okabe–Ito: the sum in blue, its parts in orange, the draw in black (told apart by width and
// dash as well as by colour).
const QColor kSum(0, 114, 178);
const QColor kComponent(230, 159, 0);
const QColor kDrawn(0, 0, 0);

QFont withPoints(QFont font, double points, bool bold = false) {
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

std::vector<double> evaluationGrid(const GaussianMixture& mixture) {
    std::vector<double> ys;
    ys.reserve(kEvenSteps + 1 + std::size(kOffsets) * std::size_t(mixture.components()));
    for (int i = 0; i <= kEvenSteps; ++i)
        ys.push_back(double(i) / kEvenSteps);
    for (int k = 0; k < mixture.components(); ++k)
        for (const double c : kOffsets) {
            const double y = mixture.means[std::size_t(k)] + c * mixture.scales[std::size_t(k)];
            if (y > 0 && y < 1)
                ys.push_back(y);
        }
    std::sort(ys.begin(), ys.end());
    ys.erase(std::unique(ys.begin(), ys.end()), ys.end());
    return ys;
}

} // namespace

MixturePlot::MixturePlot(QWidget* parent)
    : QChartView(parent)
    , sum_(new QLineSeries)
    , drawn_(new QLineSeries)
    , axisX_(new QValueAxis)
    , axisY_(new QLogValueAxis) {
    setObjectName(QStringLiteral("mixturePlot"));
    installExportMenu(this);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(kMinimumHeight);
    auto* chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    sum_->setPen(QPen(kSum, 4.5));
    drawn_->setPen(QPen(kDrawn, 2.5, Qt::DashLine));
    chart->addSeries(sum_);
    chart->addSeries(drawn_);
    chart->addAxis(axisX_, Qt::AlignBottom);
    chart->addAxis(axisY_, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(axisX_);
        series->attachAxis(axisY_);
    }
    axisX_->setRange(0, 1);
    axisX_->setTickCount(6);
    axisX_->setLabelFormat(QStringLiteral("%.1f"));
    axisY_->setBase(10);
    axisY_->setLabelFormat(QStringLiteral("%g"));
    axisY_->setMinorTickCount(0);
    axisY_->setRange(std::pow(10.0, -kDecades), 1);
    const QFont base = font();
    for (QAbstractAxis* axis :
         {static_cast<QAbstractAxis*>(axisX_), static_cast<QAbstractAxis*>(axisY_)}) {
        axis->setLabelsFont(withPoints(base, 13));
        axis->setTitleFont(withPoints(base, 13));
    }
    chart->legend()->setFont(withPoints(base, 13));
    chart->legend()->setAlignment(Qt::AlignTop);
    drawnLabel_ = new QGraphicsSimpleTextItem(chart);
    drawnLabel_->setFont(withPoints(base, 15, true));
    drawnLabel_->setBrush(kDrawn);
    drawnLabel_->setZValue(10);
    connect(chart, &QChart::plotAreaChanged, this, [this] { placeDrawnLabel(); });
    // QChartView(parent) made a chart of its own; setChart() releases it without deleting it.
    QChart* placeholder = this->chart();
    setChart(chart);
    delete placeholder;
    retranslate();
    showNothing();
}

void MixturePlot::retranslate() {
    sum_->setName(tr("sum p(y)"));
    drawn_->setName(tr("drawn y"));
    if (!components_.empty())
        components_.front()->setName(componentsName());
    axisX_->setTitleText(tr("grey value y  (0 black, 1 white)"));
    axisY_->setTitleText(tr("density p(y), log scale"));
}

QString MixturePlot::componentsName() {
    return tr("components πₖ N(μₖ, sₖ²)");
}

QSize MixturePlot::neededSize(Qt::Alignment legend) const {
    const QFontMetrics names(chart()->legend()->font());
    const QFontMetrics title(axisX_->titleFont());
    const QFontMetrics ticks(axisY_->labelsFont());
    // Each legend entry: its marker, its name and the room around them. Every entry counts,
    // the drawn y's too, which appears with the first draw: the size must not change then.
    int row = 0, column = 0;
    for (const QString& name : {componentsName(), sum_->name(), drawn_->name()}) {
        const int entry = names.horizontalAdvance(name) + 2 * names.height();
        row += entry;
        column = std::max(column, entry);
    }
    const int entry = 2 * names.height();
    const int gap = names.height(); // between the legend and the plot, and around the plot
    // Left of the plot area the y axis's tick labels and its title; below it the x axis's.
    const int yAxis = ticks.horizontalAdvance(QStringLiteral("0.0001")) + 2 * title.height();
    const int xAxis = 2 * ticks.height() + 2 * title.height();
    // The plot area is as wide as the x axis's title and as tall as the y axis's.
    const int wide = title.horizontalAdvance(axisX_->titleText());
    const int tall = title.horizontalAdvance(axisY_->titleText());
    const QMargins m = chart()->margins();
    const QSize around(m.left() + m.right() + 2 * frameWidth(),
                       m.top() + m.bottom() + 2 * frameWidth());
    if (legend == Qt::AlignTop)
        return QSize(std::max(row, yAxis + wide), entry + gap + tall + xAxis) + around;
    return QSize(yAxis + wide + 2 * gap + column, std::max(tall, 3 * entry) + gap + xAxis) + around;
}

bool MixturePlot::fits(QSize size) const {
    for (const Qt::Alignment legend : {Qt::AlignTop, Qt::AlignRight}) {
        const QSize needed = neededSize(legend);
        if (size.width() >= needed.width() && size.height() >= needed.height())
            return true;
    }
    return false;
}

void MixturePlot::placeLegend() {
    const QSize top = neededSize(Qt::AlignTop);
    const bool above = width() >= top.width() && height() >= top.height();
    const Qt::Alignment place = above || !fits(size()) ? Qt::AlignTop : Qt::AlignRight;
    if (chart()->legend()->alignment() != place)
        chart()->legend()->setAlignment(place);
}

void MixturePlot::resizeEvent(QResizeEvent* event) {
    placeLegend();
    QChartView::resizeEvent(event);
}

void MixturePlot::ensureComponents(int count) {
    if (int(components_.size()) >= count)
        return;
    while (int(components_.size()) < count) {
        auto* series = new QLineSeries;
        series->setPen(QPen(kComponent, 2));
        chart()->addSeries(series);
        series->attachAxis(axisX_);
        series->attachAxis(axisY_);
        // One legend entry speaks for every component: they all look alike.
        const bool first = components_.empty();
        for (QLegendMarker* marker : chart()->legend()->markers(series))
            marker->setVisible(first);
        components_.push_back(series);
    }
    // The sum and the draw stay above the components: Qt Charts draws the series added last on
    // top, so they are added again.
    for (QLineSeries* series : {sum_, drawn_}) {
        chart()->removeSeries(series);
        chart()->addSeries(series);
        series->attachAxis(axisX_);
        series->attachAxis(axisY_);
    }
    retranslate();
}

void MixturePlot::showNothing() {
    grid_.clear();
    shownComponents_ = 0;
    for (QLineSeries* series : components_) {
        series->clear();
        series->setVisible(false);
    }
    sum_->clear();
    drawn_->clear();
    drawn_->setVisible(false);
    drawnLabel_->setVisible(false);
}

void MixturePlot::showMixture(const GaussianMixture& mixture, std::optional<double> drawn) {
    ensureComponents(mixture.components());
    grid_ = evaluationGrid(mixture);
    double peak = 0;
    std::vector<double> sums(grid_.size());
    for (std::size_t i = 0; i < grid_.size(); ++i) {
        sums[i] = mixture.density(grid_[i]);
        peak = std::max(peak, sums[i]);
    }
    // The top is the next power of ten above the peak (at least 1); the axis spans kDecades.
    const double top = std::pow(10.0, std::max(0.0, std::ceil(std::log10(peak * 1.05))));
    const double bottom = top * std::pow(10.0, -kDecades);
    floor_ = bottom * 1e-3;
    axisY_->setRange(bottom, top);
    const auto onAxis = [this](double density) { return std::max(density, floor_); };

    shownComponents_ = mixture.components();
    for (int k = 0; k < int(components_.size()); ++k) {
        QLineSeries* series = components_[std::size_t(k)];
        series->setVisible(k < shownComponents_);
        if (k >= shownComponents_) {
            series->clear();
            continue;
        }
        QList<QPointF> points;
        points.reserve(qsizetype(grid_.size()));
        for (const double y : grid_)
            points.append({y, onAxis(mixture.componentDensity(k, y))});
        series->replace(points);
    }
    QList<QPointF> points;
    points.reserve(qsizetype(grid_.size()));
    for (std::size_t i = 0; i < grid_.size(); ++i)
        points.append({grid_[i], onAxis(sums[i])});
    sum_->replace(points);

    drawn_->setVisible(drawn.has_value());
    drawnLabel_->setVisible(drawn.has_value());
    if (drawn) {
        const double x = std::clamp(*drawn, 0.0, 1.0);
        drawn_->replace(QList<QPointF>{{x, bottom}, {x, top}});
        drawnLabel_->setText(QStringLiteral("y = %1").arg(SamplingNumbers::fixed(*drawn, 3)));
        placeDrawnLabel();
    } else {
        drawn_->clear();
    }
}

double MixturePlot::drawnPosition() const {
    return drawn_->count() > 0 && drawn_->isVisible() ? drawn_->at(0).x() : std::nan("");
}

QString MixturePlot::drawnText() const {
    return drawnLabel_->isVisible() ? drawnLabel_->text() : QString();
}

// The number stands beside the top of its line, on whichever side has room.
void MixturePlot::placeDrawnLabel() {
    if (drawn_->count() < 2)
        return;
    const QRectF area = chart()->plotArea();
    const QPointF top = chart()->mapToPosition(drawn_->at(1), drawn_);
    const QRectF box = drawnLabel_->boundingRect();
    const double gap = 6;
    double x = top.x() + gap;
    if (x + box.width() > area.right())
        x = top.x() - gap - box.width();
    drawnLabel_->setPos(x, area.top() + gap);
}

void MixturePlot::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        placeLegend();
}

} // namespace pixelchain::ui
