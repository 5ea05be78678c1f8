#pragma once
// The models a user trained in the app, kept between runs in the user's data folder
// (QStandardPaths::AppDataLocation, "models" under it), one safetensors file each, with the
// command and the figures in its metadata as for the shipped models, and `saved_at` (ISO 8601,
// UTC): when it was kept, which its title shows. ModelLibrary and GreyModelLibrary list them
// (loadUserModels, addUserModel, removeUserModel).
#include "core/io/safetensors.h"
#include "core/models/model.h"

#include <QDateTime>
#include <QString>

namespace pixelchain::ui {

/// The metadata key saveUserModel adds: when the model was saved, ISO 8601 in UTC.
inline constexpr const char* kSavedAtKey = "saved_at";

/// <AppDataLocation>/models; created when missing.
QString userModelsFolder();

/// <userModelsFolder()>/<id>.safetensors.
QString userModelPath(const QString& id);

/// A new id for a model of `family` ("nade", "rnade", ...): "<family>-<yyyyMMdd-HHmmss>", with
/// "-2", "-3", ... added while a file of that id exists.
QString newUserModelId(const QString& family);

/// Writes `model` with `metadata` (and `saved_at` = now, unless given) to
/// <userModelsFolder()>/<id>.safetensors atomically (a temporary file renamed over the target,
/// core/io/atomic_file.h). Returns the path; throws std::runtime_error with a message a user can
/// read when it cannot be written, or when `id` is not a plain file name (letters, digits, '.',
/// '-', '_'), leaving any earlier file of that id as it was.
QString saveUserModel(const QString& id, const Model& model, const io::Metadata& metadata);

/// When a user model was saved: its `saved_at`, in local time, or else the file's modification
/// time.
QDateTime userModelSavedAt(const io::Metadata& metadata, const QString& path);

} // namespace pixelchain::ui
