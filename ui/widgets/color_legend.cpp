#include "ui/widgets/color_legend.h"

#include <QLinearGradient>
#include <QPainter>
#include <algorithm>

namespace pixelchain::ui {
namespace {
constexpr int kBarHeight = 18;
constexpr int kGap = 4;
constexpr int kStops = 32;
} // namespace

ColorLegend::ColorLegend(ColorMap map, double low, double high, QWidget* parent)
    : ColorLegend(map, QString::number(low, 'g', 3), QString::number(high, 'g', 3), parent) {
    labels_.insert(1, QString::number((low + high) / 2, 'g', 3));
}

ColorLegend::ColorLegend(ColorMap map, const QString& lowText, const QString& highText,
                         QWidget* parent)
    : QWidget(parent)
    , map_(map)
    , labels_{lowText, highText} {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ColorLegend::setColorMap(ColorMap map) {
    map_ = map;
    update();
}

void ColorLegend::setLabels(const QStringList& labels) {
    labels_ = labels;
    updateGeometry();
    update();
}

QSize ColorLegend::sizeHint() const {
    return {std::max(300, minimumSizeHint().width() + 40), minimumSizeHint().height()};
}

// Never so narrow that the labels run into each other.
QSize ColorLegend::minimumSizeHint() const {
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(labels_.join(QStringLiteral("  "))) + 24,
            kBarHeight + kGap + metrics.height()};
}

void ColorLegend::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QRectF bar(0.5, 0.5, width() - 1.0, kBarHeight);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    for (int k = 0; k <= kStops; ++k)
        gradient.setColorAt(double(k) / kStops, colorAt(map_, double(k) / kStops));
    painter.fillRect(bar, gradient);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawRect(bar);
    const QFontMetricsF metrics(font());
    const double baseline = kBarHeight + kGap + metrics.ascent();
    const auto last = labels_.size() - 1;
    for (qsizetype i = 0; i <= last; ++i) {
        // Left end left-aligned, right end right-aligned, the rest centred on their place.
        const double textWidth = metrics.horizontalAdvance(labels_[i]);
        double x = double(i) / double(last) * width() - textWidth / 2;
        if (i == 0)
            x = 0;
        else if (i == last)
            x = width() - textWidth;
        painter.drawText(QPointF(x, baseline), labels_[i]);
    }
}

} // namespace pixelchain::ui
