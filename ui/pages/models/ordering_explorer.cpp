#include "ui/pages/models/ordering_explorer.h"

#include "core/sampling/sampler.h"
#include "ui/pages/models/digit_chooser.h"
#include "ui/pages/models/ordering_column.h"
#include "ui/widgets/color_legend.h"
#include "ui/widgets/heading.h"
#include "ui/widgets/pixel_grid.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace pixelchain::ui {
namespace {

constexpr int kHeadingWidth = 200; // the row headings wrap at this width beside the chooser
constexpr int kChooserGap = 16;    // between the chooser and the orderings or the caption
// Under the chooser: the narrowest and the widest the row headings get, and the gap between the
// columns of the grid (16 px beside the chooser).
constexpr int kNarrowestHeading = 150, kWidestHeading = 320;
constexpr int kWideSpacing = 16, kNarrowSpacing = 10;

/// A row's name in the first column, with the key to its colours under it.
QWidget* rowHeading(const QString& text, QWidget* legend, QWidget* parent) {
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 8, 0);
    auto* label = new QLabel(text, box);
    label->setWordWrap(true);
    layout->addStretch(1);
    layout->addWidget(label);
    if (legend) {
        legend->setParent(box);
        layout->addWidget(legend);
    }
    layout->addStretch(1);
    return box;
}

} // namespace

OrderingExplorer::OrderingExplorer(QWidget* parent)
    : QWidget(parent)
    , gallery_(GalleryDigits::loadBuiltIn()) {
    setObjectName(QStringLiteral("orderingExplorer"));
    caption_ = makeHeading(QString(), this);
    caption_->setObjectName(QStringLiteral("orderingCaption"));
    grid_ = new QGridLayout;
    grid_->setHorizontalSpacing(kWideSpacing);
    grid_->setVerticalSpacing(6);
    empty_ = new QLabel(this);
    empty_->hide();
    buildChooser();

    frame_ = new QGridLayout(this);
    frame_->setHorizontalSpacing(kChooserGap);
    frame_->setColumnStretch(2, 1);
    frame_->setRowStretch(3, 1);
    frame_->addWidget(empty_, 1, 0, 1, 3);
    arrange(true);
    if (!chooseTestDigit(0))
        showDigit(BinaryImage());
    retranslate();
    showMap(OrderingColumn::VisitOrder);
}

QAbstractButton* OrderingExplorer::mapButton(int row) const {
    return maps_->button(row);
}

void OrderingExplorer::showMap(int row) {
    if (!maps_->button(row))
        return;
    shownMap_ = row;
    maps_->button(row)->setChecked(true);
    // The first three headings name the map rows, in the order of the rows.
    for (qsizetype k = 0; k < rowHeadings_.size() && k < 3; ++k)
        rowHeadings_[k]->setVisible(OrderingColumn::VisitOrder + k == row);
    for (OrderingColumn* column : columns_)
        column->showMapRow(row);
}

// The digit, its source and the columns stay; their words are set again.
void OrderingExplorer::retranslate() {
    addRowHeadings();
    empty_->setText(tr("No NADE is loaded, so there is no ordering to compare."));
    digitHeading_->setText(tr("<b>The digit</b>"));
    digitSpin_->setPrefix(tr("Test digit "));
    digitSpin_->setSuffix(tr(" of %1").arg(gallery_.size()));
    digitSpin_->setToolTip(tr("One of the real test digits the Density page offers"));
    sample_->setText(tr("Sample a digit"));
    sample_->setToolTip(tr("A digit drawn by the NADE of the first column, next seed"));
    mapButton(OrderingColumn::VisitOrder)->setText(tr("Visiting order"));
    mapButton(OrderingColumn::Conditionals)->setText(tr("Conditionals"));
    mapButton(OrderingColumn::Surprise)->setText(tr("Surprise"));
    for (QAbstractButton* button : maps_->buttons())
        button->setToolTip(tr("Which map each ordering shows"));
    describeDigit();
    describeColumns();
    for (OrderingColumn* column : columns_)
        column->retranslate();
}

void OrderingExplorer::describeDigit() {
    if (sampledFrom_)
        digitNote_->setText(tr("Drawn by the NADE in order “%1”, seed %2")
                                .arg(OrderingColumn::orderingTitle(*sampledFrom_))
                                .arg(sampleSeed_));
    else if (gallery_.size() > 0)
        digitNote_->setText(tr("A real %1 from the test set")
                                .arg(gallery_.labels[std::size_t(digitSpin_->value() - 1)]));
    else
        digitNote_->setText(gallery_.error);
}

