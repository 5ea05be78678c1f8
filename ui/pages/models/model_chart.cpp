#include "ui/pages/models/model_chart.h"

#include "ui/export/export_menu.h"
#include "ui/pages/models/model_style.h"
#include "ui/pages/models/model_table.h"
#include "ui/pages/models/published_results.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace pixelchain::ui {
namespace {

constexpr double kMinParameters = 1e2, kMaxParameters = 1e9;
constexpr double kMinNll = 70, kMaxNll = 230;
constexpr int kNllTicks = 9;      // every 20 nats
constexpr int kLabelMargin = 250; // room right of the plot for the published labels

QFont pageFont(const QFont& base) {
    QFont f = base;
    f.setPointSize(ModelStyle::kFontPoints);
    return f;
}

} // namespace

ModelChart::ModelChart(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("modelsChart"));
    installExportMenu(this);
    auto* chart = new QChart;
    chart->setTitle(tr("Parameters against test NLL (lower is better)"));
    chart->setTitleFont(pageFont(font()));
    chart->legend()->hide();
    chart->setMargins(QMargins(8, 8, kLabelMargin, 8));
    view_ = new QChartView(chart, this);
    view_->setObjectName(QStringLiteral("modelsChartView"));
    view_->setRenderHint(QPainter::Antialiasing);
    view_->setMinimumSize(480, 360);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
    addAxes();
    addPublished();
    connect(chart, &QChart::plotAreaChanged, this, [this] { placePublishedLabels(); });
}

QChart* ModelChart::chart() const {
    return view_->chart();
}

void ModelChart::addAxes() {
    auto* x = new QLogValueAxis;
    x->setObjectName(QStringLiteral("parameterAxis"));
    x->setBase(10);
    x->setLabelFormat(QStringLiteral("%.0e"));
    x->setRange(kMinParameters, kMaxParameters);
    x->setTitleText(tr("parameters (log scale)"));
    auto* y = new QValueAxis;
    y->setObjectName(QStringLiteral("nllAxis"));
    y->setRange(kMinNll, kMaxNll);
    y->setTickCount(kNllTicks);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("test NLL (nats)"));
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(x), static_cast<QAbstractAxis*>(y)}) {
        axis->setLabelsFont(pageFont(font()));
        axis->setTitleFont(pageFont(font()));
    }
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
}

void ModelChart::attach(QScatterSeries* series) {
    chart()->addSeries(series);
    for (QAbstractAxis* axis : chart()->axes())
        series->attachAxis(axis);
}

void ModelChart::addPublished() {
    // A dashed line separates the models measured here from results whose size is not given.
    auto* divider = new QLineSeries;
    divider->setPen(QPen(Qt::darkGray, 2, Qt::DashLine));
    divider->append(kPublishedColumn / 4, kMinNll);
    divider->append(kPublishedColumn / 4, kMaxNll);
    divider->setPointLabelsVisible(false);
    chart()->addSeries(divider);
    for (QAbstractAxis* axis : chart()->axes())
        divider->attachAxis(axis);
    published_ = new QScatterSeries;
    published_->setObjectName(QStringLiteral("publishedSeries"));
    published_->setName(tr("published (parameters not given)"));
    published_->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    published_->setMarkerSize(14);
    published_->setColor(ModelStyle::publishedColor());
    published_->setBorderColor(Qt::black);
    for (const PublishedResult& r : PublishedResults::all()) {
        published_->append(kPublishedColumn, r.nll);
        auto* label = new QGraphicsSimpleTextItem(
            QStringLiteral("%1 %2").arg(r.name, ModelTable::nllText(r.nll)), chart());
        label->setFont(pageFont(font()));
        publishedLabels_.append(label);
    }
    attach(published_);
    auto* heading = new QGraphicsSimpleTextItem(tr("published →"), chart());
    heading->setFont(pageFont(font()));
    publishedLabels_.append(heading); // placed at the top of the column
    fullJoint_ = new QGraphicsSimpleTextItem(
        tr("Full joint: 2^784 − 1 ≈ 10^236 parameters,\nunreachable (far off to the right)"),
        chart());
    fullJoint_->setFont(pageFont(font()));
}

void ModelChart::showModels(const QVector<ModelEntry>& entries) {
    for (QScatterSeries* s : measured_) {
        chart()->removeSeries(s);
        delete s;
    }
    measured_.clear();
    for (const ModelEntry& e : entries) {
        if (!e.model || !std::isfinite(e.testNll))
            continue;
        auto* s = new QScatterSeries;
        s->setName(e.title);
        s->setMarkerSize(18);
        s->setColor(ModelStyle::color(e.model->kind()));
        s->setBorderColor(Qt::black);
        s->append(static_cast<double>(e.model->parameterCount()), e.testNll);
        s->setPointLabelsFormat(QStringLiteral("%1: %2").arg(ModelStyle::shortName(*e.model),
                                                             ModelTable::nllText(e.testNll)));
        s->setPointLabelsFont(pageFont(font()));
        s->setPointLabelsColor(Qt::black);
        s->setPointLabelsClipping(false);
        s->setPointLabelsVisible(true);
        attach(s);
        measured_.append(s);
    }
    placePublishedLabels();
}

void ModelChart::placePublishedLabels() {
    if (!published_ || publishedLabels_.isEmpty())
        return;
    const auto points = published_->points();
    QVector<int> order(points.size());
    for (int k = 0; k < order.size(); ++k)
        order[k] = k;
    // Highest NLL first. Each label starts level with its point, moves down just enough to clear
    // the one above; a second pass from the bottom lifts any that fell below the plot.
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return points[a].y() > points[b].y(); });
    const QRectF area = chart()->plotArea();
    QVector<double> tops(points.size());
    double nextTop = area.top();
    for (const int k : order) {
        const QPointF at = chart()->mapToPosition(points[k], published_);
        const double height = publishedLabels_[k]->boundingRect().height();
        tops[k] = std::max(at.y() - height / 2, nextTop);
        nextTop = tops[k] + height;
    }
    double limit = area.bottom();
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const double height = publishedLabels_[*it]->boundingRect().height();
        tops[*it] = std::min(tops[*it], limit - height);
        limit = tops[*it];
    }
    for (const int k : order) {
        const QPointF at = chart()->mapToPosition(points[k], published_);
        publishedLabels_[k]->setPos(at.x() + 14, tops[k]);
    }
    QGraphicsSimpleTextItem* heading = publishedLabels_.back();
    const QPointF column =
        chart()->mapToPosition(QPointF(kPublishedColumn / 4, kMaxNll), published_);
    heading->setPos(column.x() + 6, area.top() + 4);
    // Left of the divider, between the independent model (≈ 206) and the Markov chains (≈ 140):
    // no measured model lands there.
    const QRectF note = fullJoint_->boundingRect();
    const double below = chart()->mapToPosition(QPointF(kPublishedColumn, 192), published_).y();
    fullJoint_->setPos(column.x() - note.width() - 10, below);
}

} // namespace pixelchain::ui
