#pragma once
// Normalizing a drawing the way MNIST normalized its digits, so that a drawing is scored on the
// same footing as the digits the model learned from:
//   1. crop to the bounding box of the ink (w × h pixels);
//   2. scale by s = 20 / max(w, h), so the longer side fills a 20-pixel box and the aspect ratio
//      stays; each target pixel gets the fraction of its area that ink covers (box filter);
//   3. translate by whole pixels so that the centre of mass of that coverage,
//      (Σ g_rc · (c + ½), Σ g_rc · (r + ½)) / Σ g_rc, lands as near as possible to the centre
//      (14, 14) of the 28×28 field;
//   4. a pixel is on when ink covers at least kNormalizeCoverage of it (a quarter: thin strokes
//      shrunk onto two neighbouring pixels keep both, as MNIST's strokes are 2–3 pixels wide).
// An empty image stays empty. Translating the input never changes the output.
#include "core/image/binary_image.h"

namespace pixelchain {

inline constexpr int kNormalizeBox = 20;
inline constexpr double kNormalizeCoverage = 0.25;

/// The drawing cropped, scaled into a 20×20 box and centred by centre of mass (see above).
BinaryImage normalizeLikeMnist(const BinaryImage& image);

/// Centre of mass of the ink, (x, y) in pixel units with pixel centres at index + ½; (14, 14)
/// for an empty image.
struct InkCentre {
    double x = kSide / 2.0;
    double y = kSide / 2.0;
};
InkCentre inkCentre(const BinaryImage& image);

} // namespace pixelchain
