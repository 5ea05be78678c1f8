#include "ui/pages/density/answer_parts.h"

#include <QHBoxLayout>
#include <QTabBar>
#include <QVBoxLayout>
#include <algorithm>

namespace pixelchain::ui {
namespace {

/// What `part` needs at `width`: the height for that width where its text wraps, else its hint.
int heightAt(const QWidget* part, int width) {
    const QSize hint = part->sizeHint().expandedTo(part->minimumSizeHint());
    return part->hasHeightForWidth() ? std::max(part->heightForWidth(width), 0) : hint.height();
}

} // namespace

AnswerParts::AnswerParts(QWidget* title, const QString& barName, QWidget* parent)
    : QWidget(parent)
    , title_(title)
    , bar_(new QTabBar(this))
    , layout_(new QVBoxLayout(this)) {
    bar_->setObjectName(barName);
    // As the answer tabs: a part's name is never cut and never scrolls away.
    bar_->setElideMode(Qt::ElideNone);
    bar_->setUsesScrollButtons(false);
    layout_->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    if (title_)
        top->addWidget(title_, 1);
    top->addWidget(bar_, 0, Qt::AlignBottom);
    layout_->addLayout(top);
    connect(bar_, &QTabBar::currentChanged, this, &AnswerParts::showParts);
    showParts();
}

void AnswerParts::addPart(QWidget* part) {
    parts_.append(part);
    layout_->addWidget(part);
    bar_->addTab(QString());
    showParts();
}

void AnswerParts::setPart(int index, const QString& text, const QString& tip) {
    bar_->setTabText(index, text);
    bar_->setTabToolTip(index, tip);
}

void AnswerParts::setTabbed(bool tabbed) {
    // As tabs, the parts keep the height of the tallest: the answers under them stay in place.
    setMinimumHeight(tabbed ? tabbedHeight(width()) : 0);
    if (tabbed == tabbed_)
        return;
    tabbed_ = tabbed;
    showParts();
}

int AnswerParts::titleHeight(int width, bool tabbed) const {
    const QSize bar = bar_->sizeHint();
    const int spacing = layout_->spacing();
    const int title = title_ ? heightAt(title_, tabbed ? width - bar.width() - spacing : width) : 0;
    return tabbed ? std::max(title, bar.height()) : title;
}

int AnswerParts::stackedHeight(int width) const {
    const int title = titleHeight(width, false);
    int height = (title > 0 ? title + layout_->spacing() : 0) +
                 layout_->spacing() * std::max(0, int(parts_.size()) - 1);
    for (const QWidget* part : parts_)
        height += heightAt(part, width);
    return height;
}

int AnswerParts::tabbedHeight(int width) const {
    int tallest = 0;
    for (const QWidget* part : parts_)
        tallest = std::max(tallest, heightAt(part, width));
    return titleHeight(width, true) + layout_->spacing() + tallest;
}

QSize AnswerParts::minimumSizeHint() const {
    const QSize title = title_ ? title_->minimumSizeHint() : QSize(0, 0);
    const QSize bar = bar_->minimumSizeHint();
    int widest = title.width() + layout_->spacing() + bar.width();
    int tallest = 0;
    for (const QWidget* part : parts_) {
        widest = std::max(widest, part->minimumSizeHint().width());
        tallest = std::max(tallest, part->minimumSizeHint().height());
    }
    return {widest, std::max(title.height(), bar.height()) + layout_->spacing() + tallest};
}

void AnswerParts::showParts() {
    bar_->setVisible(tabbed_);
    for (int i = 0; i < parts_.size(); ++i)
        parts_[i]->setVisible(!tabbed_ || i == bar_->currentIndex());
}

} // namespace pixelchain::ui
