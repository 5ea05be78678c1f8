#include "ui/pages/density/answer_tabs.h"

#include <QEvent>
#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>
#include <algorithm>

namespace pixelchain::ui {
namespace {

// A tab's words are never cut and never scroll away: no eliding, no scroll arrows.
void showWholeNames(QTabBar* bar) {
    bar->setElideMode(Qt::ElideNone);
    bar->setUsesScrollButtons(false);
}

} // namespace

AnswerTabs::AnswerTabs(const QString& barName, QWidget* parent)
    : QWidget(parent)
    , bar_(new QTabBar(this))
    , stack_(new QStackedWidget(this))
    , measure_(std::make_unique<QTabBar>()) {
    bar_->setObjectName(barName);
    showWholeNames(bar_);
    showWholeNames(measure_.get());
    connect(bar_, &QTabBar::currentChanged, stack_, &QStackedWidget::setCurrentIndex);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar_);
    layout->addWidget(stack_, 1);
}

AnswerTabs::~AnswerTabs() = default;

void AnswerTabs::addAnswer(QWidget* answer) {
    stack_->addWidget(answer);
    bar_->addTab(QString());
    names_.append(Names{});
}

void AnswerTabs::setTab(int index, const QString& text, const QString& tip,
                        const QString& shortText) {
    names_[index] = {text, tip, shortText, names_[index].heading};
    showNames();
    updateGeometry();
}

void AnswerTabs::setHeading(int index, QWidget* heading) {
    names_[index].heading = heading;
    showNames();
}

int AnswerTabs::barWidth(bool full) const {
    measure_->setFont(bar_->font());
    while (measure_->count() > names_.size())
        measure_->removeTab(0);
    while (measure_->count() < names_.size())
        measure_->addTab(QString());
    for (int i = 0; i < names_.size(); ++i) {
        const Names& n = names_[i];
        measure_->setTabText(i, full || n.shortText.isEmpty() ? n.text : n.shortText);
    }
    return measure_->sizeHint().width();
}

QSize AnswerTabs::minimumSizeHint() const {
    QSize size = QWidget::minimumSizeHint();
    size.setWidth(std::max(stack_->minimumSizeHint().width(), barWidth(false)));
    return size;
}

void AnswerTabs::showNames() {
    short_ = width() < barWidth(true);
    for (int i = 0; i < names_.size(); ++i) {
        const Names& n = names_[i];
        const bool abbreviated = short_ && !n.shortText.isEmpty();
        bar_->setTabText(i, abbreviated ? n.shortText : n.text);
        bar_->setTabToolTip(i, abbreviated ? QStringLiteral("%1 — %2").arg(n.text, n.tip) : n.tip);
        if (n.heading && n.heading->isVisibleTo(this) != abbreviated)
            n.heading->setVisible(abbreviated);
    }
}

void AnswerTabs::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    showNames();
}

// Larger type (presentation mode, zoom) makes both sets of names wider.
void AnswerTabs::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        showNames();
        updateGeometry();
    }
}

} // namespace pixelchain::ui
