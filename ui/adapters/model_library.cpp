#include "ui/adapters/model_library.h"

#include "core/models/model_registry.h"
#include "core/stats/percentiles.h"
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

bool ModelLibrary::loadFile(const QString& path) {
    // A device or a pipe has no size to check: reading one could block or never end.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile() && !info.isDir()) {
        Q_EMIT loadFailed(tr("“%1” is not a regular file.").arg(path));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT loadFailed(tr("Could not open “%1”: %2").arg(path, file.errorString()));
        return false;
    }
    if (file.size() > (qint64{1} << 30)) {
        Q_EMIT loadFailed(tr("“%1” is too large to be a PixelChain model.").arg(path));
        return false;
    }
    const QString id = QFileInfo(path).completeBaseName();
    if (!loadBytes(id, file.readAll()))
        return false;
    return select(id);
}

const ModelEntry* ModelLibrary::current() const {
    return current_ >= 0 ? &entries_[current_] : nullptr;
}

bool ModelLibrary::select(const QString& id) {
    for (qsizetype i = 0; i < entries_.size(); ++i) {
        if (entries_[i].id == id) {
            if (current_ != i) {
                current_ = static_cast<int>(i);
                Q_EMIT currentChanged();
            }
            return true;
        }
    }
    return false;
}

} // namespace pixelchain::ui
