// MainWindow's File ▸ Export menu: the page on screen as a picture (PNG for slides, SVG to scale),
// a sampling run as an animated GIF, and the drawing's per-pixel conditionals as CSV. Single views
// (a canvas, a heatmap, a chart) have the same picture export on their right-click menu.
#include "ui/adapters/model_library.h"
#include "ui/adapters/sampling_controller.h"
#include "ui/export/model_export.h"
#include "ui/export/view_export.h"
#include "ui/pages/density/density_page.h"
#include "ui/pages/sampling/sampling_page.h"
#include "ui/shell/main_window.h"

#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTabWidget>

namespace pixelchain::ui {

namespace {

QString suggested(const QString& name) {
    return QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) + QLatin1Char('/') +
           name;
}

} // namespace

void MainWindow::buildExportMenu(QMenu* file) {
    QMenu* menu = file->addMenu(QString());
    const auto add = [this, menu](const char* name, auto slot) {
        auto* action = new QAction(menu);
        action->setObjectName(QString::fromLatin1(name));
        connect(action, &QAction::triggered, this, slot);
        addMenuAction(menu, action);
        return action;
    };
    QAction* png = add("exportPngAction", [this] { exportView(QStringLiteral("png")); });
    png->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction* svg = add("exportSvgAction", [this] { exportView(QStringLiteral("svg")); });
    menu->addSeparator();
    QAction* gif = add("exportGifAction", [this] { exportSamplingGif(); });
    QAction* csv = add("exportCsvAction", [this] { exportConditionalsCsv(); });
    translated([menu, png, svg, gif, csv] {
        menu->setTitle(tr("&Export"));
        png->setText(tr("Page as &PNG picture…"));
        svg->setText(tr("Page as &SVG drawing…"));
        gif->setText(tr("Sampling run as animated &GIF…"));
        csv->setText(tr("Conditionals of the drawing as &CSV…"));
    });
}

void MainWindow::exportView(const QString& format) {
    QWidget* shown = tabs_->currentWidget();
    const QString filter =
        format == QLatin1String("png") ? tr("PNG pictures (*.png)") : tr("SVG drawings (*.svg)");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export page"), suggested(currentPage() + QLatin1Char('.') + format), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + format, Qt::CaseInsensitive))
        path += QLatin1Char('.') + format;
    QString error;
    const bool ok = format == QLatin1String("png") ? ViewExport::savePng(*shown, path, &error)
                                                   : ViewExport::saveSvg(*shown, path, &error);
    if (ok)
        tell(tr("Exported %1").arg(path));
    else
        QMessageBox::warning(this, tr("Export page"), error);
}

void MainWindow::exportSamplingGif() {
    const SamplingController* controller = sampling_->controller();
    if (!controller->model())
        return;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export sampling run"),
        suggested(QStringLiteral("sample-seed-%1.gif").arg(controller->seed())),
        tr("Animated GIF (*.gif)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".gif"), Qt::CaseInsensitive))
        path += QLatin1String(".gif");
    QString error;
    if (ui::exportSamplingGif(*controller->model(), controller->seed(), controller->temperature(),
                              path, &error))
        tell(tr("Exported %1").arg(path));
    else
        QMessageBox::warning(this, tr("Export sampling run"), error);
}

void MainWindow::exportConditionalsCsv() {
    const ModelEntry* entry = models_->current();
    if (!entry)
        return;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export conditionals"),
        suggested(QStringLiteral("conditionals-%1.csv").arg(entry->id)), tr("CSV tables (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QLatin1String(".csv");
    QString error;
    if (ui::exportConditionalsCsv(*entry->model, density_->drawing(), path, &error))
        tell(tr("Exported %1").arg(path));
    else
        QMessageBox::warning(this, tr("Export conditionals"), error);
}

} // namespace pixelchain::ui
