#include "ui/adapters/grey_model_library.h"

#include "core/models/model_registry.h"
#include "ui/adapters/model_entries.h"
#include "ui/adapters/model_names.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pixelchain::ui {

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
    const qsizetype at = putEntry(entries_, std::move(entry));
    Q_EMIT entriesChanged();
    if (at == current_)
        Q_EMIT currentChanged();
    else if (current_ < 0)
        select(id);
    return true;
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
