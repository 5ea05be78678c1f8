#include "ui/adapters/grey_model_library.h"

#include "core/models/model_registry.h"
#include "ui/adapters/model_names.h"

#include <QFile>
#include <QFileInfo>

namespace pixelchain::ui {

GreyModelLibrary::GreyModelLibrary(QObject* parent)
    : QObject(parent) {}

int GreyModelLibrary::loadBuiltIn() {
    int loaded = 0;
    for (const ShippedModel& shipped : ModelRegistry::greyscale()) {
        QFile file(QStringLiteral(":/models/") + QString::fromStdString(shipped.fileName()));
        if (file.exists() && file.open(QIODevice::ReadOnly) &&
            loadBytes(QString::fromUtf8(shipped.id.data(), qsizetype(shipped.id.size())),
                      file.readAll()))
            ++loaded;
    }
    for (const GreyModelEntry& entry : entries_)
        if (entry.model->family() == ModelFamily::Rnade)
            select(entry.id);
    return loaded;
}

bool GreyModelLibrary::loadBytes(const QString& id, QByteArray bytes) {
    GreyModelEntry entry;
    try {
        io::LoadedContinuous loaded = io::parseContinuousModel(bytes.toStdString());
        entry.model = std::move(loaded.model);
        entry.metadata = std::move(loaded.metadata);
        entry.testBitsPerDim = loaded.testBitsPerDim;
        entry.testQuantiles = std::move(loaded.testQuantiles);
    } catch (const std::exception& e) {
        Q_EMIT loadFailed(
            tr("Could not load the model “%1”: %2").arg(id, QString::fromStdString(e.what())));
        return false;
    }
    entry.id = id;
    entry.title = ModelNames::title(*entry.model);
    for (qsizetype i = 0; i < entries_.size(); ++i) {
        if (entries_[i].id == id) {
            entries_[i] = std::move(entry);
            Q_EMIT entriesChanged();
            if (i == current_)
                Q_EMIT currentChanged();
            return true;
        }
    }
    entries_.append(std::move(entry));
    Q_EMIT entriesChanged();
    if (current_ < 0)
        select(id);
    return true;
}

bool GreyModelLibrary::loadFile(const QString& path) {
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        Q_EMIT loadFailed(tr("“%1” is not a regular file.").arg(path));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT loadFailed(tr("Could not open “%1”: %2").arg(path, file.errorString()));
        return false;
    }
    const QString id = info.completeBaseName();
    if (!loadBytes(id, file.readAll()))
        return false;
    select(id);
    return true;
}

const GreyModelEntry* GreyModelLibrary::current() const {
    return current_ >= 0 ? &entries_[current_] : nullptr;
}

bool GreyModelLibrary::select(const QString& id) {
    for (qsizetype i = 0; i < entries_.size(); ++i) {
        if (entries_[i].id != id)
            continue;
        if (current_ != int(i)) {
            current_ = int(i);
            Q_EMIT currentChanged();
        }
        return true;
    }
    return false;
}

} // namespace pixelchain::ui
