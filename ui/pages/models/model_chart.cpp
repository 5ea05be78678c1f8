#include "ui/pages/models/model_chart.h"

#include "ui/adapters/model_names.h"
#include "ui/adapters/published_results.h"
#include "ui/export/export_menu.h"
#include "ui/pages/models/model_style.h"
#include "ui/pages/models/model_table.h"
#include "ui/widgets/label_placer.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace pixelchain::ui {
namespace {

// Room below the best NLL (PixelCNN's 81.3) for the labels of the best models.
constexpr double kMinNll = 60, kMaxNll = 220;
constexpr int kNllTicks = 9; // every 20 nats
constexpr double kAxisStart = ModelChart::kMinDecade - 0.35, kAxisEnd = 7.3;
constexpr int kMeasuredMarker = 18, kPublishedMarker = 14;

QFont pageFont(const QFont& base) {
    QFont f = base;
    f.setPointSize(ModelStyle::kFontPoints);
    return f;
}

/// "10²": a power of ten with a superscript exponent, short enough for every tick.
QString powerOfTen(int exponent) {
    static const char16_t digits[] = u"⁰¹²³⁴⁵⁶⁷⁸⁹";
    QString out = QStringLiteral("10");
    for (const QChar c : QString::number(exponent))
        out += QChar(digits[c.digitValue()]);
    return out;
}

QRectF around(QPointF centre, double size) {
    return QRectF(centre.x() - size / 2, centre.y() - size / 2, size, size);
}

} // namespace

ModelChart::ModelChart(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("modelsChart"));
    installExportMenu(this);
    auto* chart = new QChart;
    chart->setTitleFont(pageFont(font()));
    chart->legend()->hide();
    view_ = new QChartView(chart, this);
    view_->setObjectName(QStringLiteral("modelsChartView"));
    view_->setRenderHint(QPainter::Antialiasing);
    view_->setMinimumSize(480, 440);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
    addAxes();
    addPublished();
    retranslate();
    connect(chart, &QChart::plotAreaChanged, this, [this] { placeLabels(); });
}

QChart* ModelChart::chart() const {
    return view_->chart();
}

QVector<QGraphicsSimpleTextItem*> ModelChart::overlayTexts() const {
    QVector<QGraphicsSimpleTextItem*> out = pointLabels_;
    out += publishedLabels_;
    out << publishedHeading_;
    return out;
}

void ModelChart::addAxes() {
    auto* x = new QCategoryAxis;
    x->setObjectName(QStringLiteral("parameterAxis"));
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(kAxisStart, kAxisEnd);
    x->setStartValue(kAxisStart);
    for (int decade = kMinDecade; decade <= kMaxDecade; ++decade)
        x->append(powerOfTen(decade), decade);
    auto* y = new QValueAxis;
    y->setObjectName(QStringLiteral("nllAxis"));
    y->setRange(kMinNll, kMaxNll);
    y->setTickCount(kNllTicks);
    y->setLabelFormat(QStringLiteral("%.0f"));
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
    // A dashed line separates the models measured here from published results, which were scored
    // on another binarization of the test digits and are not all of a known size.
    auto* divider = new QLineSeries;
    divider->setPen(QPen(Qt::darkGray, 2, Qt::DashLine));
    divider->append(kDivider, kMinNll);
    divider->append(kDivider, kMaxNll);
    chart()->addSeries(divider);
    for (QAbstractAxis* axis : chart()->axes())
        divider->attachAxis(axis);
    published_ = new QScatterSeries;
    published_->setObjectName(QStringLiteral("publishedSeries"));
    published_->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    published_->setMarkerSize(kPublishedMarker);
    published_->setColor(ModelStyle::publishedColor());
    published_->setBorderColor(Qt::black);
    for (const PublishedResult& r : PublishedResults::all()) {
        published_->append(kPublishedColumn, r.nll);
        auto* label = new QGraphicsSimpleTextItem(chart());
        label->setFont(pageFont(font()));
        publishedLabels_.append(label);
    }
    attach(published_);
    publishedHeading_ = new QGraphicsSimpleTextItem(chart());
    publishedHeading_->setFont(pageFont(font()));
}

// The measured points' labels come with the page's next showModels().
void ModelChart::retranslate() {
    chart()->setTitle(tr("Parameters against test NLL (lower is better)"));
    view_->setAccessibleName(tr("Chart of parameters against test NLL"));
    view_->setAccessibleDescription(
        tr("Each measured model is a point: its number of parameters on a log scale across, its "
           "test NLL in nats up. The published results stand in a column of their own on the "
           "right. The table tab gives the same figures."));
    // The full joint table would sit 230 decades to the right: the title says so.
    chart()
        ->axes(Qt::Horizontal)
        .constFirst()
        ->setTitleText(tr("parameters (log scale) · full joint table ≈ 10²³⁶, far off →"));
    chart()->axes(Qt::Vertical).constFirst()->setTitleText(tr("test NLL (nats)"));
    published_->setName(tr("published (%1)").arg(PublishedResults::binarization()));
    const QVector<PublishedResult> published = PublishedResults::all();
    double widest = 0;
    for (qsizetype k = 0; k < published.size() && k < publishedLabels_.size(); ++k) {
        publishedLabels_[k]->setText(
            QStringLiteral("%1 %2").arg(published[k].name, ModelTable::nllText(published[k].nll)));
        widest = std::max(widest, publishedLabels_[k]->boundingRect().width());
    }
    // The published names are written right of their column, in the chart's right margin.
    chart()->setMargins(QMargins(8, 8, int(widest) + 16, 8));
    publishedHeading_->setText(tr("published, other binarization"));
    placeLabels();
}

