#pragma once
// LessonText: a lesson step's text, shown one beat at a time (see lesson_beats.h) so that it never
// needs a scroll bar. Its room is either a number of lines (the caption strip under the page: the
// label keeps the height of that many lines, whatever the beat) or the height its layout gives it
// (the column beside the page: it shows as much of the step as fits, often all of it).
//
// The beats are cut again whenever the room changes (a resize, another font, presentation mode's
// larger type, another language); the beat that holds the sentence being read stays on screen.
#include "ui/pages/lessons/lesson_beats.h"

#include <QLabel>

namespace pixelchain::ui {

class LessonText : public QLabel {
    Q_OBJECT
public:
    /// The lesson's text for the back row of a classroom: never smaller than this.
    static constexpr double kPoints = 13;

    explicit LessonText(QWidget* parent = nullptr);

    /// Shows `richText` from its first beat, or from its last with `fromEnd` (walking back).
    void showText(const QString& richText, bool fromEnd = false);
    /// The same text in another language: keeps the beat's number where it can.
    void replaceText(const QString& richText);

    int beat() const { return beat_; }
    int beatCount() const { return int(beats_.size()); }
    void showBeat(int index);

    /// 0: fill the height the layout gives; else keep the height of `lines` lines of text.
    void setLines(int lines);
    int lines() const { return lines_; }

Q_SIGNALS:
    /// The beat on screen or the number of beats changed.
    void beatChanged();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// Cuts the text into beats for the room there is now and keeps the reader's place.
    void recut();
    void cutOnce();
    /// Makes the strip as tall as its tallest beat, when a clause is longer than its lines.
    void holdTallest();
    /// The height `richText` takes at the label's width, measured as the label measures it.
    int heightOf(const QString& richText) const;
    /// The height of `lines` lines that carry sub- and superscripts (the tallest lines of a step).
    int linesHeight(int lines) const;

    QString whole_;
    QVector<LessonBeat> beats_;
    int beat_ = 0;
    int lines_ = 0;
    QLabel* probe_ = nullptr; ///< never shown: measures texts exactly as this label would
    bool recutting_ = false;
    bool recutAgain_ = false;
};

} // namespace pixelchain::ui
