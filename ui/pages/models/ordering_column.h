#pragma once
// OrderingColumn: one NADE of the ordering explorer, i.e. one ordering σ of the same chain rule
//
//   log p(x) = Σ_j log p(x_σ(j) | x_σ(1), …, x_σ(j−1)),
//
// shown for the digit the explorer holds: where σ goes (visiting order, the first steps drawn as
// a path), every conditional p(x_i = 1 | pixels before i in σ), every pixel's surprise
// −log₂ p(x_i | pixels before i) in bits, the digit's log p(x) and the model's test NLL from its
// file's metadata. The numbers come from one DensityModel::evaluate() per digit; the column only
// draws them.
//
// The explorer lays every column out in one grid so that the same quantity lines up across the
// orderings; a column owns its widgets (parented to the explorer) and says where each one goes.
#include "ui/adapters/model_library.h"

#include <QObject>

class QGridLayout;
class QLabel;

namespace pixelchain::ui {

class PixelGrid;

class OrderingColumn : public QObject {
    Q_OBJECT
public:
    /// The rows of the explorer's grid, top to bottom.
    enum Row { Title, VisitOrder, Conditionals, Surprise, LogProb, TestNll, Pointer, RowCount };

    /// Side of each map: 5 screen pixels per image pixel, so that four orderings and their
    /// row headings stand side by side on a 1280 px wide screen.
    static constexpr int kGridSide = 5 * kSide;
    /// Width of a column: a map and room for its longest text.
    static constexpr int kColumnWidth = kGridSide + 40;
    /// The surprise map saturates at 4 bits: p(x_i | earlier pixels) = 1/16, a pixel the model
    /// found unlikely. Most pixels of a real digit cost far less than a bit.
    static constexpr float kSurpriseTopBits = 4;
    /// How many of the first steps of σ the visiting-order map draws as a path.
    static constexpr int kPathSteps = kSide;

    /// `entry` must hold a NADE; the widgets are created as children of `parent`.
    OrderingColumn(const ModelEntry& entry, QWidget* parent);
    /// Takes its widgets off the explorer.
    ~OrderingColumn() override;

    /// Puts the widgets into `grid`, one per Row, in `column`.
    void place(QGridLayout* grid, int column) const;
    /// Evaluates `digit` under this ordering's model and redraws.
    void showDigit(const BinaryImage& digit);
    /// Outlines raster pixel `pixel` (−1: none) and states its step, conditional and surprise.
    void showPixel(int pixel);
    /// Sets the column's texts again in the current language (the explorer calls it: the
    /// column is no widget and gets no LanguageChange of its own).
    void retranslate();

    const ModelEntry& entry() const { return entry_; }
    const BinaryImage& digit() const { return digit_; }
    const Evaluation& evaluation() const { return evaluation_; }
    /// The log p(x) the column shows, in nats.
    double logProb() const { return evaluation_.logProb; }
    QList<PixelGrid*> grids() const;
    /// Shows the map of `row` (VisitOrder, Conditionals or Surprise) and hides the other two.
    void showMapRow(int row);
    /// The width the column takes when nothing in it wraps but its title and its test NLL.
    int naturalWidth() const;
    /// Holds every text of the column to `width` (log p(x) then wraps its unit under the figure
    /// when both do not fit); QWIDGETSIZE_MAX lets the texts take the width they like.
    void setWidthLimit(int width);
    QLabel* logProbLabel() const { return logProb_; }
    QLabel* testNllLabel() const { return testNll_; }
    QLabel* pointerLabel() const { return pointer_; }

    /// Where an ordering goes among the others: raster, column, spiral, random, then the rest.
    static int orderingRank(const Ordering& ordering);
    /// "Raster: row by row", "Spiral from the centre", "Random (seed 7)", …
    static QString orderingTitle(const Ordering& ordering);
    /// "83.78 nats", or "not measured yet" when the file gives no test NLL.
    static QString testNllText(double testNll);
    /// The surprise of each pixel in bits (evaluate() gives nats): s / ln 2.
    static std::vector<float> surpriseBits(const Evaluation& evaluation);

private:
    PixelGrid* makeGrid(const char* name, QWidget* parent);
    QList<QWidget*> widgets() const;

    ModelEntry entry_;
    BinaryImage digit_;
    Evaluation evaluation_;
    QLabel* title_ = nullptr;
    PixelGrid* visitOrder_ = nullptr;
    PixelGrid* conditionals_ = nullptr;
    PixelGrid* surprise_ = nullptr;
    QLabel* logProb_ = nullptr;
    QLabel* testNll_ = nullptr;
    QLabel* pointer_ = nullptr;
};

} // namespace pixelchain::ui
