#pragma once
// The per-pixel conditionals of one image under one model, as a CSV table for a spreadsheet or a
// plotting script: the chain rule  log p(x) = Σ_j log p(x_σ(j) | x_σ(1..j−1))  written out one
// factor per row, in the model's sampling order σ.
//
// Columns (RFC 4180: a header row, comma-separated, CRLF line ends, '.' as the decimal point
// whatever the locale):
//   step           j, 0-based position in the ordering
//   pixel          σ(j), the raster index (row·28 + col)
//   row, col       where that pixel sits
//   value          x_σ(j), 0 or 1
//   p_on           p(x_σ(j) = 1 | x_σ(<j))
//   log_p          log p(x_σ(j) = value | x_σ(<j)) in nats; the column sums to log p(x)
//   surprise_bits  −log₂ p(x_σ(j) = value | x_σ(<j)) = −log_p / ln 2
// The numbers come from one DensityModel::evaluate pass and are written in the shortest form
// that reads back to the same float.
#include "core/models/density_model.h"

#include <string>

namespace pixelchain::io {

/// The CSV text: a header row and 784 data rows.
std::string conditionalsCsv(const DensityModel& model, const BinaryImage& image);

/// Writes conditionalsCsv(model, image) to `path` atomically; throws WriteError.
void saveConditionalsCsv(const std::string& path, const DensityModel& model,
                         const BinaryImage& image);

} // namespace pixelchain::io
