#include "ui/widgets/split_lines.h"

#include <QStringList>
#include <cstdlib>

namespace pixelchain::ui {

QString splitEachLine(const QString& text) {
    QStringList lines = text.split(u'\n');
    for (QString& line : lines) {
        const qsizetype middle = line.size() / 2;
        qsizetype best = -1;
        for (qsizetype i = 0; i < line.size(); ++i)
            if (line[i] == u' ' && (best < 0 || std::abs(i - middle) < std::abs(best - middle)))
                best = i;
        if (best > 0)
            line[best] = u'\n';
    }
    return lines.join(u'\n');
}

QString splitInTwoLines(const QString& text) {
    return text.contains(u'\n') ? text : splitEachLine(text);
}

} // namespace pixelchain::ui
