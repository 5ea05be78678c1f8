#include "ui/widgets/graph_view.h"

#include "ui/widgets/math_text.h"

#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>
#include <QtMath>
#include <algorithm>

namespace pixelchain::ui {

namespace {
constexpr double kMargin = 16.0;
constexpr double kMaxRadius = 30.0;
constexpr int kNotePadding = 12;
} // namespace

GraphView::GraphView(QWidget* parent)
    : QWidget(parent)
    , noteLabel_(new QLabel(this)) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    // The note is a label in a layout, so its wrapped height reaches the surrounding layout.
    noteLabel_->setObjectName(QStringLiteral("graphNote"));
    noteLabel_->setWordWrap(true);
    noteLabel_->setAlignment(Qt::AlignCenter);
    noteLabel_->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(kNotePadding, kNotePadding, kNotePadding, kNotePadding);
    layout->addWidget(noteLabel_);
}

void GraphView::setGraph(int variables, const QList<Edge>& edges, const QColor& color) {
    variables_ = std::max(variables, 0);
    edges_ = edges;
    color_ = color;
    note_.clear();
    noteLabel_->hide();
    fitNote();
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    updateGeometry();
    update();
}

void GraphView::showNote(const QString& note) {
    variables_ = 0;
    edges_.clear();
    note_ = note;
    noteLabel_->setText(note);
    noteLabel_->setVisible(!note.isEmpty());
    fitNote();
    // A note needs only a few lines; leave the room to the neighbouring widgets.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    updateGeometry();
    update();
}

QSize GraphView::sizeHint() const {
    return note_.isEmpty() ? QSize(520, 240) : QWidget::sizeHint();
}

QSize GraphView::minimumSizeHint() const {
    return note_.isEmpty() ? QSize(300, 160) : QWidget::minimumSizeHint();
}

// A wrapped label's height depends on its width, which most layouts do not pass on: keep the
// minimum height in step with the width so that no line of the note is cut off.
void GraphView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitNote();
}

void GraphView::fitNote() {
    const int wanted =
        note_.isEmpty() ? 0
                        : noteLabel_->heightForWidth(width() - 2 * kNotePadding) + 2 * kNotePadding;
    if (minimumHeight() != wanted)
        setMinimumHeight(wanted);
}

double GraphView::nodeRadius() const {
    if (variables_ <= 0)
        return kMaxRadius;
    const double slot = (width() - 2 * kMargin) / variables_;
    return std::clamp(slot * 0.32, 10.0, kMaxRadius);
}

// Nodes sit on one row near the bottom so that the arcs of long arrows have room above them.
QPointF GraphView::nodeCentre(int index) const {
    const double slot = (width() - 2 * kMargin) / std::max(variables_, 1);
    const double x = kMargin + slot * (index - 0.5);
    const double y = height() - kMargin - nodeRadius();
    return {x, y};
}

void GraphView::drawEdge(QPainter& painter, const Edge& edge) const {
    const double r = nodeRadius();
    const QPointF a = nodeCentre(edge.from);
    const QPointF b = nodeCentre(edge.to);
    const int reach = std::abs(edge.to - edge.from);
    QPainterPath path;
    QPointF start;
    QPointF end;
    QPointF towards; // the point the arrow comes from as it reaches `end`
    if (reach == 1) {
        const double dir = b.x() > a.x() ? 1.0 : -1.0;
        start = a + QPointF(dir * r, 0);
        end = b - QPointF(dir * r, 0);
        path.moveTo(start);
        path.lineTo(end);
        towards = start;
    } else {
        // The peak of a quadratic curve is half way to its control point.
        const double room = b.y() - r - kMargin;
        const double peak = room * (reach - 1) / std::max(variables_ - 2, 1);
        start = a - QPointF(0, r);
        end = b - QPointF(0, r);
        const QPointF control((a.x() + b.x()) / 2, start.y() - 2 * peak);
        path.moveTo(start);
        path.quadTo(control, end);
        towards = control;
    }
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);

    const QPointF along = end - towards;
    const double angle = std::atan2(along.y(), along.x());
    const double size = std::max(8.0, r * 0.45);
    QPolygonF head;
    head << end << end - QPointF(size * std::cos(angle - 0.4), size * std::sin(angle - 0.4))
         << end - QPointF(size * std::cos(angle + 0.4), size * std::sin(angle + 0.4));
    painter.setBrush(color_);
    painter.drawPolygon(head);
}

void GraphView::drawNode(QPainter& painter, int index) const {
    const double r = nodeRadius();
    const QPointF c = nodeCentre(index);
    painter.setPen(QPen(palette().color(QPalette::WindowText), 2));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawEllipse(c, r, r);
    QFont font = painter.font();
    font.setPixelSize(static_cast<int>(r * 0.9));
    painter.setFont(font);
    painter.setPen(palette().color(QPalette::Text));
    const QRectF box(c.x() - r, c.y() - r, 2 * r, 2 * r);
    painter.drawText(box, Qt::AlignCenter, QStringLiteral("x") + math::subscript(index));
}

void GraphView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (!note_.isEmpty() || variables_ == 0)
        return;
    QPen pen(color_, std::max(2.0, nodeRadius() / 10));
    pen.setCapStyle(Qt::RoundCap);
    painter.setPen(pen);
    for (const Edge& edge : edges_)
        drawEdge(painter, edge);
    for (int i = 1; i <= variables_; ++i)
        drawNode(painter, i);
}

} // namespace pixelchain::ui
