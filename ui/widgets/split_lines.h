#pragma once
// Header titles for a narrow table: a title's line split in two at the space nearest its middle,
// so that the column can be about half as wide ("Bits per pixel" → "Bits per" over "pixel").
#include <QString>

namespace pixelchain::ui {

/// Every line of `text` split at the space nearest its middle (a line without a space stays).
QString splitEachLine(const QString& text);

/// A one-line `text` split in two as above; a text of two lines or more stays as it is.
QString splitInTwoLines(const QString& text);

} // namespace pixelchain::ui
