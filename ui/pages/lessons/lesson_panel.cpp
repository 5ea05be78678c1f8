#include "ui/pages/lessons/lesson_panel.h"

#include "ui/pages/lessons/lesson_text.h"
#include "ui/pages/lessons/step_picker.h"
#include "ui/widgets/heading.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace pixelchain::ui {

namespace {

/// A readable measure of text beside the page, in average characters.
constexpr int kColumnCharacters = 48;

} // namespace

LessonPanel::LessonPanel(const ModelLibrary* models, QWidget* parent)
    : QWidget(parent)
    , models_(models)
    , steps_(LessonSteps::all(models)) {
    build();
    arrange();
    retranslate();
    showStepAt(0, false);
}

// Created in the order Tab visits them in either arrangement: the list or the picker first, then
// Previous, Next and the strip's close button.
void LessonPanel::build() {
    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("lessonList"));
    picker_ = new StepPicker(this);
    picker_->setObjectName(QStringLiteral("lessonPicker"));
    picker_->setFocusPolicy(Qt::StrongFocus);
    // The picker says where the class is: bold, the size of the lesson's text.
    QFont name = picker_->font();
    name.setPointSizeF(LessonText::kPoints);
    name.setBold(true);
    picker_->setFont(name);
    for (int i = 0; i < count(); ++i) {
        list_->addItem(QString());
        picker_->addItem(QString());
    }
    counter_ = new QLabel(this);
    counter_->setObjectName(QStringLiteral("lessonCounter"));
    beat_ = new QLabel(this);
    beat_->setObjectName(QStringLiteral("lessonBeat"));
    title_ = makeHeading(QString(), this);
    title_->setObjectName(QStringLiteral("lessonTitle"));
    text_ = new LessonText(this);
    text_->setObjectName(QStringLiteral("lessonText"));
    previous_ = new QPushButton(this);
    previous_->setObjectName(QStringLiteral("lessonPrevious"));
    next_ = new QPushButton(this);
    next_->setObjectName(QStringLiteral("lessonNext"));
    close_ = new QToolButton(this);
    close_->setObjectName(QStringLiteral("lessonClose"));
    close_->setText(QStringLiteral("✕"));
    close_->setAutoRaise(true);

    connect(previous_, &QPushButton::clicked, this, &LessonPanel::previous);
    connect(next_, &QPushButton::clicked, this, &LessonPanel::next);
    connect(close_, &QToolButton::clicked, this, &LessonPanel::closeRequested);
    connect(text_, &LessonText::beatChanged, this, &LessonPanel::follow);
    const auto choose = [this](int row) {
        if (row >= 0 && row != current_)
            go(row);
    };
    connect(list_, &QListWidget::currentRowChanged, this, choose);
    connect(picker_, &QComboBox::currentIndexChanged, this, choose);
}

void LessonPanel::setArrangement(Arrangement arrangement) {
    if (arrangement == arrangement_)
        return;
    arrangement_ = arrangement;
    arrange();
}

void LessonPanel::arrange() {
    delete layout();
    const bool strip = arrangement_ == Arrangement::Strip;
    list_->setVisible(!strip);
    title_->setVisible(!strip);
    counter_->setVisible(!strip);
    picker_->setVisible(strip);
    close_->setVisible(strip);
    strip ? arrangeStrip() : arrangeColumn();
    follow();
}