void OrderingExplorer::describeColumns() {
    // Only the shipped orderings are shown, a handful of the 784! the chain rule allows.
    caption_->setText(tr("The chain rule is exact in each of the %1! orderings of the pixels; here "
                         "are the NADEs trained in %n of them: compare their scores.",
                         "", int(columns_.size()))
                          .arg(kPixels));
}

void OrderingExplorer::buildChooser() {
    chooser_ = new DigitChooser(OrderingColumn::kGridSide, this);
    digitHeading_ = chooser_->heading();
    digitView_ = chooser_->digit();
    digitSpin_ = chooser_->testDigit();
    digitSpin_->setRange(1, std::max<int>(1, int(gallery_.size())));
    digitSpin_->setEnabled(gallery_.size() > 0);
    digitNote_ = chooser_->note();
    sample_ = chooser_->sample();
    maps_ = chooser_->maps();
    connect(maps_, &QButtonGroup::idClicked, this, &OrderingExplorer::showMap);
    connect(digitSpin_, &QSpinBox::valueChanged, this,
            [this](int value) { chooseTestDigit(value - 1); });
    connect(sample_, &QPushButton::clicked, this, &OrderingExplorer::drawSample);
}

int OrderingExplorer::besideWidth() const {
    const QMargins margins = frame_->contentsMargins();
    int columns = 0;
    for (const OrderingColumn* column : columns_)
        columns += kWideSpacing + column->naturalWidth();
    // The frame's third column, empty beside the chooser, takes the slack after one more gap.
    return margins.left() + chooser_->columnWidth() + kChooserGap + kHeadingWidth + columns +
           kChooserGap + margins.right();
}

// Beside the chooser the grid keeps its own widths. Under it the row headings take what the
// columns leave, up to a limit: wider headings take fewer lines, and height is what a narrow
// screen lacks most. The columns keep at least a map and its texts (a log p too long for that
// wraps its unit), and share what the widest headings leave.
void OrderingExplorer::fitGrid() {
    const bool beside = !chooser_->inRow();
    int columnWidth = QWIDGETSIZE_MAX;
    if (!beside && !columns_.isEmpty()) {
        const QMargins margins = frame_->contentsMargins();
        const int room = width() - margins.left() - margins.right() - kWidestHeading;
        columnWidth =
            std::max(OrderingColumn::kColumnWidth, room / int(columns_.size()) - kNarrowSpacing);
    }
    grid_->setHorizontalSpacing(beside ? kWideSpacing : kNarrowSpacing);
    grid_->setColumnStretch(0, beside ? 0 : 1);
    for (QWidget* box : rowHeadings_) {
        box->setMinimumWidth(beside ? kHeadingWidth : kNarrowestHeading);
        box->setMaximumWidth(beside ? kHeadingWidth : kWidestHeading);
    }
    for (int k = 0; k < columns_.size(); ++k) {
        columns_[k]->setWidthLimit(columnWidth);
        grid_->setColumnMinimumWidth(k + 1, beside ? OrderingColumn::kColumnWidth : columnWidth);
    }
}

// Beside: the caption over the chooser (a column) and the orderings. Above: the chooser (a row)
// beside the caption, the orderings under both with the whole width.
void OrderingExplorer::arrange(bool beside) {
    if (frame_->indexOf(chooser_) >= 0 && beside == !chooser_->inRow())
        return;
    frame_->removeWidget(caption_);
    frame_->removeWidget(chooser_);
    frame_->removeItem(grid_);
    chooser_->setInRow(!beside);
    if (beside) {
        frame_->addWidget(caption_, 0, 0, 1, 3);
        frame_->addWidget(chooser_, 2, 0, Qt::AlignTop);
        frame_->addLayout(grid_, 2, 1);
    } else {
        frame_->addWidget(chooser_, 0, 0, Qt::AlignTop);
        frame_->addWidget(caption_, 0, 1, 1, 2, Qt::AlignTop);
        frame_->addLayout(grid_, 2, 0, 1, 3);
    }
}

