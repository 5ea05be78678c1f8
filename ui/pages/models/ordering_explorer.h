#pragma once
// OrderingExplorer: one digit under every NADE ordering side by side. The chain rule factorizes
// p(x) exactly in any order σ, so each column is a complete, exact density; but each ordering's
// NADE learned different conditionals, so the columns disagree on the same digit and on the test
// set. Students pick a real test digit (the gallery the Density page uses) or draw a sample and
// compare, row by row: where each σ goes, p(x_i = 1 | pixels before i), the surprise of each
// pixel, the digit's log p(x) and the test NLL. Pointing at a pixel outlines it in every map.
// One kind of map is shown at a time (a switch beside the digit chooses it), so that the
// orderings stand side by side on a projector's screen without scrolling.
#include "core/image/ordering.h"
#include "ui/adapters/gallery_digits.h"
#include "ui/adapters/model_library.h"

#include <QWidget>
#include <optional>

class QAbstractButton;
class QButtonGroup;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace pixelchain::ui {

class DigitChooser;
class OrderingColumn;
class PixelGrid;

class OrderingExplorer : public QWidget {
    Q_OBJECT
public:
    explicit OrderingExplorer(QWidget* parent = nullptr);

    /// One column per NADE in `entries`, in the order raster, column, spiral, random, custom.
    void showModels(const QVector<ModelEntry>& entries);
    /// Shows real test digit `index` (0-based) of the gallery; false outside it.
    bool chooseTestDigit(int index);
    /// Shows a digit drawn by the first column's NADE with the next seed.
    void drawSample();
    /// Shows any digit under each ordering of a loaded NADE.
    void showDigit(const BinaryImage& digit);

    const BinaryImage& digit() const { return digit_; }
    const QList<OrderingColumn*>& columns() const { return columns_; }
    const GalleryDigits& gallery() const { return gallery_; }
    /// Shows the maps of one row (VisitOrder, Conditionals or Surprise) and hides the others.
    void showMap(int row);
    /// The map row shown now.
    int shownMap() const { return shownMap_; }
    /// The switch's button for a map row (nullptr for another row).
    QAbstractButton* mapButton(int row) const;

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    /// Says where the digit on screen comes from: a test digit or a sample.
    void describeDigit();
    void describeColumns();
    void buildChooser();
    /// The width at which the chooser stands beside the orderings, as a column.
    int besideWidth() const;
    /// The chooser beside the orderings (a column), or above them (a row) beside the caption.
    void arrange(bool beside);
    /// Gives the row headings and the columns their widths for the arrangement and the width.
    void fitGrid();
    /// arrange() for the present width, then fitGrid().
    void relayout();
    void addRowHeadings();
    void showPixel(int pixel);

    GalleryDigits gallery_;
    BinaryImage digit_;
    std::uint64_t sampleSeed_ = 0;
    QList<OrderingColumn*> columns_;
    QLabel* caption_ = nullptr;
    QGridLayout* frame_ = nullptr; ///< the caption, the chooser and the orderings' grid
    QGridLayout* grid_ = nullptr;
    DigitChooser* chooser_ = nullptr;
    PixelGrid* digitView_ = nullptr;
    QSpinBox* digitSpin_ = nullptr;
    QLabel* digitNote_ = nullptr;
    QPushButton* sample_ = nullptr;
    QLabel* empty_ = nullptr;
    QLabel* digitHeading_ = nullptr;
    QList<QWidget*> rowHeadings_;
    QButtonGroup* maps_ = nullptr;
    int shownMap_ = 1;                    ///< OrderingColumn::VisitOrder at first
    std::optional<Ordering> sampledFrom_; ///< the ordering of the NADE that drew the digit
};

} // namespace pixelchain::ui
