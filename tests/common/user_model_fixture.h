#pragma once
// What the tests of the user's models share: a private user folder (QStandardPaths' test mode, so
// no test reads or writes a real user's models), emptied before each test, and models to save in
// it, taken from the shipped ones built into the app: a NADE (binary digits) and the independent
// Gaussian mixtures (greyscale).
#include "core/io/continuous_model_file.h"
#include "core/io/model_file.h"
#include "ui/adapters/user_models.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QString>

namespace pixelchain::test {

/// Points QStandardPaths at the test location, under an application name of the test's own.
inline void isolateUserFolder(const QString& application) {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PixelChainTests"));
    QCoreApplication::setApplicationName(application);
}

/// Removes every file of the user's models folder; true when it is empty afterwards.
inline bool emptyUserFolder() {
    QDir folder(ui::userModelsFolder());
    return folder.removeRecursively() && QDir().mkpath(folder.path()) && folder.isEmpty();
}

/// Every entry of the user's models folder, hidden ones included: a leftover temporary shows.
inline QStringList userFolderContents() {
    return QDir(ui::userModelsFolder())
        .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                   QDir::Name);
}

inline QByteArray shippedBytes(const QString& id) {
    QFile file(QStringLiteral(":/models/%1.safetensors").arg(id));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The metadata a training run would give a model: its command and its figure (`figure` =
/// `value`, e.g. test_nll_nats = 91.25).
inline io::Metadata trainedMetadata(const char* figure, const QString& value) {
    return {{"command", "pixelchain-cli train --epochs 3 --seconds 120"},
            {figure, value.toStdString()},
            {"epochs", "2"}};
}

/// The shipped NADE, saved as a user model of this id; returns the path.
inline QString saveBinaryUserModel(const QString& id,
                                   const QString& nll = QStringLiteral("91.25")) {
    const io::LoadedModel shipped =
        io::parseModel(shippedBytes(QStringLiteral("nade-mnist")).toStdString());
    return ui::saveUserModel(id, *shipped.model, trainedMetadata("test_nll_nats", nll));
}

/// The shipped independent Gaussian mixtures, saved as a greyscale user model of this id.
inline QString saveGreyUserModel(const QString& id, const QString& bits = QStringLiteral("4.75")) {
    const io::LoadedContinuous shipped = io::parseContinuousModel(
        shippedBytes(QStringLiteral("independent-mixture-mnist")).toStdString());
    return ui::saveUserModel(id, *shipped.model, trainedMetadata("test_bits_per_dim", bits));
}

} // namespace pixelchain::test
