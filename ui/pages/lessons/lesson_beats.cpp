#include "ui/pages/lessons/lesson_beats.h"

#include <algorithm>
#include <utility>

namespace pixelchain::ui {

namespace {

/// The pause before a piece, strongest first: the packer cuts at a stronger pause before a
/// weaker one.
enum class Pause { Paragraph, Sentence, Clause };

struct Piece {
    QString text; ///< rich text with every inline element it opens closed again
    Pause before = Pause::Paragraph;
    bool lineBreak = false; ///< the pause before it is a <br> inside its paragraph
};

/// A tag's name in lower case, without its brackets, slash and attributes: "p", "br", "sub".
QString tagName(const QString& tag) {
    qsizetype from = tag.startsWith(QLatin1String("</")) ? 2 : 1;
    qsizetype to = from;
    while (to < tag.size() && tag[to].isLetterOrNumber())
        ++to;
    return tag.mid(from, to - from).toLower();
}

/// Whether the punctuation at `i` ends a sentence or a clause: followed by a space, the end of
/// the text, or the end of its paragraph or line. "84.47" and "(likely?)" do not end one.
bool endsHere(const QString& html, qsizetype i) {
    if (i + 1 >= html.size())
        return true;
    const QChar next = html[i + 1];
    if (next.isSpace())
        return true;
    const QString rest = html.mid(i + 1, 4).toLower();
    return rest.startsWith(QLatin1String("</p")) || rest.startsWith(QLatin1String("<p")) ||
           rest.startsWith(QLatin1String("<br"));
}

/// Cuts the text at every pause (see the header); inline elements are never cut.
QVector<Piece> piecesOf(const QString& html) {
    QVector<Piece> pieces;
    QString current;
    Pause pending = Pause::Paragraph;
    bool pendingBreak = false;
    int depth = 0;
    const auto flush = [&](Pause next, bool lineBreak) {
        const QString text = current.trimmed();
        current.clear();
        if (text.isEmpty()) {
            pending = std::min(pending, next);
            pendingBreak = pendingBreak || lineBreak;
            return;
        }
        pieces.append({text, pending, pendingBreak && pending != Pause::Paragraph});
        pending = next;
        pendingBreak = lineBreak;
    };
    for (qsizetype i = 0; i < html.size(); ++i) {
        const QChar c = html[i];
        if (c == u'<') {
            const qsizetype close = html.indexOf(u'>', i);
            if (close < 0) {
                current += html.mid(i);
                break;
            }
            const QString tag = html.mid(i, close - i + 1);
            const QString name = tagName(tag);
            i = close;
            if (name == QLatin1String("p")) {
                flush(Pause::Paragraph, false);
            } else if (name == QLatin1String("br") && depth == 0) {
                flush(Pause::Sentence, true);
            } else {
                current += tag;
                if (name != QLatin1String("br") && !tag.endsWith(QLatin1String("/>")))
                    depth = std::max(0, depth + (tag.startsWith(QLatin1String("</")) ? -1 : 1));
            }
            continue;
        }
        if (c == u'&') {
            // An entity is one character: "&amp;" never ends a sentence.
            const qsizetype semicolon = html.indexOf(u';', i);
            if (semicolon > i && semicolon - i <= 8) {
                current += html.mid(i, semicolon - i + 1);
                i = semicolon;
                continue;
            }
        }
        current += c;
        if (depth > 0 || !endsHere(html, i))
            continue;
        if (c == u'.' || c == u'?' || c == u'!')
            flush(Pause::Sentence, false);
        else if (c == u':' || c == u';')
            flush(Pause::Clause, false);
    }
    flush(Pause::Paragraph, false);
    return pieces;
}

/// Packs pieces into beats; see the header for the order in which it tries the units.
class Packer {
public:
    Packer(const QVector<Piece>& pieces, const LessonBeats::Fits& fits)
        : pieces_(pieces)
        , fits_(fits) {}

    QVector<LessonBeat> pack() {
        for (const auto& [first, last] : units(0, int(pieces_.size()) - 1, Pause::Paragraph))
            place(first, last, Pause::Paragraph);
        close();
        return beats_;
    }

private:
    /// The units of pieces [first, last] cut at pauses as strong as `cut` or stronger.
    QVector<std::pair<int, int>> units(int first, int last, Pause cut) const {
        QVector<std::pair<int, int>> result;
        for (int i = first; i <= last; ++i)
            if (i == first || pieces_[i].before <= cut)
                result.append({i, i});
            else
                result.last().second = i;
        return result;
    }

    /// Pieces [first, last] as one piece of rich text, their paragraphs and line breaks kept.
    QString join(int first, int last) const {
        QString html = QStringLiteral("<p>");
        for (int i = first; i <= last; ++i) {
            if (i > first)
                html += pieces_[i].before == Pause::Paragraph ? QStringLiteral("</p><p>")
                        : pieces_[i].lineBreak                ? QStringLiteral("<br>")
                                                              : QStringLiteral(" ");
            html += pieces_[i].text;
        }
        return html + QStringLiteral("</p>");
    }

    void place(int first, int last, Pause level) {
        if (start_ >= 0 && fits_(join(start_, last))) {
            end_ = last;
            return;
        }
        close();
        if (fits_(join(first, last)) || level == Pause::Clause) {
            // A clause too long for the room is still shown whole: a beat of its own.
            start_ = first;
            end_ = last;
            return;
        }
        const Pause finer = level == Pause::Paragraph ? Pause::Sentence : Pause::Clause;
        for (const auto& [a, b] : units(first, last, finer))
            place(a, b, finer);
    }

    void close() {
        if (start_ < 0)
            return;
        beats_.append({join(start_, end_), start_});
        start_ = end_ = -1;
    }

    const QVector<Piece>& pieces_;
    const LessonBeats::Fits& fits_;
    QVector<LessonBeat> beats_;
    int start_ = -1; ///< the open beat's pieces, [start_, end_]; −1 when none is open
    int end_ = -1;
};

} // namespace

QVector<LessonBeat> LessonBeats::cut(const QString& richText, const Fits& fits) {
    const QVector<Piece> pieces = piecesOf(richText);
    if (pieces.isEmpty())
        return {LessonBeat{richText, 0}};
    return Packer(pieces, fits).pack();
}

int LessonBeats::beatHolding(const QVector<LessonBeat>& beats, int piece) {
    int holding = 0;
    for (int i = 0; i < beats.size(); ++i)
        if (beats[i].firstPiece <= piece)
            holding = i;
    return holding;
}

} // namespace pixelchain::ui
