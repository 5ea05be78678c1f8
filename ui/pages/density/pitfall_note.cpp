#include "ui/pages/density/pitfall_note.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace pixelchain::ui {

PitfallNote::PitfallNote(QWidget* parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("pitfallNote"));
    setFrameShape(QFrame::StyledPanel);
    auto* heading = new QLabel(tr("Pitfall: a blank canvas"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto* text = new QLabel(
        tr("On an empty canvas every pixel is off, which is easy to predict, so log p can be "
           "large. Likelihood rewards predictable pixels, not digit-like shapes, so on its own "
           "it is an imperfect anomaly score. Whether the blank canvas beats every test digit "
           "depends on the model:"),
        this);
    text->setObjectName(QStringLiteral("pitfallText"));
    text->setWordWrap(true);
    auto* button = new QPushButton(tr("Try a blank canvas"), this);
    button->setObjectName(QStringLiteral("blankButton"));
    auto* top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(button);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(top);
    layout->addWidget(text);
    perModel_ = new QLabel(this);
    perModel_->setObjectName(QStringLiteral("blankPerModel"));
    perModel_->setTextFormat(Qt::RichText);
    perModel_->setWordWrap(true);
    layout->addWidget(perModel_);
    connect(button, &QPushButton::clicked, this, &PitfallNote::blankRequested);
}

void PitfallNote::showBlankCanvas(const QVector<BlankCanvasScore>& scores) {
    // Two short groups on the page (the column must keep its height); each model's two numbers in
    // the tooltip.
    const QLocale locale;
    QStringList above, notAbove, numbers;
    for (const BlankCanvasScore& s : scores) {
        (s.aboveEveryTestDigit() ? above : notAbove).append(s.name);
        numbers.append(tr("%1: blank %2 nats, most probable test digit %3 nats")
                           .arg(s.name, locale.toString(s.blankLogProb, 'f', 1),
                                locale.toString(s.largestTestLogProb, 'f', 1)));
    }
    const QString none = tr("none");
    const QString separator = QStringLiteral("; ");
    perModel_->setText(tr("More probable than every test digit under: %1.<br>Not under: %2.")
                           .arg(above.isEmpty() ? none : above.join(separator),
                                notAbove.isEmpty() ? none : notAbove.join(separator)));
    perModel_->setToolTip(numbers.join(QLatin1Char('\n')));
    perModel_->setVisible(!scores.isEmpty());
}

} // namespace pixelchain::ui
