#include "ui/shell/placeholder_page.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pixelchain::ui {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& summary, QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("%1 — coming soon").arg(title), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    heading->setFont(font);
    auto* text = new QLabel(summary, this);
    text->setWordWrap(true);
    layout->addStretch();
    layout->addWidget(heading, 0, Qt::AlignHCenter);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch();
}

} // namespace pixelchain::ui
