#include "ui/pages/density/heatmap_panel.h"

#include "ui/widgets/color_legend.h"
#include "ui/widgets/pixel_grid.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pixelchain::ui {

HeatmapPanel::HeatmapPanel(const Style& style, QWidget* parent)
    : QWidget(parent)
    , grid_(new PixelGrid(this)) {
    auto* heading = new QLabel(style.heading, this);
    heading_ = heading;
    heading->setTextFormat(Qt::RichText);
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    grid_->setMinimumSize(160, 160);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(heading);
    layout->addWidget(grid_, 1);
    legend_ = new ColorLegend(style.map, style.lowText, style.highText, this);
    layout->addWidget(legend_);
}

void HeatmapPanel::setTexts(const QString& heading, const QString& lowText,
                            const QString& highText) {
    setTexts(heading, QStringList{lowText, highText});
}

void HeatmapPanel::setTexts(const QString& heading, const QStringList& legend) {
    heading_->setText(heading);
    legend_->setLabels(legend);
}

} // namespace pixelchain::ui
