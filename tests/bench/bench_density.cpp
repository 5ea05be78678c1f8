// bench_density: what one stroke on the Density page costs, with every built-in model loaded. Not a
// pass/fail test: it prints figures for the README.
//
// The stroke is the one a student draws: a mouse drag through the canvas that adds one pixel per
// move, so every move is a whole update. One update is what the page does for a move: the current
// model's pass (log p, 784 conditionals, surprises), a pass of every other model for the score
// list, the percentiles, both heatmaps, the chart, the readout; then the repaint that the event
// loop runs before the next move. A frame at 60 Hz lasts 16.7 ms.
//
// Then the core alone: one DensityModel::evaluate per model, so the page's figure can be read
// against its parts.
//
// Usage: bench_density [WIDTHxHEIGHT ...]   (default: 1024x768 1366x768 1920x1080)
// Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.
#include "ui/adapters/model_library.h"
#include "ui/pages/density/density_page.h"
#include "ui/pages/density/drawing_canvas.h"

#include <QApplication>
#include <QMouseEvent>
#include <QRegularExpression>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace pixelchain;
using Clock = std::chrono::steady_clock;

namespace {

struct Spread {
    double median = 0, p99 = 0, max = 0;
};

Spread spreadOf(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    if (values.empty())
        return {};
    return {values[values.size() / 2], values[values.size() * 99 / 100], values.back()};
}

QPoint cellCentre(const ui::PixelGrid* grid, int pixel) {
    const QRectF field = grid->fieldRect();
    const double cell = field.width() / kSide;
    const int row = pixel / kSide;
    // A serpentine, so that consecutive pixels are neighbours, as in a real stroke.
    const int col = row % 2 ? kSide - 1 - pixel % kSide : pixel % kSide;
    return QPointF(field.left() + (col + 0.5) * cell, field.top() + (row + 0.5) * cell).toPoint();
}

void send(QWidget* widget, QEvent::Type type, QPoint at, Qt::MouseButtons buttons) {
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, QPointF(at), QPointF(widget->mapToGlobal(at)), button, buttons,
                      Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

struct StrokeTimes {
    std::vector<double> whole;   ///< ms per move: the update and the repaint
    std::vector<double> update;  ///< ms per move: the event until the page has updated itself
    std::vector<double> repaint; ///< ms per move: the events that follow (layout, painting)
};

/// Each move of a stroke through every pixel.
StrokeTimes strokeTimes(ui::DensityPage& page, ui::DrawingCanvas* canvas) {
    page.setDrawing(BinaryImage());
    QApplication::processEvents();
    send(canvas, QEvent::MouseButtonPress, cellCentre(canvas, 0), Qt::LeftButton);
    QApplication::processEvents();
    StrokeTimes times;
    const auto ms = [](Clock::time_point from, Clock::time_point to) {
        return std::chrono::duration<double, std::milli>(to - from).count();
    };
    for (int pixel = 1; pixel < kPixels; ++pixel) {
        const auto start = Clock::now();
        send(canvas, QEvent::MouseMove, cellCentre(canvas, pixel), Qt::LeftButton);
        const auto updated = Clock::now();
        QApplication::processEvents();
        const auto painted = Clock::now();
        times.whole.push_back(ms(start, painted));
        times.update.push_back(ms(start, updated));
        times.repaint.push_back(ms(updated, painted));
    }
    send(canvas, QEvent::MouseButtonRelease, cellCentre(canvas, kPixels - 1), Qt::NoButton);
    QApplication::processEvents();
    return times;
}

void benchPage(ui::ModelLibrary& library, QSize size) {
    ui::DensityPage page(&library, nullptr);
    page.resize(size);
    page.show();
    QApplication::processEvents();
    auto* canvas = page.findChild<ui::DrawingCanvas*>(QStringLiteral("drawingCanvas"));
    if (!canvas) {
        std::fprintf(stderr, "bench_density: the page has no drawing canvas\n");
        return;
    }
    strokeTimes(page, canvas); // warm-up: caches, fonts, first paints
    StrokeTimes all;
    for (int stroke = 0; stroke < 3; ++stroke) {
        const StrokeTimes times = strokeTimes(page, canvas);
        all.whole.insert(all.whole.end(), times.whole.begin(), times.whole.end());
        all.update.insert(all.update.end(), times.update.begin(), times.update.end());
        all.repaint.insert(all.repaint.end(), times.repaint.begin(), times.repaint.end());
    }
    const auto print = [&](const char* what, const std::vector<double>& times) {
        const Spread s = spreadOf(times);
        std::printf("%-9s %4dx%-4d  %zu moves   median %6.2f ms   p99 %6.2f ms   max %6.2f ms\n",
                    what, size.width(), size.height(), times.size(), s.median, s.p99, s.max);
    };
    print("stroke", all.whole);
    print("  update", all.update);
    print("  repaint", all.repaint);
}

void benchModels(const ui::ModelLibrary& library) {
    const BinaryImage digit = [] {
        BinaryImage image;
        for (int row = 5; row < 23; ++row)
            image.set(row, 14 + (row % 3) - 1, true); // a slanted stroke, like a 1
        return image;
    }();
    for (const ui::ModelEntry& entry : library.entries()) {
        std::vector<double> micros;
        volatile double sink = 0;
        for (int i = 0; i < 500; ++i) {
            const auto start = Clock::now();
            sink = sink + entry.model->evaluate(digit).logProb;
            micros.push_back(
                std::chrono::duration<double, std::micro>(Clock::now() - start).count());
        }
        const Spread s = spreadOf(micros);
        std::printf("  evaluate %-22s median %7.1f us   p99 %7.1f us\n", qPrintable(entry.id),
                    s.median, s.p99);
    }
}

} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ui::ModelLibrary library;
    const int loaded = library.loadBuiltIn();
    if (loaded == 0) {
        std::fprintf(stderr, "bench_density: no built-in model loaded\n");
        return 1;
    }
    std::printf("%d models loaded; every stroke move scores all of them\n", loaded);

    std::vector<QSize> sizes;
    const QRegularExpression pattern(QStringLiteral("^(\\d+)x(\\d+)$"));
    for (int i = 1; i < argc; ++i) {
        const auto match = pattern.match(QString::fromLocal8Bit(argv[i]));
        if (!match.hasMatch()) {
            std::fprintf(stderr, "usage: bench_density [WIDTHxHEIGHT ...]\n");
            return 2;
        }
        sizes.emplace_back(match.captured(1).toInt(), match.captured(2).toInt());
    }
    if (sizes.empty())
        sizes = {{1024, 768}, {1366, 768}, {1920, 1080}};
    for (const QSize size : sizes)
        benchPage(library, size);
    std::printf("the core alone, one pass per model:\n");
    benchModels(library);
    return 0;
}
