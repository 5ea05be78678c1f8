#include "ui/pages/sampling/color_legend.h"

#include <QPainter>
#include <algorithm>

namespace pixelchain::ui {
namespace {

constexpr int kStripHeight = 18;

} // namespace

ColorLegend::ColorLegend(ColorMap map, double low, double high, QWidget* parent)
    : QWidget(parent)
    , map_(map)
    , low_(low)
    , high_(high) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ColorLegend::setColorMap(ColorMap map) {
    map_ = map;
    update();
}

QSize ColorLegend::sizeHint() const {
    return {300, minimumSizeHint().height()};
}

QSize ColorLegend::minimumSizeHint() const {
    return {160, kStripHeight + fontMetrics().height() + 6};
}

void ColorLegend::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QFontMetricsF fm(font());
    const double margin = fm.horizontalAdvance(QStringLiteral("0.00")) / 2 + 2;
    const QRectF strip(margin, 0, width() - 2 * margin, kStripHeight);
    const int steps = std::max(1, static_cast<int>(strip.width()));
    for (int i = 0; i < steps; ++i)
        painter.fillRect(QRectF(strip.left() + i, strip.top(), 1.5, strip.height()),
                         colorAt(map_, (i + 0.5) / steps));
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawRect(strip);
    for (const double t : {0.0, 0.5, 1.0}) {
        const QString label = QString::number(low_ + t * (high_ - low_), 'g', 3);
        const double x = strip.left() + t * strip.width();
        painter.drawLine(QPointF(x, strip.bottom()), QPointF(x, strip.bottom() + 3));
        painter.drawText(
            QPointF(x - fm.horizontalAdvance(label) / 2, strip.bottom() + 4 + fm.ascent()), label);
    }
}

} // namespace pixelchain::ui
