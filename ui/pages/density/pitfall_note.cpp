#include "ui/pages/density/pitfall_note.h"

#include <QEvent>
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
    heading_ = new QLabel(this);
    QFont bold = heading_->font();
    bold.setBold(true);
    heading_->setFont(bold);
    text_ = new QLabel(this);
    text_->setObjectName(QStringLiteral("pitfallText"));
    text_->setWordWrap(true);
    button_ = new QPushButton(this);
    button_->setObjectName(QStringLiteral("blankButton"));
    auto* top = new QHBoxLayout;
    top->addWidget(heading_, 1);
    top->addWidget(button_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(top);
    layout->addWidget(text_);
    perModel_ = new QLabel(this);
    perModel_->setObjectName(QStringLiteral("blankPerModel"));
    perModel_->setTextFormat(Qt::RichText);
    perModel_->setWordWrap(true);
    layout->addWidget(perModel_);
    connect(button_, &QPushButton::clicked, this, &PitfallNote::blankRequested);
    retranslate();
}

// The per-model line comes with the page's next showBlankCanvas().
void PitfallNote::retranslate() {
    heading_->setText(tr("Pitfall: a blank canvas"));
    text_->setText(
        tr("On an empty canvas every pixel is off, which is easy to predict, so log p can be "
           "large. Likelihood rewards predictable pixels, not digit-like shapes, so on its own "
           "it is an imperfect anomaly score. Whether the blank canvas beats every test digit "
           "depends on the model:"));
    button_->setText(tr("Try a blank canvas"));
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

void PitfallNote::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace pixelchain::ui
