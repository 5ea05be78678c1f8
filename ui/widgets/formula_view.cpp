#include "ui/widgets/formula_view.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pixelchain::ui {

namespace {

QLabel* makeLine(const QString& name, double scale, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    return label;
}

} // namespace

FormulaView::FormulaView(QWidget* parent)
    : QFrame(parent) {
    setFrameShape(QFrame::StyledPanel);
    heading_ = makeLine(QStringLiteral("formulaHeading"), 1.0, this);
    heading_->setTextFormat(Qt::PlainText);
    QFont bold = heading_->font();
    bold.setBold(true);
    heading_->setFont(bold);
    formula_ = makeLine(QStringLiteral("formulaText"), 1.25, this);
    numbers_ = makeLine(QStringLiteral("formulaNumbers"), 1.1, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading_);
    layout->addWidget(formula_);
    layout->addWidget(numbers_);
}

void FormulaView::setFormula(const QString& heading, const QString& formula,
                             const QString& numbers) {
    heading_->setText(heading);
    formula_->setText(formula);
    numbers_->setText(numbers);
}

QString FormulaView::heading() const {
    return heading_->text();
}

QString FormulaView::formula() const {
    return formula_->text();
}

QString FormulaView::numbers() const {
    return numbers_->text();
}

} // namespace pixelchain::ui
