#pragma once
// The views a teacher exports, built the way the pages build them and filled with real content
// from the shipped models: a PixelGrid with a sampled digit or a heatmap of its conditionals,
// the drawing canvases, and the three charts. Shared by the export tests.
#include "core/sampling/sampler.h"
#include "shipped_models.h"
#include "ui/adapters/model_library.h"
#include "ui/pages/counting/growth_chart.h"
#include "ui/pages/density/drawing_canvas.h"
#include "ui/pages/density/likelihood_chart.h"
#include "ui/pages/models/model_chart.h"
#include "ui/pages/sampling/draw_pad.h"
#include "ui/widgets/pixel_grid.h"

#include <QChartView>
#include <QTest>
#include <memory>

namespace pixelchain::test {

/// The names exportView() knows, for data rows.
inline QStringList exportableViews() {
    return {QStringLiteral("pixel grid, a sampled digit"),
            QStringLiteral("pixel grid, heatmap half decided"),
            QStringLiteral("drawing canvas"),
            QStringLiteral("completion pad"),
            QStringLiteral("likelihood chart"),
            QStringLiteral("growth chart"),
            QStringLiteral("models chart")};
}

/// A sample of the shipped NADE, the digit every picture test shows.
inline BinaryImage sampledDigit() {
    return Sampler::draw(shippedModel(QStringLiteral("nade-mnist")), 1);
}

inline ui::PixelGrid* heatmapGrid() {
    const auto model = shippedModel(QStringLiteral("nade-mnist"));
    const BinaryImage digit = sampledDigit();
    auto* grid = new ui::PixelGrid;
    grid->setImage(digit);
    grid->setValues(model->evaluate(digit).conditionals, 0, 1, ui::ColorMap::Viridis);
    grid->setDecided(model->ordering(), kPixels / 2);
    grid->setHighlight(model->ordering().pixel(kPixels / 2 - 1));
    return grid;
}

inline QWidget* growthChart() {
    auto* chart = new ui::GrowthChart;
    chart->showResult(ui::computeCounting(counting::CountQuery{}));
    return chart;
}

inline QWidget* likelihoodChart() {
    const QString path = qEnvironmentVariable("PIXELCHAIN_SOURCE_DIR") +
                         QStringLiteral("/resources/models/nade-mnist.safetensors");
    const io::LoadedModel loaded = io::loadModel(path.toStdString());
    auto* chart = new ui::LikelihoodChart;
    chart->setQuantiles(loaded.testQuantiles);
    chart->showDrawing(loaded.model->evaluate(sampledDigit()).logProb, loaded.testQuantiles[5]);
    return chart;
}

inline QWidget* modelsChart() {
    // Owned by the application, so it goes before the application does.
    static ui::ModelLibrary* library = [] {
        auto* built = new ui::ModelLibrary(qApp);
        built->loadBuiltIn();
        return built;
    }();
    auto* chart = new ui::ModelChart;
    chart->showModels(library->entries());
    return chart;
}

/// A new top-level view by name (see exportableViews), at `size`; nullptr for an unknown name.
inline std::unique_ptr<QWidget> exportView(const QString& name, QSize size = {640, 480}) {
    QWidget* view = nullptr;
    if (name == QLatin1String("pixel grid, a sampled digit")) {
        auto* grid = new ui::PixelGrid;
        grid->setImage(sampledDigit());
        view = grid;
    } else if (name == QLatin1String("pixel grid, heatmap half decided")) {
        view = heatmapGrid();
    } else if (name == QLatin1String("drawing canvas")) {
        auto* canvas = new ui::DrawingCanvas;
        canvas->setDrawing(sampledDigit());
        view = canvas;
    } else if (name == QLatin1String("completion pad")) {
        auto* pad = new ui::DrawPad;
        pad->setImage(sampledDigit());
        view = pad;
    } else if (name == QLatin1String("likelihood chart")) {
        view = likelihoodChart();
    } else if (name == QLatin1String("growth chart")) {
        view = growthChart();
    } else if (name == QLatin1String("models chart")) {
        view = modelsChart();
    }
    if (view)
        view->resize(size);
    return std::unique_ptr<QWidget>(view);
}

/// Where a right click on `view` lands: the chart view inside a chart wrapper, else the view.
inline QWidget* clickTarget(QWidget* view) {
    if (qobject_cast<QChartView*>(view))
        return qobject_cast<QChartView*>(view)->viewport();
    if (auto* inner = view->findChild<QChartView*>())
        return inner->viewport();
    return view;
}

/// A mouse press or release at `position` in `widget`, sent to its window the way the window
/// system sends it: Qt then delivers the mouse event and, for a right press, the context menu
/// event. (QTest's QWidget overloads deliver only the mouse event.)
inline void windowMouse(QTest::MouseAction action, QWidget* widget, Qt::MouseButton button,
                        Qt::KeyboardModifiers modifiers, QPoint position) {
    QWidget* top = widget->window();
    QTest::mouseEvent(action, top->windowHandle(), button, modifiers, widget->mapTo(top, position));
}

} // namespace pixelchain::test
