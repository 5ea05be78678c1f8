#pragma once
// What ModelLibrary and GreyModelLibrary share: reading a model file the user picked, and keeping
// a list of entries by id. Entry is any struct with a QString `id`.
#include <QByteArray>
#include <QString>
#include <QVector>
#include <optional>

namespace pixelchain::ui {

/// The bytes of the model file at `path`, or nothing with `error` set to what the user reads: a
/// device or a pipe (no size to check: reading one could block or never end), a file that cannot
/// be opened, or one over 1 GiB are refused before anything is read.
std::optional<QByteArray> readModelFile(const QString& path, QString* error);

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

} // namespace pixelchain::ui
