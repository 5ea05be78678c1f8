#include "ui/adapters/grey_model_library.h"

#include "core/models/model_registry.h"
#include "ui/adapters/model_entries.h"
#include "ui/adapters/model_names.h"
#include "ui/adapters/user_models.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pixelchain::ui {

QString GreyModelEntry::shortName() const {
    const QString name = ModelNames::shortName(*model);
    return userModel ? ModelNames::trainedShort(name, userModelSavedAt(metadata, path)) : name;
}

GreyModelLibrary::GreyModelLibrary(QObject* parent)
    : QObject(parent) {}

QString GreyModelLibrary::installedModelsFolder() {
    return QDir::cleanPath(QCoreApplication::applicationDirPath() +
                           QStringLiteral("/../share/pixelchain/models"));
}

int GreyModelLibrary::loadBuiltIn() {
    int loaded = 0;
    for (const ShippedModel& shipped : ModelRegistry::greyscale()) {
        const QString fileName = QString::fromStdString(shipped.fileName());
        const QString id = QString::fromUtf8(shipped.id.data(), qsizetype(shipped.id.size()));
        const QString builtIn = QStringLiteral(":/models/") + fileName;
        if (QFile::exists(builtIn)) {
            QFile file(builtIn);
            if (file.open(QIODevice::ReadOnly) && loadBytes(id, file.readAll()))
                ++loaded;
            continue;
        }
        const QString installed = installedModelsFolder() + QLatin1Char('/') + fileName;
        if (!QFileInfo::exists(installed)) {
            Q_EMIT loadFailed(tr("The model “%1” was not found: it belongs in %2.")
                                  .arg(id, QDir::toNativeSeparators(installed)));
            continue;
        }
        QString error;
        const std::optional<QByteArray> bytes = readModelFile(installed, &error);
        if (!bytes)
            Q_EMIT loadFailed(error);
        else if (loadBytes(id, *bytes))
            ++loaded;
    }
    if (const int i = defaultIndex(); i >= 0)
        select(entries_[i].id);
    return loaded;
}

std::optional<GreyModelEntry> GreyModelLibrary::parse(const QString& name,
                                                      const QByteArray& bytes) {
    GreyModelEntry entry;
    try {
        io::LoadedContinuous loaded = io::parseContinuousModel(bytes.toStdString());
        entry.model = std::move(loaded.model);
        entry.metadata = std::move(loaded.metadata);
        entry.testBitsPerDim = loaded.testBitsPerDim;
        entry.testQuantiles = std::move(loaded.testQuantiles);
    } catch (const std::exception& e) {
        Q_EMIT loadFailed(
            tr("Could not load the model “%1”: %2").arg(name, QString::fromStdString(e.what())));
        return std::nullopt;
    }
    entry.title = ModelNames::title(*entry.model);
    return entry;
}

void GreyModelLibrary::put(GreyModelEntry entry) {
    const QString id = entry.id;
    const qsizetype at = putEntry(entries_, std::move(entry));
    Q_EMIT entriesChanged();
    if (at == current_)
        Q_EMIT currentChanged();
    else if (current_ < 0)
        select(id);
}

bool GreyModelLibrary::loadBytes(const QString& id, QByteArray bytes) {
    std::optional<GreyModelEntry> entry = parse(id, bytes);
    if (!entry)
        return false;
    entry->id = id;
    put(std::move(*entry));
    return true;
}

int GreyModelLibrary::loadUserModels() {
    int loaded = 0;
    for (const QString& path : userModelFiles(ImageKind::Greyscale))
        loaded += addUserModel(path) ? 1 : 0;
    return loaded;
}

bool GreyModelLibrary::addUserModel(const QString& path) {
    QString error;
    std::optional<GreyModelEntry> entry = userModelEntry<GreyModelEntry>(
        path, [this](const QString& name, const QByteArray& bytes) { return parse(name, bytes); },
        &error);
    if (!entry) {
        if (!error.isEmpty())
            Q_EMIT loadFailed(error);
        return false;
    }
    put(std::move(*entry));
    return true;
}

bool GreyModelLibrary::removeUserModel(const QString& id) {
    QString error;
    const Removal removal = removeUserEntry(entries_, current_, id, &error);
    if (removal == Removal::Failed)
        Q_EMIT loadFailed(error);
    if (removal == Removal::Refused || removal == Removal::Failed)
        return false;
    if (removal == Removal::RemovedCurrent)
        current_ = defaultIndex();
    Q_EMIT entriesChanged();
    if (removal == Removal::RemovedCurrent)
        Q_EMIT currentChanged();
    return true;
}

int GreyModelLibrary::defaultIndex() const {
    // The last shipped RNADE, as loadBuiltIn has always chosen.
    for (qsizetype i = entries_.size() - 1; i >= 0; --i)
        if (!entries_[i].userModel && entries_[i].model->family() == ModelFamily::Rnade)
            return static_cast<int>(i);
    return entries_.isEmpty() ? -1 : 0;
}

bool GreyModelLibrary::loadFile(const QString& path) {
    QString error;
    const std::optional<QByteArray> bytes = readModelFile(path, &error);
    if (!bytes) {
        Q_EMIT loadFailed(error);
        return false;
    }
    const QString id = QFileInfo(path).completeBaseName();
    return loadBytes(id, *bytes) && select(id);
}

const GreyModelEntry* GreyModelLibrary::current() const {
    return current_ >= 0 ? &entries_[current_] : nullptr;
}

bool GreyModelLibrary::select(const QString& id) {
    const qsizetype i = indexOfId(entries_, id);
    if (i < 0)
        return false;
    if (current_ != i) {
        current_ = static_cast<int>(i);
        Q_EMIT currentChanged();
    }
    return true;
}

} // namespace pixelchain::ui
