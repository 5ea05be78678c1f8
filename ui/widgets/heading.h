#pragma once
// The pages' section headings: bold, 17 pt, wrapping, so they read from the back row of a
// classroom.
#include <QLabel>

namespace pixelchain::ui {

inline constexpr double kHeadingPoints = 17;

/// A new heading label owned by `parent`.
QLabel* makeHeading(const QString& text, QWidget* parent);

} // namespace pixelchain::ui
