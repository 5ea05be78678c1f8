#pragma once
// What ModelLibrary and GreyModelLibrary share: reading a model file the user picked, finding the
// models the user trained (user_models.h) for each, and keeping a list of entries by id. Entry is
// any struct with a QString `id`.
#include "ui/adapters/model_names.h"
#include "ui/adapters/user_models.h"

#include <QByteArray>
#include <QDir>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace pixelchain::ui {

/// The bytes of the model file at `path`, or nothing with `error` set to what the user reads: a
/// device or a pipe (no size to check: reading one could block or never end), a file that cannot
/// be opened, or one over 1 GiB are refused before anything is read.
std::optional<QByteArray> readModelFile(const QString& path, QString* error);

/// Which library a model file belongs to: ModelLibrary (binary digits) or GreyModelLibrary.
enum class ImageKind { Binary, Greyscale };

/// The user's model files of one kind: each *.safetensors in userModelsFolder(), sorted by name
/// (so by the time in their ids), whose header's `format` is greyscale or not
/// (io::isContinuousFormat). Only the header is read. A file whose header cannot be read counts as
/// binary, so that exactly one library, ModelLibrary, reports it.
QStringList userModelFiles(ImageKind kind);

/// The bytes of the user model file at `path` and its id (the file's base name), or nothing with
/// `error` set: what readModelFile refuses, and a file named like a shipped model (it would
/// replace it).
std::optional<QByteArray> readUserModelFile(const QString& path, QString* id, QString* error);

/// Deletes a user model's file; false with `error` set when it exists and cannot be deleted.
bool deleteUserModelFile(const QString& path, QString* error);

/// The index of the entry with this id, or −1.
template <typename Entry> qsizetype indexOfId(const QVector<Entry>& entries, const QString& id) {
    for (qsizetype i = 0; i < entries.size(); ++i)
        if (entries[i].id == id)
            return i;
    return -1;
}

/// Replaces the entry with `entry.id`, or appends it; returns its index.
template <typename Entry> qsizetype putEntry(QVector<Entry>& entries, Entry entry) {
    const qsizetype i = indexOfId(entries, entry.id);
    if (i >= 0) {
        entries[i] = std::move(entry);
        return i;
    }
    entries.append(std::move(entry));
    return entries.size() - 1;
}

/// Takes entries[i] out and keeps `current` (an index into `entries`, or −1) on the same entry;
/// returns true when entries[i] was the current one, `current` then being −1.
template <typename Entry> bool takeEntry(QVector<Entry>& entries, int& current, qsizetype i) {
    entries.removeAt(i);
    if (current == i) {
        current = -1;
        return true;
    }
    if (current > i)
        --current;
    return false;
}

/// The user model saved at `path` as an entry of a library: read (readUserModelFile), parsed by
/// `parse(name, bytes)` (which reports its own failure), marked as the user's and titled
/// "trained here" with its time. Nothing when it cannot be used; `error` is then set when the file
/// could not be read, and left empty when `parse` refused it.
template <typename Entry, typename Parse>
std::optional<Entry> userModelEntry(const QString& path, Parse parse, QString* error) {
    QString id;
    const std::optional<QByteArray> bytes = readUserModelFile(path, &id, error);
    if (!bytes)
        return std::nullopt;
    std::optional<Entry> entry = parse(QDir::toNativeSeparators(path), *bytes);
    if (!entry)
        return std::nullopt;
    entry->id = id;
    entry->userModel = true;
    entry->path = path;
    entry->title = ModelNames::trainedHere(entry->title, userModelSavedAt(entry->metadata, path));
    return entry;
}

/// What removeUserEntry did.
enum class Removal { Refused, Failed, Removed, RemovedCurrent };

/// Deletes the user model `id`'s file and takes its entry out (takeEntry): Refused for an unknown
/// id or a shipped model, Failed with `error` set when the file cannot be deleted.
template <typename Entry>
Removal removeUserEntry(QVector<Entry>& entries, int& current, const QString& id, QString* error) {
    const qsizetype i = indexOfId(entries, id);
    if (i < 0 || !entries[i].userModel)
        return Removal::Refused;
    if (!deleteUserModelFile(entries[i].path, error))
        return Removal::Failed;
    return takeEntry(entries, current, i) ? Removal::RemovedCurrent : Removal::Removed;
}

} // namespace pixelchain::ui
