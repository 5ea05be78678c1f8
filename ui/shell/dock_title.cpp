#include "ui/shell/dock_title.h"

#include <QDockWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace pixelchain::ui {

DockTitle::DockTitle(QDockWidget* dock)
    : QWidget(dock)
    , dock_(dock)
    , title_(new QLabel(this))
    , close_(new QToolButton(this)) {
    setObjectName(QStringLiteral("lessonDockTitle"));
    close_->setObjectName(QStringLiteral("lessonDockClose"));
    close_->setText(QStringLiteral("✕"));
    close_->setAutoRaise(true);
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(6, 2, 2, 2);
    row->addWidget(title_, 1);
    row->addWidget(close_);
    connect(close_, &QToolButton::clicked, dock, &QDockWidget::close);
    connect(dock, &QDockWidget::windowTitleChanged, title_, &QLabel::setText);
    title_->setText(dock->windowTitle());
    dock->setTitleBarWidget(this);
    retranslate();
}

void DockTitle::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DockTitle::retranslate() {
    close_->setToolTip(tr("Close the lesson panel (Ctrl+L opens it again)"));
    close_->setAccessibleName(tr("Close the lesson panel"));
}

} // namespace pixelchain::ui
