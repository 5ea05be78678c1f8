#pragma once
// The models a user trained in the app, kept between runs in the user's data folder
// (QStandardPaths::AppDataLocation, "models" under it), one safetensors file each, with the
// command and the figures in its metadata as for the shipped models.
#include "core/io/safetensors.h"
#include "core/models/model.h"

#include <QString>

namespace pixelchain::ui {

/// <AppDataLocation>/models; created when missing.
QString userModelsFolder();

/// A new id for a model of `family` ("nade", "rnade", ...): "<family>-<yyyyMMdd-HHmmss>", with
/// "-2", "-3", ... added while a file of that id exists.
QString newUserModelId(const QString& family);

/// Writes `model` with `metadata` to <userModelsFolder()>/<id>.safetensors atomically (a
/// temporary file renamed over the target). Returns the path; throws std::runtime_error with a
/// message a user can read when it cannot be written.
QString saveUserModel(const QString& id, const Model& model, const io::Metadata& metadata);

} // namespace pixelchain::ui
