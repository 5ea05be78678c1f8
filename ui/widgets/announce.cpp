#include "ui/widgets/announce.h"

#include <QAccessible>
#include <QLabel>
#include <QTextDocumentFragment>

namespace pixelchain::ui {
namespace {
AnnouncementListener listener = nullptr;
} // namespace

void setAnnouncementListener(AnnouncementListener l) {
    listener = l;
}

void setAnnouncedText(QLabel* label, const QString& text, const QString& spoken) {
    if (label->text() == text)
        return;
    label->setText(text);
    // Rich text would be read with its tags: the name is the plain text.
    label->setAccessibleName(spoken.isEmpty() ? QTextDocumentFragment::fromHtml(text).toPlainText()
                                              : spoken);
    QAccessibleEvent changed(label, QAccessible::NameChanged);
    if (listener)
        listener(&changed);
    QAccessible::updateAccessibility(&changed);
}

} // namespace pixelchain::ui
