#include "ui/pages/models/ordering_column.h"

#include "ui/adapters/model_names.h"
#include "ui/adapters/surprise_bits.h"
#include "ui/widgets/pixel_grid.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace pixelchain::ui {

OrderingColumn::OrderingColumn(const ModelEntry& entry, QWidget* parent)
    : QObject(parent)
    , entry_(entry) {
    setObjectName(entry.id);
    title_ = new QLabel(parent);
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);
    title_->setToolTip(entry.title);
    title_->setWordWrap(true);
    visitOrder_ = makeGrid("visitOrderMap", parent);
    conditionals_ = makeGrid("conditionalMap", parent);
    surprise_ = makeGrid("surpriseMap", parent);
    // When each pixel is visited: light early, dark late; the path marks where σ starts.
    std::vector<float> steps(kPixels);
    for (int pixel = 0; pixel < kPixels; ++pixel)
        steps[std::size_t(pixel)] = float(entry.model->ordering().position(pixel));
    visitOrder_->setValues(std::move(steps), 0, kPixels - 1, ColorMap::Grey);
    visitOrder_->setOrderingOverlay(entry.model->ordering(), kPathSteps);

    logProb_ = new QLabel(parent);
    logProb_->setObjectName(QStringLiteral("logProbLabel"));
    QFont large = logProb_->font();
    large.setPointSizeF(large.pointSizeF() * 1.25);
    large.setBold(true);
    logProb_->setFont(large);
    testNll_ = new QLabel(parent);
    testNll_->setObjectName(QStringLiteral("testNllLabel"));
    testNll_->setWordWrap(true); // the figure, then how the model was trained, under it
    retranslate();
    pointer_ = new QLabel(parent);
    pointer_->setObjectName(QStringLiteral("pointerLabel"));
    pointer_->setTextFormat(Qt::RichText);
    pointer_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    pointer_->setWordWrap(true);
    showPixel(-1);
}

void OrderingColumn::retranslate() {
    title_->setText(orderingTitle(entry_.model->ordering()));
    testNll_->setText(
        tr("%1 · %2").arg(testNllText(entry_.testNll), ModelNames::training(entry_.training)));
    const auto validation = entry_.metadata.find("validation_nll_nats");
    if (!std::isfinite(entry_.testNll) && validation != entry_.metadata.end())
        testNll_->setToolTip(tr("Still training: %1 nats on the validation digits so far")
                                 .arg(QString::fromStdString(validation->second)));
    if (evaluation_.conditionals.empty())
        return; // no digit evaluated yet
    logProb_->setText(tr("%1 nats").arg(QLocale().toString(evaluation_.logProb, 'f', 2)));
    logProb_->setToolTip(
        tr("log p(x) = %1 nats = %2 bits")
            .arg(QLocale().toString(evaluation_.logProb, 'f', 4),
                 QLocale().toString(evaluation_.logProb / std::numbers::ln2, 'f', 2)));
}

OrderingColumn::~OrderingColumn() {
    // The widgets belong to the explorer; the column was created before them, so they are
    // still alive here even when the explorer itself is being destroyed.
    qDeleteAll(widgets());
}

QList<QWidget*> OrderingColumn::widgets() const {
    return {title_, visitOrder_, conditionals_, surprise_, logProb_, testNll_, pointer_};
}

PixelGrid* OrderingColumn::makeGrid(const char* name, QWidget* parent) {
    auto* grid = new PixelGrid(parent);
    grid->setObjectName(QString::fromLatin1(name));
    grid->setProperty("modelId", entry_.id);
    grid->setFixedSize(kGridSide, kGridSide);
    return grid;
}

void OrderingColumn::place(QGridLayout* grid, int column) const {
    // Equal columns, whatever their texts: the orderings compare side by side.
    grid->setColumnMinimumWidth(column, kColumnWidth);
    grid->addWidget(title_, Title, column, Qt::AlignBottom);
    grid->addWidget(visitOrder_, VisitOrder, column);
    grid->addWidget(conditionals_, Conditionals, column);
    grid->addWidget(surprise_, Surprise, column);
    grid->addWidget(logProb_, LogProb, column);
    grid->addWidget(testNll_, TestNll, column);
    grid->addWidget(pointer_, Pointer, column);
}

int OrderingColumn::naturalWidth() const {
    const QFontMetrics metrics(logProb_->font());
    return std::max(kColumnWidth, metrics.boundingRect(logProb_->text()).width() + 2);
}

void OrderingColumn::setWidthLimit(int width) {
    const bool wraps = width < naturalWidth();
    if (logProb_->wordWrap() != wraps)
        logProb_->setWordWrap(wraps);
    for (QLabel* label : {title_, logProb_, testNll_, pointer_})
        label->setMaximumWidth(width);
}

QList<PixelGrid*> OrderingColumn::grids() const {
    return {visitOrder_, conditionals_, surprise_};
}

void OrderingColumn::showMapRow(int row) {
    visitOrder_->setVisible(row == VisitOrder);
    conditionals_->setVisible(row == Conditionals);
    surprise_->setVisible(row == Surprise);
}

void OrderingColumn::showDigit(const BinaryImage& digit) {
    digit_ = digit;
    // The one pass for this digit: log p, every conditional and every surprise together.
    evaluation_ = entry_.model->evaluate(digit_);
    conditionals_->setValues(evaluation_.conditionals, 0, 1, ColorMap::Viridis);
    surprise_->setValues(surpriseBits(evaluation_), 0, kSurpriseTopBits, ColorMap::Cividis);
    retranslate();
    showPixel(-1);
}

void OrderingColumn::showPixel(int pixel) {
    for (PixelGrid* grid : grids())
        grid->setHighlight(pixel);
    if (pixel < 0 || pixel >= kPixels || evaluation_.conditionals.size() != std::size_t(kPixels)) {
        // Two lines, as the pixel's own text: pointing at a pixel does not move the rows under it.
        pointer_->setText(QStringLiteral("–<br>&nbsp;"));
        return;
    }
    const auto i = std::size_t(pixel);
    pointer_->setText(
        tr("step %1 of %2<br>p = %3 · %4 bits")
            .arg(entry_.model->ordering().position(pixel) + 1)
            .arg(kPixels)
            .arg(QLocale().toString(double(evaluation_.conditionals[i]), 'f', 3))
            .arg(QLocale().toString(SurpriseBits::fromNats(evaluation_.surprise[i]), 'f', 2)));
}

int OrderingColumn::orderingRank(const Ordering& ordering) {
    const std::string& name = ordering.name();
    const char* known[] = {"raster", "column", "spiral"};
    for (int rank = 0; rank < 3; ++rank)
        if (name == known[rank])
            return rank;
    return name.rfind("random:", 0) == 0 ? 3 : 4;
}

QString OrderingColumn::orderingTitle(const Ordering& ordering) {
    const std::string& name = ordering.name();
    if (name == "raster")
        return tr("Raster: row by row");
    if (name == "column")
        return tr("Column by column");
    if (name == "spiral")
        return tr("Spiral from the centre");
    if (name.rfind("random:", 0) == 0)
        return tr("Random (seed %1)").arg(QString::fromStdString(name.substr(7)));
    return tr("Custom order");
}

QString OrderingColumn::testNllText(double testNll) {
    if (!std::isfinite(testNll))
        return tr("not measured yet");
    return tr("%1 nats").arg(QLocale().toString(testNll, 'f', 2));
}

std::vector<float> OrderingColumn::surpriseBits(const Evaluation& evaluation) {
    return SurpriseBits::of(evaluation);
}

} // namespace pixelchain::ui