// The list of steps, the title (with the beat beside it), the text filling the rest, the buttons.
void LessonPanel::arrangeColumn() {
    auto* heading = new QHBoxLayout;
    heading->addWidget(title_, 1);
    heading->addWidget(beat_, 0, Qt::AlignRight | Qt::AlignTop);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(previous_);
    buttons->addWidget(counter_, 1, Qt::AlignCenter);
    buttons->addWidget(next_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(list_);
    layout->addLayout(heading);
    layout->addWidget(text_, 1);
    layout->addLayout(buttons);
    text_->setLines(0);
    setFixedWidth(columnWidth());
}

// Subtitles: the beat's lines across most of the width, and beside them one row with the picker
// (which names the step), the buttons and the beat counter. One row of controls beside the text,
// not above it: the page keeps that height, which presentation mode's larger type needs.
void LessonPanel::arrangeStrip() {
    auto* controls = new QHBoxLayout;
    controls->addWidget(picker_);
    controls->addWidget(previous_);
    controls->addWidget(beat_);
    controls->addWidget(next_);
    controls->addWidget(close_);
    auto* layout = new QHBoxLayout(this);
    const int side = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    layout->setContentsMargins(side, side / 3, side, side / 3);
    layout->addWidget(text_, 1);
    layout->addLayout(controls);
    layout->setAlignment(controls, Qt::AlignTop);
    text_->setLines(kStripLines);
    setMinimumWidth(0);
    setMaximumWidth(QWIDGETSIZE_MAX);
}

int LessonPanel::columnWidth() const {
    const int margins = style()->pixelMetric(QStyle::PM_LayoutLeftMargin) +
                        style()->pixelMetric(QStyle::PM_LayoutRightMargin);
    const int titles = list_->sizeHintForColumn(0) + 2 * list_->frameWidth();
    return std::max(fontMetrics().averageCharWidth() * kColumnCharacters, titles) + margins;
}

void LessonPanel::fitList() {
    int rows = 0;
    for (int i = 0; i < list_->count(); ++i)
        rows += list_->sizeHintForRow(i);
    list_->setFixedHeight(rows + 2 * list_->frameWidth());
    if (arrangement_ == Arrangement::Column)
        setFixedWidth(columnWidth());
}

// The steps are written in the language of the moment: build them again, stay on the same step
// and beat (and ask for no view: the app stays where the user left it).
void LessonPanel::retranslate() {
    steps_ = LessonSteps::all(models_);
    for (int i = 0; i < count(); ++i) {
        const QString name = tr("%1. %2").arg(i + 1).arg(steps_[i].title);
        list_->item(i)->setText(name);
        picker_->setItemText(i, name);
    }
    picker_->setAccessibleName(tr("Lesson step"));
    close_->setToolTip(tr("Close the lesson panel (Ctrl+L opens it again)"));
    close_->setAccessibleName(tr("Close the lesson panel"));
    title_->setText(steps_[current_].title);
    text_->replaceText(steps_[current_].text);
    fitList();
    follow();
}

int LessonPanel::beat() const {
    return text_->beat();
}

int LessonPanel::beatCount() const {
    return text_->beatCount();
}

void LessonPanel::go(int index) {
    showStepAt(index, false);
    Q_EMIT viewRequested(steps_[current_].view);
}

void LessonPanel::showStep(int index) {
    showStepAt(index, false);
}

void LessonPanel::next() {
    if (beat() + 1 < beatCount())
        text_->showBeat(beat() + 1);
    else if (current_ + 1 < count())
        go(current_ + 1);
}

void LessonPanel::previous() {
    if (beat() > 0) {
        text_->showBeat(beat() - 1);
    } else if (current_ > 0) {
        showStepAt(current_ - 1, true);
        Q_EMIT viewRequested(steps_[current_].view);
    }
}

void LessonPanel::showStepAt(int index, bool fromEnd) {
    current_ = std::clamp(index, 0, count() - 1);
    {
        const QSignalBlocker blockList(list_);
        const QSignalBlocker blockPicker(picker_);
        list_->setCurrentRow(current_);
        picker_->setCurrentIndex(current_);
    }
    title_->setText(steps_[current_].title);
    text_->showText(steps_[current_].text, fromEnd);
    follow();
}

void LessonPanel::follow() {
    const int at = beat();
    const int beats = beatCount();
    counter_->setText(tr("Step %1 of %2").arg(current_ + 1).arg(count()));
    picker_->setToolTip(picker_->currentText());
    beat_->setText(QStringLiteral("%1/%2").arg(at + 1).arg(beats));
    // Beside the picker's "5/10", the parts' "1/9" says which it counts when pointed at.
    beat_->setAccessibleName(tr("Part %1 of %2 of this step").arg(at + 1).arg(beats));
    beat_->setToolTip(beat_->accessibleName());
    beat_->setVisible(beats > 1);
    previous_->setEnabled(current_ > 0 || at > 0);
    next_->setEnabled(current_ + 1 < count() || at + 1 < beats);
    previous_->setToolTip(at > 0 ? tr("Previous part of this step (Page Up)")
                                 : tr("Previous step (Page Up)"));
    next_->setToolTip(at + 1 < beats ? tr("Next part of this step (Page Down)")
                                     : tr("Next step (Page Down)"));
    // In the strip the buttons are arrows, and their tool tips are what a screen reader says.
    const bool strip = arrangement_ == Arrangement::Strip;
    previous_->setText(strip ? QStringLiteral("◀") : tr("◀ Previous"));
    next_->setText(strip ? QStringLiteral("▶") : tr("Next ▶"));
    previous_->setAccessibleName(strip ? previous_->toolTip() : QString());
    next_->setAccessibleName(strip ? next_->toolTip() : QString());
}

void LessonPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange)
        fitList();
    QWidget::changeEvent(event);
}

} // namespace pixelchain::ui