void ModelChart::showModels(const QVector<ModelEntry>& entries) {
    for (QScatterSeries* s : measured_) {
        chart()->removeSeries(s);
        delete s;
    }
    measured_.clear();
    qDeleteAll(pointLabels_);
    pointLabels_.clear();
    qDeleteAll(leaders_);
    leaders_.clear();
    pointAnchors_.clear();
    // One group per kind and size, in the order the models were loaded; a model trained here is
    // labelled on its own (it is not another ordering of the shipped ones).
    struct Group {
        const ModelEntry* first = nullptr;
        double x = 0, lowest = 0, highest = 0;
        int count = 0;
    };
    QVector<Group> groups;
    for (const ModelEntry& e : entries) {
        if (!e.model || !std::isfinite(e.testNll) || e.model->parameterCount() == 0)
            continue;
        const double x = std::log10(double(e.model->parameterCount()));
        auto* s = new QScatterSeries;
        s->setName(e.shortName());
        s->setMarkerSize(kMeasuredMarker);
        s->setColor(ModelStyle::color(e.model->family()));
        s->setBorderColor(Qt::black);
        s->append(x, e.testNll);
        attach(s);
        measured_.append(s);
        auto same = std::find_if(groups.begin(), groups.end(), [&](const Group& g) {
            return !g.first->userModel && !e.userModel &&
                   g.first->model->family() == e.model->family() &&
                   g.first->model->parameterCount() == e.model->parameterCount();
        });
        if (same == groups.end()) {
            groups.append(Group{&e, x, e.testNll, e.testNll, 1});
        } else {
            same->lowest = std::min(same->lowest, e.testNll);
            same->highest = std::max(same->highest, e.testNll);
            ++same->count;
        }
    }
    for (const Group& g : groups) {
        const QString text =
            g.count == 1 ? tr("%1: %2").arg(g.first->shortName(), ModelTable::nllText(g.lowest))
                         : tr("%1, %n orderings: %2–%3", "", g.count)
                               .arg(ModelNames::kindName(*g.first->model),
                                    ModelTable::nllText(g.lowest), ModelTable::nllText(g.highest));
        auto* label = new QGraphicsSimpleTextItem(text, chart());
        label->setFont(pageFont(font()));
        pointLabels_.append(label);
        auto* leader = new QGraphicsLineItem(chart());
        leader->setPen(QPen(Qt::darkGray, 1));
        leaders_.append(leader);
        pointAnchors_.append(QPointF(g.x, (g.lowest + g.highest) / 2));
    }
    placeLabels();
}

void ModelChart::placeLabels() {
    if (!published_)
        return;
    placePublishedLabels();
    const QRectF area = chart()->plotArea();
    const QPointF divider = chart()->mapToPosition(QPointF(kDivider, kMaxNll), published_);
    QVector<QRectF> obstacles;
    for (const QPointF& p : published_->points())
        obstacles.append(around(chart()->mapToPosition(p, published_), kPublishedMarker + 4));
    for (QScatterSeries* s : measured_)
        for (const QPointF& p : s->points())
            obstacles.append(around(chart()->mapToPosition(p, s), kMeasuredMarker + 4));
    // Point labels stay left of the dashed line, inside the plot.
    QRectF bounds = area;
    bounds.setRight(divider.x() - 4);
    QVector<LabelRequest> requests;
    for (qsizetype k = 0; k < pointLabels_.size(); ++k) {
        const QPointF at = chart()->mapToPosition(pointAnchors_[k], measured_.front());
        requests.append({at, pointLabels_[k]->boundingRect().size(), kMeasuredMarker / 2.0 + 6});
    }
    const QVector<QRectF> placed = LabelPlacer(bounds, obstacles).place(requests);
    for (qsizetype k = 0; k < placed.size(); ++k) {
        pointLabels_[k]->setPos(placed[k].topLeft());
        // A label that had to move away from its point keeps a line to it.
        const QPointF at = requests[k].anchor;
        const QPointF near(std::clamp(at.x(), placed[k].left(), placed[k].right()),
                           std::clamp(at.y(), placed[k].top(), placed[k].bottom()));
        const bool far = QLineF(at, near).length() > 2 * requests[k].clearance;
        leaders_[k]->setLine(QLineF(at, near));
        leaders_[k]->setVisible(far);
    }
}

void ModelChart::placePublishedLabels() {
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
    const double headingHeight = publishedHeading_->boundingRect().height();
    double nextTop = area.top() + headingHeight + 4;
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
        publishedLabels_[k]->setPos(at.x() + kPublishedMarker, tops[k]);
    }
    const QPointF column = chart()->mapToPosition(QPointF(kPublishedColumn, kMaxNll), published_);
    publishedHeading_->setPos(column.x() - kPublishedMarker / 2.0, area.top() + 2);
}

void ModelChart::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pixelchain::ui
