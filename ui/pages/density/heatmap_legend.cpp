#include "ui/pages/density/heatmap_legend.h"

#include <QLinearGradient>
#include <QPainter>

namespace pixelchain::ui {
namespace {
constexpr int kBarHeight = 16;
constexpr int kGap = 4;
constexpr int kStops = 16;
} // namespace

HeatmapLegend::HeatmapLegend(ColorMap map, QString lowText, QString highText, QWidget* parent)
    : QWidget(parent)
    , map_(map)
    , lowText_(std::move(lowText))
    , highText_(std::move(highText)) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize HeatmapLegend::sizeHint() const {
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(lowText_ + highText_) + 40,
            kBarHeight + kGap + metrics.height()};
}

// Never so narrow that the two end labels run into each other.
QSize HeatmapLegend::minimumSizeHint() const {
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(lowText_ + highText_) + 24, sizeHint().height()};
}

void HeatmapLegend::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QRectF bar(0.5, 0.5, width() - 1.0, kBarHeight);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    for (int k = 0; k <= kStops; ++k)
        gradient.setColorAt(double(k) / kStops, colorAt(map_, double(k) / kStops));
    painter.fillRect(bar, gradient);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawRect(bar);
    const QRect text(0, kBarHeight + kGap, width(), height() - kBarHeight - kGap);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignTop, lowText_);
    painter.drawText(text, Qt::AlignRight | Qt::AlignTop, highText_);
}

} // namespace pixelchain::ui
