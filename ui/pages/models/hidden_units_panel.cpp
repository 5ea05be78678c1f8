#include "ui/pages/models/hidden_units_panel.h"

#include "ui/adapters/hidden_unit_grid.h"
#include "ui/pages/models/ordering_column.h"
#include "ui/widgets/color_legend.h"
#include "ui/widgets/heading.h"
#include "ui/widgets/pixel_grid.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>

namespace pixelchain::ui {
namespace {
constexpr int kSideWidth = 460;
constexpr int kZoomSide = 7 * kSide; // the tile under the pointer, 7 screen pixels a pixel
} // namespace

HiddenUnitsPanel::HiddenUnitsPanel(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("hiddenUnitsPanel"));
    grid_ = new HiddenUnitGrid(this);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(grid_, 0, Qt::AlignTop);
    layout->addSpacing(16);
    layout->addWidget(buildSide(), 0, Qt::AlignTop);
    layout->addStretch(1);
    connect(grid_, &HiddenUnitGrid::hovered, this, &HiddenUnitsPanel::showHover);
    connect(chooser_, &QComboBox::activated, this,
            [this](int row) { showModel(chooser_->itemData(row).toString()); });
    retranslate();
}

QWidget* HiddenUnitsPanel::buildSide() {
    auto* side = new QWidget(this);
    side->setFixedWidth(kSideWidth);
    explanation_ = new QLabel(side);
    explanation_->setWordWrap(true);
    chooser_ = new QComboBox(side);
    chooser_->setObjectName(QStringLiteral("hiddenUnitsModel"));
    zoom_ = new PixelGrid(side);
    zoom_->setObjectName(QStringLiteral("hiddenUnitZoom"));
    zoom_->setFixedSize(kZoomSide, kZoomSide);
    readout_ = new QLabel(side);
    readout_->setObjectName(QStringLiteral("hiddenUnitReadout"));
    readout_->setWordWrap(true);
    readout_->setMinimumHeight(3 * readout_->fontMetrics().lineSpacing());

    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    heading_ = makeHeading(QString(), side);
    layout->addWidget(heading_);
    layout->addWidget(explanation_);
    layout->addWidget(chooser_);
    legendSlot_ = new QVBoxLayout;
    layout->addLayout(legendSlot_);
    layout->addWidget(zoom_, 0, Qt::AlignHCenter);
    layout->addWidget(readout_);
    return side;
}

void HiddenUnitsPanel::showModels(const QVector<ModelEntry>& entries) {
    nades_.clear();
    for (const ModelEntry& e : entries)
        if (e.model && e.model->family() == ModelFamily::Nade)
            nades_.append(e);
    std::stable_sort(nades_.begin(), nades_.end(), [](const auto& a, const auto& b) {
        return OrderingColumn::orderingRank(a.model->ordering()) <
               OrderingColumn::orderingRank(b.model->ordering());
    });
    const QSignalBlocker block(chooser_);
    chooser_->clear();
    for (const ModelEntry& e : nades_)
        chooser_->addItem(
            e.userModel ? e.shortName() : OrderingColumn::orderingTitle(e.model->ordering()), e.id);
    chooser_->setEnabled(!nades_.isEmpty());
    const QString keep = modelId_;
    modelId_.clear();
    if (!showModel(keep) && !nades_.isEmpty())
        showModel(nades_.front().id);
}

bool HiddenUnitsPanel::showModel(const QString& id) {
    for (const ModelEntry& e : nades_) {
        if (e.id != id || e.model->hiddenLayer().empty())
            continue;
        modelId_ = id;
        {
            const QSignalBlocker block(chooser_);
            chooser_->setCurrentIndex(chooser_->findData(id));
        }
        grid_->setTiles(HiddenUnitTiles::strongest(*e.model, kShownUnits));
        fitGrid();
        // The legend's numbers follow the scale of this model's tiles.
        delete legend_;
        const double s = grid_->tiles().scale;
        legend_ = new ColorLegend(ColorMap::BlueOrange, -s, s, this);
        legend_->setObjectName(QStringLiteral("hiddenUnitLegend"));
        legendSlot_->addWidget(legend_);
        showHover(-1, -1);
        return true;
    }
    return false;
}

void HiddenUnitsPanel::showHover(int rank, int pixel) {
    const HiddenUnitTiles& tiles = grid_->tiles();
    if (rank < 0 || std::size_t(rank) >= tiles.size()) {
        zoom_->setValues({}, 0, 1, ColorMap::BlueOrange);
        zoom_->setImage(BinaryImage());
        readout_->setText(tiles.size() == 0 ? tr("No NADE is loaded.")
                                            : tr("Point at a tile to read its unit."));
        return;
    }
    const auto r = std::size_t(rank);
    zoom_->setValues(tiles.weights[r], -tiles.scale, tiles.scale, ColorMap::BlueOrange);
    zoom_->setHighlight(pixel);
    QString text = tr("Unit %1 of %2, rank %3 · ‖W[h, :]‖ = %4")
                       .arg(tiles.units[r])
                       .arg(tiles.hiddenCount)
                       .arg(rank + 1)
                       .arg(QLocale().toString(tiles.norms[r], 'f', 2));
    if (pixel >= 0)
        text += tr("<br>pixel (%1, %2): w = %3")
                    .arg(pixel / kSide)
                    .arg(pixel % kSide)
                    .arg(QLocale().toString(double(tiles.weights[r][std::size_t(pixel)]), 'f', 3));
    readout_->setText(text);
}

void HiddenUnitsPanel::retranslate() {
    heading_->setText(tr("What NADE's hidden units look for"));
    explanation_->setText(
        tr("Each tile is one hidden unit h: its input weights W[h, i] drawn at the pixel i they "
           "read. Ink on an <span style=\"color:#b35806\"><b>orange</b></span> pixel raises the "
           "unit's input, ink on a <span style=\"color:#2166ac\"><b>blue</b></span> one lowers "
           "it. Shown: the %1 units with the largest ‖W[h,&nbsp;:]‖, largest first.")
            .arg(kShownUnits));
    chooser_->setToolTip(tr("Which NADE's hidden units to show"));
    for (int row = 0; row < chooser_->count() && row < nades_.size(); ++row)
        chooser_->setItemText(row, OrderingColumn::orderingTitle(nades_[row].model->ordering()));
    showHover(-1, -1);
}

// The grid is as tall as it is wide: it takes the width at which its rows fit the panel's height.
void HiddenUnitsPanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitGrid();
}

void HiddenUnitsPanel::fitGrid() {
    const QMargins margins = layout()->contentsMargins();
    const int height = this->height() - margins.top() - margins.bottom();
    const int tiles = std::max<int>(1, int(grid_->tiles().size()));
    const int rows = (tiles + HiddenUnitGrid::kColumns - 1) / HiddenUnitGrid::kColumns;
    const int side = std::max(kSide, height / rows - HiddenUnitGrid::kGap);
    const int width =
        HiddenUnitGrid::kColumns * side + (HiddenUnitGrid::kColumns - 1) * HiddenUnitGrid::kGap;
    if (grid_->maximumWidth() != width)
        grid_->setMaximumWidth(width);
}

void HiddenUnitsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pixelchain::ui
