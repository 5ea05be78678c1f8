#include "ui/pages/density/pitfall_note.h"

#include <QHBoxLayout>
#include <QLabel>
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
        tr("An empty canvas scores higher than most real digits: every pixel off is easy to "
           "predict, so log p is large. Likelihood rewards predictable pixels, not digit-like "
           "shapes, so on its own it is an imperfect anomaly score."),
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
    connect(button, &QPushButton::clicked, this, &PitfallNote::blankRequested);
}

} // namespace pixelchain::ui