void OrderingExplorer::relayout() {
    // A few pixels to spare: the tab widgets around the page add their frames to its minimum, so
    // a page exactly as wide as its minimum would still hold the window wider than asked.
    arrange(width() >= besideWidth() + kChooserGap);
    fitGrid();
}

void OrderingExplorer::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    relayout();
}

// Built again on a language switch: each heading holds its words and its legend's.
void OrderingExplorer::addRowHeadings() {
    qDeleteAll(rowHeadings_);
    rowHeadings_.clear();
    using Row = OrderingColumn::Row;
    const QString bits = tr("%1 bits");
    const QList<std::pair<Row, QWidget*>> rows = {
        {Row::VisitOrder,
         rowHeading(
             tr("Visiting order σ; the line is its first %1 steps").arg(OrderingColumn::kPathSteps),
             new ColorLegend(ColorMap::Grey, tr("first"), tr("last")), this)},
        {Row::Conditionals,
         rowHeading(tr("p(x<sub>i</sub> = 1 | pixels before i)"),
                    new ColorLegend(ColorMap::Viridis, tr("0: off"), tr("1: on")), this)},
        {Row::Surprise,
         rowHeading(tr("Surprise −log<sub>2</sub> p(x<sub>i</sub> | pixels before i)"),
                    new ColorLegend(ColorMap::Cividis, bits.arg(0),
                                    tr("≥ %1").arg(bits.arg(OrderingColumn::kSurpriseTopBits))),
                    this)},
        {Row::LogProb,
         rowHeading(tr("<b>log p(x)</b> of this digit (higher is more likely)"), nullptr, this)},
        {Row::TestNll,
         rowHeading(tr("Test NLL of the model, all test digits (lower is better)"), nullptr, this)},
        {Row::Pointer, rowHeading(tr("The pixel under the pointer"), nullptr, this)}};
    for (const auto& [row, heading] : rows) {
        heading->setFixedWidth(kHeadingWidth); // fitGrid() gives it its width under the chooser
        grid_->addWidget(heading, row, 0);
        rowHeadings_.append(heading);
    }
    if (maps_)
        showMap(shownMap_);
    relayout();
}

void OrderingExplorer::showModels(const QVector<ModelEntry>& entries) {
    qDeleteAll(columns_);
    columns_.clear();
    QVector<const ModelEntry*> nades;
    for (const ModelEntry& e : entries)
        if (e.model && e.model->family() == ModelFamily::Nade && !e.userModel)
            nades.append(&e); // the shipped orderings; a NADE trained here repeats one of them
    std::stable_sort(nades.begin(), nades.end(), [](const auto* a, const auto* b) {
        return OrderingColumn::orderingRank(a->model->ordering()) <
               OrderingColumn::orderingRank(b->model->ordering());
    });
    for (const ModelEntry* e : nades) {
        auto* column = new OrderingColumn(*e, this);
        column->place(grid_, int(columns_.size()) + 1);
        for (PixelGrid* grid : column->grids())
            connect(grid, &PixelGrid::hovered, this, &OrderingExplorer::showPixel);
        column->showDigit(digit_);
        column->showMapRow(shownMap_);
        columns_.append(column);
    }
    empty_->setVisible(columns_.isEmpty());
    sample_->setEnabled(!columns_.isEmpty());
    describeColumns();
    relayout();
}

bool OrderingExplorer::chooseTestDigit(int index) {
    if (index < 0 || std::size_t(index) >= gallery_.size())
        return false;
    const QSignalBlocker block(digitSpin_);
    digitSpin_->setValue(index + 1);
    sampledFrom_.reset();
    describeDigit();
    showDigit(gallery_.images[std::size_t(index)]);
    return true;
}

void OrderingExplorer::drawSample() {
    if (columns_.isEmpty())
        return;
    const ModelEntry& entry = columns_.front()->entry();
    ++sampleSeed_;
    sampledFrom_ = entry.model->ordering();
    describeDigit();
    showDigit(Sampler::draw(entry.model, sampleSeed_));
}

void OrderingExplorer::showDigit(const BinaryImage& digit) {
    digit_ = digit;
    digitView_->setImage(digit_);
    for (OrderingColumn* column : columns_)
        column->showDigit(digit_);
}

void OrderingExplorer::showPixel(int pixel) {
    digitView_->setHighlight(pixel);
    for (OrderingColumn* column : columns_)
        column->showPixel(pixel);
}

void OrderingExplorer::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pixelchain::ui
