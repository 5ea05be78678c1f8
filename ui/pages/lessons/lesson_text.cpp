#include "ui/pages/lessons/lesson_text.h"

#include <QEvent>
#include <QResizeEvent>
#include <QScopedValueRollback>
#include <QTextDocumentFragment>
#include <QTimer>
#include <algorithm>

namespace pixelchain::ui {

namespace {

void makeRichWrapping(QLabel* label) {
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
}

} // namespace

LessonText::LessonText(QWidget* parent)
    : QLabel(parent)
    , probe_(new QLabel(this)) {
    makeRichWrapping(this);
    makeRichWrapping(probe_);
    probe_->hide();
    QFont body = font();
    body.setPointSizeF(std::max(body.pointSizeF(), kPoints));
    setFont(body);
    setLines(0);
}

void LessonText::showText(const QString& richText, bool fromEnd) {
    whole_ = richText;
    beats_.clear();
    beat_ = 0;
    recut();
    if (fromEnd)
        showBeat(beatCount() - 1);
}

void LessonText::replaceText(const QString& richText) {
    const int kept = beat_;
    whole_ = richText;
    beats_.clear();
    beat_ = 0;
    recut();
    showBeat(kept);
}

void LessonText::showBeat(int index) {
    if (beats_.isEmpty())
        return;
    beat_ = std::clamp(index, 0, beatCount() - 1);
    setText(beats_[beat_].text);
    Q_EMIT beatChanged();
}

void LessonText::setLines(int lines) {
    lines_ = std::max(0, lines);
    if (lines_ == 0) {
        // Beside the page: whatever height is left is the room, and the text fills it.
        setMinimumHeight(0);
        setMaximumHeight(QWIDGETSIZE_MAX);
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    } else {
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    }
    recut();
}

void LessonText::resizeEvent(QResizeEvent* event) {
    QLabel::resizeEvent(event);
    const bool wider = event->size().width() != event->oldSize().width();
    const bool taller = event->size().height() != event->oldSize().height();
    if (wider || (lines_ == 0 && taller))
        recut();
}

void LessonText::changeEvent(QEvent* event) {
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        recut();
}

void LessonText::holdTallest() {
    if (lines_ == 0)
        return;
    int tallest = 0;
    for (const LessonBeat& b : beats_)
        tallest = std::max(tallest, heightOf(b.text));
    if (tallest > height())
        setFixedHeight(tallest);
}

int LessonText::heightOf(const QString& richText) const {
    probe_->setFont(font());
    probe_->setText(richText);
    return probe_->heightForWidth(width());
}

int LessonText::linesHeight(int lines) const {
    // A line as tall as the step's tallest: a subscript and a superscript, and a letter of the
    // step's own script (Hangul comes from a font with taller lines than Latin).
    QString line = QStringLiteral("X<sub>i</sub><sup>2</sup>");
    for (const QChar c : QTextDocumentFragment::fromHtml(whole_).toPlainText())
        if (c.isLetter() && c.unicode() > 0x24F) {
            line += c;
            break;
        }
    QStringList rows;
    for (int i = 0; i < lines; ++i)
        rows << line;
    return heightOf(QStringLiteral("<p>%1</p>").arg(rows.join(QStringLiteral("<br>"))));
}

void LessonText::recut() {
    // A cut may resize the label (the strip's lines), and a resize asks for another cut: run it
    // after this one instead of inside it.
    if (recutting_) {
        recutAgain_ = true;
        return;
    }
    const QScopedValueRollback busy(recutting_, true);
    for (int round = 0; round < 3; ++round) {
        recutAgain_ = false;
        cutOnce();
        if (!recutAgain_)
            break;
    }
}

void LessonText::cutOnce() {
    if (whole_.isEmpty() || width() <= 0) {
        beats_ = {LessonBeat{whole_, 0}};
        beat_ = 0;
        setText(whole_);
        Q_EMIT beatChanged();
        return;
    }
    const int room = lines_ > 0 ? linesHeight(lines_) : height();
    const int reading = beats_.isEmpty() ? 0 : beats_[beat_].firstPiece;
    beats_ = LessonBeats::cut(whole_, [&](const QString& text) { return heightOf(text) <= room; });
    beat_ = LessonBeats::beatHolding(beats_, reading);
    if (lines_ > 0) {
        setFixedHeight(room);
        // A clause longer than the strip's lines is shown whole: the strip grows to hold it, once
        // the layout has settled (a width on the way to the final one must not make the window
        // taller for good).
        if (std::any_of(beats_.begin(), beats_.end(),
                        [&](const LessonBeat& b) { return heightOf(b.text) > room; }))
            QTimer::singleShot(0, this, &LessonText::holdTallest);
    }
    setText(beats_[beat_].text);
    Q_EMIT beatChanged();
}

} // namespace pixelchain::ui
