#include "ui/pages/models/confusion_heatmap.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <array>
#include <cmath>

namespace pixelchain::ui {
namespace {

constexpr int kGap = 6;        // between labels and the grid
constexpr int kLegendBar = 18; // width of the colour bar
constexpr int kLegendGap = 20; // between the grid and the colour bar
constexpr int kPreferredCell = 58;
constexpr int kHintHeight = 40;  // the cell height the grid asks for (see sizeHint)
constexpr int kLargestCell = 80; // a projector's screen is no reason for a poster-sized grid
// The light-to-dark single-hue ramp of ColorBrewer's "Blues", from pure white.
constexpr std::array<QRgb, 9> kBlues = {0xffffff, 0xdeebf7, 0xc6dbef, 0x9ecae1, 0x6baed6,
                                        0x4292c6, 0x2171b5, 0x08519c, 0x08306b};
const QColor kGridLine(0xc8, 0xc8, 0xc8);
const QColor kZeroText(0x76, 0x76, 0x76);     // 4.5:1 on white: readable, and quieter than a count
const QColor kHoverOutline(0xE6, 0x9F, 0x00); // Okabe–Ito orange: stands out on white and blue
// The row shares the legend labels; square roots spread them along the bar.
constexpr std::array<double, 5> kLegendShares = {0.0, 0.01, 0.1, 0.5, 1.0};

/// WCAG relative luminance of an sRGB colour.
double luminance(const QColor& c) {
    const auto linear = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

QString percentText(double share) {
    return ConfusionHeatmap::tr("%1 %").arg(QLocale().toString(100 * share, 'g', 3));
}

} // namespace

ConfusionHeatmap::ConfusionHeatmap(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("confusionHeatmap"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding); // cells grow into the room
}

void ConfusionHeatmap::setConfusion(const std::optional<ConfusionMatrix>& matrix,
                                    const QString& emptyText) {
    matrix_ = matrix;
    emptyText_ = emptyText;
    hovered_ = {};
    update();
}

void ConfusionHeatmap::setAxisTitles(const QString& rows, const QString& columns) {
    rowTitle_ = rows;
    columnTitle_ = columns;
    updateGeometry();
    update();
}

QColor ConfusionHeatmap::shade(double share) {
    const double t = std::sqrt(std::clamp(share, 0.0, 1.0)) * double(kBlues.size() - 1);
    const auto low = std::min(std::size_t(t), kBlues.size() - 2);
    const double f = t - double(low);
    const QColor a(kBlues[low]), b(kBlues[low + 1]);
    return QColor::fromRgbF(float(a.redF() + f * (b.redF() - a.redF())),
                            float(a.greenF() + f * (b.greenF() - a.greenF())),
                            float(a.blueF() + f * (b.blueF() - a.blueF())));
}

// White text reads better than black below the luminance where both contrast ratios are equal:
// (1.05) / (L + 0.05) = (L + 0.05) / 0.05, so L = √0.0525 − 0.05 ≈ 0.179.
QColor ConfusionHeatmap::textColorOn(const QColor& background) {
    return luminance(background) < std::sqrt(0.0525) - 0.05 ? QColor(Qt::white) : QColor(Qt::black);
}

QSize ConfusionHeatmap::smallestCell() const {
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    return {metrics.horizontalAdvance(QStringLiteral("0000")) + 12, metrics.height() + 8};
}

QPoint ConfusionHeatmap::gridOrigin() const {
    const QFontMetrics metrics(font());
    const int left =
        metrics.height() + kGap + metrics.horizontalAdvance(QStringLiteral("0")) + kGap;
    const int top = 2 * metrics.height() + 2 * kGap;
    return {left, top};
}

int ConfusionHeatmap::legendWidth() const {
    const QFontMetrics metrics(font());
    const int labels = std::max(metrics.horizontalAdvance(percentText(1.0)) + kGap,
                                metrics.horizontalAdvance(tr("row share")) - kLegendBar);
    return kLegendGap + kLegendBar + labels + kGap;
}

QSize ConfusionHeatmap::sizeFor(QSize cell) const {
    const QPoint origin = gridOrigin();
    return {origin.x() + kDigitClasses * cell.width() + legendWidth(),
            origin.y() + kDigitClasses * cell.height() + kGap};
}

QSize ConfusionHeatmap::cellSize() const {
    const QSize least = smallestCell();
    const QPoint origin = gridOrigin();
    const int byWidth = (width() - origin.x() - legendWidth()) / kDigitClasses;
    const int byHeight = (height() - origin.y() - kGap) / kDigitClasses;
    const int w = std::clamp(std::min(byWidth, kLargestCell), least.width(), kLargestCell);
    return {w, std::clamp(byHeight, least.height(), w)};
}

// Asked for flat cells: in a scroll area the page is as tall as its widgets' hints, and the grid
// grows (Expanding) to square cells wherever the window has the room.
QSize ConfusionHeatmap::sizeHint() const {
    const QSize least = smallestCell();
    return sizeFor(
        {std::max(least.width(), kPreferredCell), std::max(least.height(), kHintHeight)});
}

QSize ConfusionHeatmap::minimumSizeHint() const {
    return sizeFor(smallestCell());
}

QRect ConfusionHeatmap::cellRect(Cell cell) const {
    if (!matrix_ || !cell.valid() || cell.trueLabel >= kDigitClasses ||
        cell.predicted >= kDigitClasses)
        return {};
    const QSize size = cellSize();
    const QPoint origin = gridOrigin();
    return {QPoint(origin.x() + cell.predicted * size.width(),
                   origin.y() + cell.trueLabel * size.height()),
            size};
}

ConfusionHeatmap::Cell ConfusionHeatmap::cellAt(QPoint point) const {
    if (!matrix_)
        return {};
    const QSize size = cellSize();
    const QPoint p = point - gridOrigin();
    if (p.x() < 0 || p.y() < 0 || p.x() >= kDigitClasses * size.width() ||
        p.y() >= kDigitClasses * size.height())
        return {};
    return {p.y() / size.height(), p.x() / size.width()};
}

QString ConfusionHeatmap::cellText(Cell cell) const {
    if (cellRect(cell).isEmpty())
        return {};
    const auto count = matrix_->counts[std::size_t(cell.trueLabel)][std::size_t(cell.predicted)];
    if (count == 1)
        return tr("true %1, predicted %2: 1 digit").arg(cell.trueLabel).arg(cell.predicted);
    return tr("true %1, predicted %2: %3 digits")
        .arg(cell.trueLabel)
        .arg(cell.predicted)
        .arg(QLocale().toString(qulonglong(count)));
}

bool ConfusionHeatmap::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const Cell cell = cellAt(help->pos());
        if (cell.valid())
            QToolTip::showText(help->globalPos(), cellText(cell), this, cellRect(cell));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void ConfusionHeatmap::mouseMoveEvent(QMouseEvent* event) {
    setHovered(cellAt(event->position().toPoint()));
    QWidget::mouseMoveEvent(event);
}

void ConfusionHeatmap::leaveEvent(QEvent* event) {
    setHovered({});
    QWidget::leaveEvent(event);
}

void ConfusionHeatmap::setHovered(Cell cell) {
    if (cell.trueLabel == hovered_.trueLabel && cell.predicted == hovered_.predicted)
        return;
    hovered_ = cell;
    update();
    Q_EMIT hovered(cell.trueLabel, cell.predicted);
}

void ConfusionHeatmap::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    if (!matrix_) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(rect().adjusted(kGap, kGap, -kGap, -kGap),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, emptyText_);
        return;
    }
    const QSize cell = cellSize();
    QFont bold = font();
    bold.setBold(true);
    for (int y = 0; y < kDigitClasses; ++y) {
        const auto& row = matrix_->counts[std::size_t(y)];
        std::uint64_t rowTotal = 0;
        for (const auto c : row)
            rowTotal += c;
        for (int p = 0; p < kDigitClasses; ++p) {
            const auto count = row[std::size_t(p)];
            const QRect r = cellRect({y, p});
            const QColor fill = shade(rowTotal ? double(count) / double(rowTotal) : 0.0);
            painter.fillRect(r, fill);
            painter.setPen(kGridLine);
            painter.drawRect(r.adjusted(0, 0, -1, -1));
            painter.setFont(y == p ? bold : font());
            painter.setPen(count == 0 ? kZeroText : textColorOn(fill));
            // Plain digits: a group separator would widen every cell for the few counts above 999.
            painter.drawText(r, Qt::AlignCenter, QString::number(qulonglong(count)));
        }
    }
    if (hovered_.valid()) {
        painter.setPen(QPen(kHoverOutline, 4));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cellRect(hovered_).adjusted(2, 2, -2, -2));
    }
    painter.setFont(font());
    paintAxes(painter, cell);
    paintLegend(painter, cell);
}

