#pragma once
// Where pixelchain-cli finds the shipped model when --model is not given: $PIXELCHAIN_MODELS_DIR,
// then <prefix>/share/pixelchain/models next to an installed binary, then resources/models of the
// source tree a build folder sits in.
#include "core/io/model_file.h"

#include <string>
#include <string_view>

namespace pixelchain::cli {

/// The path of the shipped model, or the first candidate tried when none exists.
std::string defaultModelPath();
/// The same for the shipped model or baseline file `id` (e.g. "class-nade-mnist").
std::string shippedModelPath(std::string_view id);

/// Loads `path` (or the shipped model when empty); throws with a clear message.
io::LoadedModel loadModelOrDefault(const std::string& path);

} // namespace pixelchain::cli
