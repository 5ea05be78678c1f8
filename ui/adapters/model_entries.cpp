#include "ui/adapters/model_entries.h"

#include "core/io/continuous_model_file.h"
#include "core/models/model_registry.h"
#include "ui/adapters/user_models.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pixelchain::ui {
namespace {

/// What the header of a model file says it models; Binary when the header cannot be read.
ImageKind kindOfFile(const QString& path) {
    try {
        return io::isContinuousFormat(io::modelFormat(QFile::encodeName(path).toStdString()))
                   ? ImageKind::Greyscale
                   : ImageKind::Binary;
    } catch (const std::exception&) {
        return ImageKind::Binary;
    }
}

} // namespace

std::optional<QByteArray> readModelFile(const QString& path, QString* error) {
    // The messages keep ModelLibrary's translation context, where they were first written.
    constexpr const char* kContext = "pixelchain::ui::ModelLibrary";
    const QFileInfo info(path);
    if (info.exists() && !info.isFile() && !info.isDir()) {
        *error = QCoreApplication::translate(kContext, "“%1” is not a regular file.").arg(path);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate(kContext, "Could not open “%1”: %2")
                     .arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > (qint64{1} << 30)) {
        *error =
            QCoreApplication::translate(kContext, "“%1” is too large to be a PixelChain model.")
                .arg(path);
        return std::nullopt;
    }
    return file.readAll();
}

QStringList userModelFiles(ImageKind kind) {
    const QDir folder(userModelsFolder());
    QStringList paths;
    for (const QString& name :
         folder.entryList({QStringLiteral("*.safetensors")}, QDir::Files, QDir::Name)) {
        const QString path = folder.filePath(name);
        if (kindOfFile(path) == kind)
            paths.append(path);
    }
    return paths;
}

std::optional<QByteArray> readUserModelFile(const QString& path, QString* id, QString* error) {
    constexpr const char* kContext = "pixelchain::ui::UserModels";
    *id = QFileInfo(path).completeBaseName();
    if (ModelRegistry::find(id->toStdString())) {
        *error = QCoreApplication::translate(
                     kContext, "“%1” has the name of a model that comes with PixelChain and was "
                               "not loaded: rename the file to keep it.")
                     .arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    return readModelFile(path, error);
}

bool deleteUserModelFile(const QString& path, QString* error) {
    QFile file(path);
    if (!file.exists() || file.remove())
        return true;
    *error = QCoreApplication::translate("pixelchain::ui::UserModels", "Could not delete “%1”: %2")
                 .arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

} // namespace pixelchain::ui