void ConfusionHeatmap::paintAxes(QPainter& painter, QSize cell) const {
    const QFontMetrics metrics(font());
    const QPoint origin = gridOrigin();
    const int line = metrics.height();
    const int gridWidth = kDigitClasses * cell.width();
    const int gridHeight = kDigitClasses * cell.height();
    painter.setPen(palette().color(QPalette::WindowText));
    for (int d = 0; d < kDigitClasses; ++d) {
        const QString digit = QString::number(d);
        painter.drawText(
            QRect(origin.x() + d * cell.width(), origin.y() - line - kGap, cell.width(), line),
            Qt::AlignCenter, digit);
        painter.drawText(
            QRect(origin.x() - kGap - line, origin.y() + d * cell.height(), line, cell.height()),
            Qt::AlignRight | Qt::AlignVCenter, digit);
    }
    QFont title = font();
    title.setBold(true);
    painter.setFont(title);
    painter.drawText(QRect(origin.x(), 0, gridWidth, line), Qt::AlignCenter, columnTitle_);
    // The row title reads bottom to top along the left edge.
    painter.save();
    painter.translate(0, origin.y() + gridHeight);
    painter.rotate(-90);
    painter.drawText(QRect(0, 0, gridHeight, line), Qt::AlignCenter, rowTitle_);
    painter.restore();
    painter.setFont(font());
}

