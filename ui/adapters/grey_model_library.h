#pragma once
// GreyModelLibrary: the models of greyscale digits (RNADE and its baseline, the independent
// Gaussian mixtures) that the pages' greyscale modes use, and which one is current. Of the shipped
// ones (ModelRegistry::greyscale()), the small are built into the binary, as ModelLibrary's are;
// the RNADE (31 MB) is read from the installed models folder, installedModelsFolder(), because
// Qt 6.4's rcc would turn it into 160 MB of C++ (resources/CMakeLists.txt). A file the user opens
// is validated completely by core before it replaces anything. The greyscale models the user
// trained in the app (user_models.h) are listed beside the shipped ones and can be deleted again.
#include "core/io/continuous_model_file.h"

#include <QObject>
#include <QString>
#include <QVector>
#include <memory>
#include <optional>

namespace pixelchain::ui {

struct GreyModelEntry {
    QString id;    ///< file base name, e.g. "rnade-mnist"
    QString title; ///< ModelNames::title
    std::shared_ptr<const ContinuousDensity> model;
    io::Metadata metadata;
    bool userModel = false;            ///< trained in the app and kept in userModelsFolder()
    QString path;                      ///< the file of a user model; empty otherwise
    double testBitsPerDim = 0;         ///< NaN when unknown
    std::vector<double> testQuantiles; ///< percentiles 0..100 of test log densities (bin centres)
};

class GreyModelLibrary : public QObject {
    Q_OBJECT
public:
    explicit GreyModelLibrary(QObject* parent = nullptr);

    /// Loads every greyscale model of the registry, from the binary or else from
    /// installedModelsFolder(); an RNADE becomes current. A shipped model found in neither place
    /// is reported by loadFailed. Returns how many were loaded.
    int loadBuiltIn();
    /// <folder of the executable>/../share/pixelchain/models: where `cmake --install` puts the
    /// models and where the build puts a copy (build/bin and build/tests both sit beside
    /// build/share), so the installed app and the one in the build tree find them alike.
    static QString installedModelsFolder();
    /// Loads a model file and makes it current; on failure emits loadFailed(message), keeps the
    /// current model and returns false.
    bool loadFile(const QString& path);
    /// Adds (or replaces) a model from bytes in memory; false and loadFailed on error.
    bool loadBytes(const QString& id, QByteArray bytes);

    /// Adds every greyscale model in userModelsFolder() (userModelFiles); files of binary models
    /// are left to ModelLibrary. A damaged one gives loadFailed (naming the file and why) and the
    /// others still load. The current model stays (the first one loaded becomes current only when
    /// none was). Returns how many loaded.
    int loadUserModels();
    /// Adds the greyscale user model saved at `path` (saveUserModel), or replaces the user model
    /// of the same id, and emits entriesChanged(); the current model stays, unless it is the one
    /// replaced (currentChanged). False and loadFailed when the file cannot be read, is damaged,
    /// is not greyscale or is named like a shipped model.
    bool addUserModel(const QString& path);
    /// Deletes a user model's file and its entry; when it was current, the shipped RNADE becomes
    /// current (currentChanged). False for a shipped model or an unknown id, and, with
    /// loadFailed, when the file cannot be deleted.
    bool removeUserModel(const QString& id);

    /// The current model, or nullptr when none could be loaded.
    const GreyModelEntry* current() const;
    const QVector<GreyModelEntry>& entries() const { return entries_; }
    /// Makes the model with this id current; false for an unknown id.
    bool select(const QString& id);

Q_SIGNALS:
    void currentChanged();
    void entriesChanged();
    void loadFailed(const QString& message);

private:
    /// The entry of a model file's bytes, or nothing after loadFailed (naming `name`).
    std::optional<GreyModelEntry> parse(const QString& name, const QByteArray& bytes);
    /// Adds or replaces the entry and tells the pickers.
    void put(GreyModelEntry entry);
    /// The entry to fall back on: the shipped RNADE, else the first; −1 when empty.
    int defaultIndex() const;

    QVector<GreyModelEntry> entries_;
    int current_ = -1;
};

} // namespace pixelchain::ui
