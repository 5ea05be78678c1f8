#include "ui/pages/lessons/lesson_panel.h"

#include "ui/widgets/heading.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

namespace pixelchain::ui {

LessonPanel::LessonPanel(const ModelLibrary* models, QWidget* parent)
    : QWidget(parent)
    , models_(models)
    , steps_(LessonSteps::all(models)) {
    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("lessonList"));
    for (int i = 0; i < count(); ++i)
        list_->addItem(tr("%1. %2").arg(i + 1).arg(steps_[i].title));
    list_->setMaximumHeight(list_->sizeHintForRow(0) * count() + 2 * list_->frameWidth() + 4);

    counter_ = new QLabel(this);
    counter_->setObjectName(QStringLiteral("lessonCounter"));
    title_ = makeHeading(QString(), this);
    title_->setObjectName(QStringLiteral("lessonTitle"));
    text_ = new QLabel(this);
    text_->setObjectName(QStringLiteral("lessonText"));
    text_->setWordWrap(true);
    text_->setTextFormat(Qt::RichText);
    text_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QFont body = text_->font();
    body.setPointSizeF(std::max(body.pointSizeF(), 13.0));
    text_->setFont(body);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(text_);

    previous_ = new QPushButton(this);
    previous_->setObjectName(QStringLiteral("lessonPrevious"));
    next_ = new QPushButton(this);
    next_->setObjectName(QStringLiteral("lessonNext"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(previous_);
    buttons->addWidget(counter_, 1, Qt::AlignCenter);
    buttons->addWidget(next_);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(list_);
    layout->addWidget(title_);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(previous_, &QPushButton::clicked, this, &LessonPanel::previous);
    connect(next_, &QPushButton::clicked, this, &LessonPanel::next);
    connect(list_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != current_)
            go(row);
    });
    retranslate();
}

// The steps are written in the language of the moment: build them again, stay on the same step
// (and ask for no view: the app stays where the user left it).
void LessonPanel::retranslate() {
    steps_ = LessonSteps::all(models_);
    for (int i = 0; i < count() && i < list_->count(); ++i)
        list_->item(i)->setText(tr("%1. %2").arg(i + 1).arg(steps_[i].title));
    previous_->setText(tr("◀ Previous"));
    previous_->setToolTip(tr("Previous step (Page Up)"));
    next_->setText(tr("Next ▶"));
    next_->setToolTip(tr("Next step (Page Down)"));
    showStep(current_);
}

void LessonPanel::go(int index) {
    showStep(index);
    Q_EMIT viewRequested(steps_[current_].view);
}

void LessonPanel::next() {
    if (current_ + 1 < count())
        go(current_ + 1);
}

void LessonPanel::previous() {
    if (current_ > 0)
        go(current_ - 1);
}

void LessonPanel::showStep(int index) {
    index = std::clamp(index, 0, count() - 1);
    current_ = index;
    const LessonStep& shown = steps_[index];
    {
        const QSignalBlocker block(list_);
        list_->setCurrentRow(index);
    }
    counter_->setText(tr("Step %1 of %2").arg(index + 1).arg(count()));
    title_->setText(shown.title);
    text_->setText(shown.text);
    previous_->setEnabled(index > 0);
    next_->setEnabled(index + 1 < count());
}

void LessonPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pixelchain::ui
