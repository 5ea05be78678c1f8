#include "ui/pages/counting/exact_count_view.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace pixelchain::ui {

ExactCountView::ExactCountView(QWidget* parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("exactCountView"));
    heading_ = new QLabel(this);
    heading_->setObjectName(QStringLiteral("exactCountHeading"));
    heading_->setWordWrap(true);
    text_ = new QPlainTextEdit(this);
    text_->setObjectName(QStringLiteral("exactCountText"));
    text_->setReadOnly(true);
    text_->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    text_->setWordWrapMode(QTextOption::WrapAnywhere);
    // Digits of equal width line up in columns, which makes a long number easier to follow.
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF());
    text_->setFont(mono);
    const int line = QFontMetrics(mono).lineSpacing();
    text_->setMinimumHeight(line * 3 + 2 * text_->frameWidth() + 12);
    copy_ = new QPushButton(this);
    copy_->setObjectName(QStringLiteral("copyExactButton"));
    retranslate();

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading_, 0, 0);
    layout->addWidget(copy_, 0, 1, Qt::AlignRight | Qt::AlignTop);
    layout->addWidget(text_, 1, 0, 1, 2);
    layout->setRowStretch(1, 1);
    layout->setColumnStretch(0, 1);

    connect(copy_, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(text_->toPlainText()); });
}

void ExactCountView::retranslate() {
    copy_->setText(tr("Copy"));
    copy_->setToolTip(tr("Copy every digit to the clipboard"));
}

void ExactCountView::showCount(const QString& heading, const QString& digits) {
    heading_->setText(heading);
    text_->setPlainText(digits);
}

QString ExactCountView::digits() const {
    return text_->toPlainText();
}

void ExactCountView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace pixelchain::ui
