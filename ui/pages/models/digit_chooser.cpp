#include "ui/pages/models/digit_chooser.h"

#include "ui/pages/models/ordering_column.h"
#include "ui/widgets/pixel_grid.h"

#include <QBoxLayout>
#include <QButtonGroup>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <algorithm>

namespace pixelchain::ui {
namespace {

constexpr int kPartSpacing = 16; // between the parts in a row
constexpr int kMapGap = 8;       // above the map switch in a column

} // namespace

DigitChooser::DigitChooser(int side, QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("digitChooser"));
    heading_ = new QLabel(this);
    digit_ = new PixelGrid(this);
    digit_->setObjectName(QStringLiteral("explorerDigit"));
    digit_->setFixedSize(side, side);
    testDigit_ = new QSpinBox(this);
    testDigit_->setObjectName(QStringLiteral("testDigitSpin"));
    note_ = new QLabel(this);
    note_->setObjectName(QStringLiteral("digitNote"));
    note_->setWordWrap(true);
    sample_ = new QPushButton(this);
    sample_->setObjectName(QStringLiteral("explorerSampleButton"));
    maps_ = new QButtonGroup(this);
    QList<QWidget*> buttons;
    for (const int row :
         {OrderingColumn::VisitOrder, OrderingColumn::Conditionals, OrderingColumn::Surprise}) {
        auto* button = new QRadioButton(this);
        button->setObjectName(QStringLiteral("mapChoice"));
        maps_->addButton(button, row);
        buttons << button;
    }

    // Tab walks the parts in reading order in both arrangements: the number, the sample button,
    // then the map switch.
    parts_ = {part(heading_, digit_), part(testDigit_, note_, sample_),
              part(buttons[0], buttons[1], buttons[2])};
    layout_ = new QBoxLayout(QBoxLayout::TopToBottom, this);
    layout_->setContentsMargins(0, 0, 0, 0);
    for (QWidget* p : parts_)
        layout_->addWidget(p, 0, Qt::AlignTop | Qt::AlignLeft);
    layout_->addStretch(1);
    setInRow(false);
}

QWidget* DigitChooser::part(QWidget* first, QWidget* second, QWidget* third) {
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w : {first, second, third})
        if (w) {
            w->setParent(box);
            layout->addWidget(w);
        }
    return box;
}

void DigitChooser::setInRow(bool inRow) {
    layout_->setDirection(inRow ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    layout_->setSpacing(inRow ? kPartSpacing : -1);
    // In a column the map switch keeps a little distance from the sample button above it.
    parts_.back()->layout()->setContentsMargins(0, inRow ? 0 : kMapGap, 0, 0);
}

bool DigitChooser::inRow() const {
    return layout_->direction() == QBoxLayout::LeftToRight;
}

int DigitChooser::columnWidth() const {
    int width = 0;
    for (const QWidget* p : parts_)
        width = std::max(width, p->sizeHint().width());
    return width;
}

} // namespace pixelchain::ui
