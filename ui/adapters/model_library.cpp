#include "ui/adapters/model_library.h"

#include "core/models/model_registry.h"
#include "core/stats/percentiles.h"
#include "ui/adapters/model_entries.h"
#include "ui/adapters/model_names.h"
#include "ui/adapters/user_models.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cmath>

namespace pixelchain::ui {

QString ModelEntry::shortName() const {
    const QString name = ModelNames::shortName(*model);
    return userModel ? ModelNames::trainedShort(name, userModelSavedAt(metadata, path)) : name;
}

double ModelEntry::largestTestLogProb() const {
    return testQuantiles.size() == stats::kPercentileCount ? testQuantiles.back() : std::nan("");
}

ModelLibrary::ModelLibrary(QObject* parent)
    : QObject(parent) {}

int ModelLibrary::loadBuiltIn() {
    int loaded = 0;
    for (const ShippedModel& shipped : ModelRegistry::all()) {
        QFile file(QStringLiteral(":/models/") + QString::fromStdString(shipped.fileName()));
        if (file.open(QIODevice::ReadOnly) &&
            loadBytes(QString::fromUtf8(shipped.id.data(), qsizetype(shipped.id.size())),
                      file.readAll()))
            ++loaded;
    }
    if (const int i = defaultIndex(); i >= 0)
        select(entries_[i].id);
    return loaded;
}

QString ModelLibrary::defaultModelId() {
    const std::string_view id = ModelRegistry::kDefaultId;
    return QString::fromUtf8(id.data(), qsizetype(id.size()));
}

std::optional<ModelEntry> ModelLibrary::parse(const QString& name, const QByteArray& bytes) {
    ModelEntry entry;
    try {
        io::LoadedModel loaded = io::parseModel(bytes.toStdString());
        entry.model = std::move(loaded.model);
        entry.metadata = std::move(loaded.metadata);
        entry.testNll = loaded.testNll;
        entry.training = io::trainingLength(entry.metadata);
        entry.testQuantiles = std::move(loaded.testQuantiles);
    } catch (const std::exception& e) {
        Q_EMIT loadFailed(
            tr("Could not load the model “%1”: %2").arg(name, QString::fromStdString(e.what())));
        return std::nullopt;
    }
    entry.title = ModelNames::title(*entry.model);
    return entry;
}

void ModelLibrary::put(ModelEntry entry) {
    const QString id = entry.id;
    const qsizetype at = putEntry(entries_, std::move(entry));
    Q_EMIT entriesChanged();
    if (at == current_)
        Q_EMIT currentChanged();
    else if (current_ < 0)
        select(id);
}

bool ModelLibrary::loadBytes(const QString& id, QByteArray bytes) {
    std::optional<ModelEntry> entry = parse(id, bytes);
    if (!entry)
        return false;
    entry->id = id;
    put(std::move(*entry));
    return true;
}

int ModelLibrary::loadUserModels() {
    int loaded = 0;
    for (const QString& path : userModelFiles(ImageKind::Binary))
        loaded += addUserModel(path) ? 1 : 0;
    return loaded;
}

bool ModelLibrary::addUserModel(const QString& path) {
    QString error;
    std::optional<ModelEntry> entry = userModelEntry<ModelEntry>(
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

bool ModelLibrary::removeUserModel(const QString& id) {
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

int ModelLibrary::defaultIndex() const {
    const qsizetype i = indexOfId(entries_, defaultModelId());
    return i >= 0 ? static_cast<int>(i) : (entries_.isEmpty() ? -1 : 0);
}

bool ModelLibrary::loadFile(const QString& path) {
    QString error;
    const std::optional<QByteArray> bytes = readModelFile(path, &error);
    if (!bytes) {
        Q_EMIT loadFailed(error);
        return false;
    }
    const QString id = QFileInfo(path).completeBaseName();
    return loadBytes(id, *bytes) && select(id);
}

const ModelEntry* ModelLibrary::current() const {
    return current_ >= 0 ? &entries_[current_] : nullptr;
}

bool ModelLibrary::select(const QString& id) {
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
