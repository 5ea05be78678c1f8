#pragma once
// HiddenUnitsPanel: NADE's hidden layer made visible. Every hidden unit h adds up the pixels
// decided so far through its input weights W[h, :], so drawing those weights in image space shows
// what each unit looks for: strokes, blobs, the edge of a digit. The 100 units with the largest
// weight norm are tiled, strongest first; pointing at a tile names the unit, its norm and the
// weight under the pointer, and shows the tile large. A chooser picks among the loaded NADEs.
#include "ui/adapters/model_library.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QVBoxLayout;

namespace pixelchain::ui {

class ColorLegend;
class HiddenUnitGrid;
class PixelGrid;

class HiddenUnitsPanel : public QWidget {
    Q_OBJECT
public:
    /// How many units are shown.
    static constexpr int kShownUnits = 100;

    explicit HiddenUnitsPanel(QWidget* parent = nullptr);

    /// Offers every NADE of `entries`; keeps the chosen one when it is still there.
    void showModels(const QVector<ModelEntry>& entries);
    /// Shows the units of the NADE with this library id; false when there is none.
    bool showModel(const QString& id);

    HiddenUnitGrid* grid() const { return grid_; }
    QLabel* readout() const { return readout_; }
    /// The id of the NADE whose units are shown (empty: none).
    QString modelId() const { return modelId_; }

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Narrows the grid until its rows fit the panel's height.
    void fitGrid();
    /// Sets every text again in the current language.
    void retranslate();
    QWidget* buildSide();
    void showHover(int rank, int pixel);

    QVector<ModelEntry> nades_;
    QString modelId_;
    QComboBox* chooser_ = nullptr;
    QLabel* heading_ = nullptr;
    QLabel* explanation_ = nullptr;
    HiddenUnitGrid* grid_ = nullptr;
    PixelGrid* zoom_ = nullptr;
    QVBoxLayout* legendSlot_ = nullptr;
    ColorLegend* legend_ = nullptr;
    QLabel* readout_ = nullptr;
};

} // namespace pixelchain::ui
