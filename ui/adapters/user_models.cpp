#include "ui/adapters/user_models.h"

#include "core/io/model_file.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <stdexcept>

namespace pixelchain::ui {
namespace {

constexpr const char* kContext = "pixelchain::ui::UserModels";
const QString kSuffix = QStringLiteral(".safetensors");

/// An id names a file in the folder and nothing else: no separator, no "..", no hidden file.
bool isSafeId(const QString& id) {
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"));
    return allowed.match(id).hasMatch() && !id.contains(QStringLiteral(".."));
}

} // namespace

QString userModelsFolder() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                           QStringLiteral("/models");
    QDir().mkpath(folder);
    return folder;
}

QString userModelPath(const QString& id) {
    return userModelsFolder() + QLatin1Char('/') + id + kSuffix;
}

QString newUserModelId(const QString& family) {
    const QString base = family + QLatin1Char('-') +
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString id = base;
    for (int n = 2; QFileInfo::exists(userModelPath(id)); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

QString saveUserModel(const QString& id, const Model& model, const io::Metadata& metadata) {
    if (!isSafeId(id))
        throw std::runtime_error(
            QCoreApplication::translate(kContext, "“%1” cannot name a model file.")
                .arg(id)
                .toStdString());
    const QString path = userModelPath(id);
    io::Metadata all = metadata;
    if (!all.contains(std::string(kSavedAtKey)))
        all[std::string(kSavedAtKey)] =
            QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    try {
        io::saveModel(QFile::encodeName(path).toStdString(), model, all);
    } catch (const std::exception& e) {
        throw std::runtime_error(
            QCoreApplication::translate(kContext, "Could not save the model “%1”: %2")
                .arg(id, QString::fromLocal8Bit(e.what()))
                .toStdString());
    }
    return path;
}

QDateTime userModelSavedAt(const io::Metadata& metadata, const QString& path) {
    if (const auto it = metadata.find(std::string(kSavedAtKey)); it != metadata.end()) {
        const QDateTime when =
            QDateTime::fromString(QString::fromStdString(it->second), Qt::ISODate);
        if (when.isValid())
            return when.toLocalTime();
    }
    return QFileInfo(path).lastModified();
}

} // namespace pixelchain::ui
