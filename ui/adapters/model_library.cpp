#include "ui/adapters/model_library.h"

#include "core/models/model_registry.h"
#include "core/stats/percentiles.h"
#include "ui/adapters/model_entries.h"
#include "ui/adapters/model_names.h"

#include <QFile>
#include <QFileInfo>
#include <cmath>

namespace pixelchain::ui {

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
    if (!select(defaultModelId()) && !entries_.isEmpty())
        select(entries_.front().id);
    return loaded;
}

QString ModelLibrary::defaultModelId() {
    const std::string_view id = ModelRegistry::kDefaultId;
    return QString::fromUtf8(id.data(), qsizetype(id.size()));
}

bool ModelLibrary::loadBytes(const QString& id, QByteArray bytes) {
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
