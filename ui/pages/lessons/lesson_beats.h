#pragma once
// A lesson step's text cut into beats: the pieces the lesson shows one at a time when it has less
// room than the whole step needs, like the subtitles of a film. Next walks the beats of a step
// before it moves to the next step.
//
// The text is cut only where a reader pauses: between paragraphs, at line breaks, after a
// sentence (. ? ! followed by a space) and, for a sentence too long to show on its own, after a
// clause (: or ; followed by a space). No cut falls inside a tag, an entity or an inline element
// (<i>, <b>, <sub>, <sup>), so every beat is well-formed rich text and a formula stays whole.
//
// The pieces are then packed in order, greedily, by the largest unit that still fits: a whole
// paragraph joins the beat when it fits, else the beat ends and the paragraph's sentences are
// packed, and a sentence that does not fit alone is packed clause by clause. A clause that does
// not fit alone is a beat of its own (the caller makes room for it).
#include <QString>
#include <QVector>
#include <functional>

namespace pixelchain::ui {

struct LessonBeat {
    QString text;       ///< rich text, one or more paragraphs
    int firstPiece = 0; ///< its first piece, counted over the whole step: keeps the reader's place
                        ///< when the beats are cut again for another width
};

class LessonBeats {
public:
    /// Whether a piece of rich text fits the room the lesson's text has.
    using Fits = std::function<bool(const QString& richText)>;

    /// Cuts `richText` into the fewest beats that `fits` accepts, in reading order.
    static QVector<LessonBeat> cut(const QString& richText, const Fits& fits);

    /// The beat of `beats` that holds piece `piece` (the last beat when none starts after it).
    static int beatHolding(const QVector<LessonBeat>& beats, int piece);
};

} // namespace pixelchain::ui
