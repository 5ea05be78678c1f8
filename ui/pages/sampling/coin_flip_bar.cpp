#include "ui/pages/sampling/coin_flip_bar.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace pixelchain::ui {
namespace {

const QColor kOnZone(0, 114, 178);    // Okabe–Ito blue
const QColor kOffZone(221, 221, 221); // light grey
const QColor kDraw(213, 94, 0);       // Okabe–Ito vermillion
constexpr double kTrackHeight = 30;
constexpr double kArrowHeight = 12; // the marker's triangle above the track
constexpr double kTickGap = 4;      // between the track and the scale's digits

} // namespace

CoinFlipBar::CoinFlipBar(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void CoinFlipBar::setDecision(double probability, std::optional<double> uniform) {
    probability_ = std::isfinite(probability) ? std::clamp(probability, 0.0, 1.0) : 0.0;
    uniform_ = uniform;
    update();
}

QSize CoinFlipBar::sizeHint() const {
    return {360, minimumSizeHint().height()};
}

// Only as tall as what is drawn: the marker and its "u" above the track, the scale's digits under
// it. A line of text would be taller (in Korean, whose font has a tall line, by half), and the
// decision's column is short of height on a projector.
QSize CoinFlipBar::minimumSizeHint() const {
    return {200, int(std::ceil(track().bottom() + kTickGap + digitHeight() + kTickGap))};
}

double CoinFlipBar::digitHeight() const {
    return QFontMetricsF(font()).tightBoundingRect(QStringLiteral("0.51")).height();
}

QRectF CoinFlipBar::track() const {
    const QFontMetricsF fm(font());
    const double side = fm.horizontalAdvance(QStringLiteral("0.0")) / 2.0 + 4;
    const double above = std::max(kArrowHeight + 2, fm.xHeight() + kTickGap + 2);
    return {side, above, width() - 2 * side, kTrackHeight};
}

void CoinFlipBar::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF t = track();
    const double split = t.left() + probability_ * t.width();
    painter.fillRect(QRectF(t.left(), t.top(), split - t.left(), t.height()), kOnZone);
    painter.fillRect(QRectF(split, t.top(), t.right() - split, t.height()), kOffZone);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawRect(t);

    // Scale under the track: 0, ½ and 1.
    const double baseline = t.bottom() + kTickGap + digitHeight();
    const QFontMetricsF fm(font());
    for (const double x : {0.0, 0.5, 1.0}) {
        const QString label = x == 0.5 ? QStringLiteral("0.5") : QString::number(int(x));
        const double at = t.left() + x * t.width();
        painter.drawLine(QPointF(at, t.bottom()), QPointF(at, t.bottom() + 3));
        painter.drawText(QPointF(at - fm.horizontalAdvance(label) / 2, baseline), label);
    }
    if (!uniform_)
        return;
    // The draw: a vermillion line across the track with a labelled triangle above it.
    const double at = t.left() + std::clamp(*uniform_, 0.0, 1.0) * t.width();
    painter.setPen(QPen(kDraw, 4));
    painter.drawLine(QPointF(at, t.top() - 2), QPointF(at, t.bottom() + 2));
    QPainterPath arrow;
    arrow.moveTo(at, t.top() - 1);
    arrow.lineTo(at - 8, t.top() - kArrowHeight);
    arrow.lineTo(at + 8, t.top() - kArrowHeight);
    arrow.closeSubpath();
    painter.fillPath(arrow, kDraw);
    painter.setPen(kDraw);
    const QString u = QStringLiteral("u");
    const double labelX = std::clamp(at + 11, 0.0, width() - fm.horizontalAdvance(u));
    painter.drawText(QPointF(labelX, t.top() - 4), u);
}

} // namespace pixelchain::ui
