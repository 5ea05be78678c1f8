#include "ui/adapters/model_entries.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace pixelchain::ui {

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

} // namespace pixelchain::ui
