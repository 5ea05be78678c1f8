#pragma once
// The projector theme of presentation mode: black on white with a deep blue accent, what survives
// a washed-out projector best. Every colour pair that carries text meets WCAG AA (4.5:1) with room
// to spare; tst_shell_contrast measures it.
#include <QPalette>

namespace pixelchain::ui {

QPalette projectorPalette();

} // namespace pixelchain::ui
