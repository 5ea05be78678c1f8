#pragma once
// What ModelLibrary and GreyModelLibrary share: reading a model file the user picked, finding the
// models the user trained (user_models.h) for each, and keeping a list of entries by id. Entry is
// any struct with a QString `id`.
#include <QByteArray>
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

} // namespace pixelchain::ui
