#include "ui/pages/density/answer_tabs.h"

#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>

namespace pixelchain::ui {

AnswerTabs::AnswerTabs(const QString& barName, QWidget* parent)
    : QWidget(parent)
    , bar_(new QTabBar(this))
    , stack_(new QStackedWidget(this)) {
    bar_->setObjectName(barName);
    // A tab's words are never cut: the column is wide enough for every tab at every classroom
    // size, and scroll arrows would hide a question.
    bar_->setElideMode(Qt::ElideNone);
    bar_->setUsesScrollButtons(false);
    connect(bar_, &QTabBar::currentChanged, stack_, &QStackedWidget::setCurrentIndex);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar_);
    layout->addWidget(stack_, 1);
}

void AnswerTabs::addAnswer(QWidget* answer) {
    stack_->addWidget(answer);
    bar_->addTab(QString());
}

void AnswerTabs::setTab(int index, const QString& text, const QString& tip) {
    bar_->setTabText(index, text);
    bar_->setTabToolTip(index, tip);
}

} // namespace pixelchain::ui