void ConfusionHeatmap::paintLegend(QPainter& painter, QSize cell) const {
    const QPoint origin = gridOrigin();
    const int length = kDigitClasses * cell.height();
    const QRect bar(origin.x() + kDigitClasses * cell.width() + kLegendGap, origin.y(), kLegendBar,
                    length);
    for (int y = 0; y < length; ++y) {
        const double t = 1.0 - (y + 0.5) / length; // the square root of the share
        painter.fillRect(QRect(bar.left(), bar.top() + y, bar.width(), 1), shade(t * t));
    }
    painter.setPen(kGridLine);
    painter.drawRect(bar.adjusted(0, 0, -1, -1));
    const QFontMetrics metrics(font());
    painter.setPen(palette().color(QPalette::WindowText));
    // The key's title stands where the grid has its column digits.
    painter.drawText(QRect(bar.left(), origin.y() - metrics.height() - kGap, width() - bar.left(),
                           metrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("row share"));
    for (const double share : kLegendShares) {
        const int y = bar.bottom() - int(std::lround(std::sqrt(share) * (length - 1)));
        painter.drawLine(bar.right(), y, bar.right() + 4, y);
        const QString text = percentText(share);
        const int top =
            std::clamp(y - metrics.height() / 2, 0, std::max(0, height() - metrics.height()));
        painter.drawText(
            QRect(bar.right() + kGap, top, metrics.horizontalAdvance(text) + 2, metrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter, text);
    }
}

} // namespace pixelchain::ui
