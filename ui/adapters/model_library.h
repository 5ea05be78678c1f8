#pragma once
// ModelLibrary: loads and owns the density models the pages use, and says which one is current.
//
// The models shipped in resources/models/ (the list is core's ModelRegistry) are built into the
// binary (Qt resources), so the app starts with no data and no network. A file the user opens is
// validated completely by core before it replaces anything: a damaged file gives loadFailed() and
// the current model stays. The models the user trained in the app (user_models.h) are listed
// beside the shipped ones, from the user's data folder, and can be deleted again.
#include "core/io/model_file.h"

#include <QObject>
#include <QString>
#include <QVector>
#include <memory>
#include <optional>

namespace pixelchain::ui {

struct ModelEntry {
    QString id;    ///< file base name, e.g. "nade-mnist"
    QString title; ///< what the user reads, from DensityModel::describe()
    std::shared_ptr<const DensityModel> model;
    io::Metadata metadata;
    bool userModel = false;      ///< trained in the app and kept in userModelsFolder()
    QString path;                ///< the file of a user model; empty otherwise
    double testNll = 0;          ///< NaN when unknown
    io::TrainingLength training; ///< epochs of its schedule, and the one whose weights it kept
    std::vector<double>
        testQuantiles; ///< percentiles 0..100 of test log-likelihoods (may be empty)

    /// The most probable test digit's log p (the 100th percentile); NaN without all
    /// stats::kPercentileCount values.
    double largestTestLogProb() const;
};

class ModelLibrary : public QObject {
    Q_OBJECT
public:
    explicit ModelLibrary(QObject* parent = nullptr);

    /// Loads every model of the registry (core/models/model_registry.h), built into the binary;
    /// the registry's default (the NADE in raster order) becomes current. Returns the number
    /// loaded.
    int loadBuiltIn();
    /// The registry's default model id, "nade-mnist".
    static QString defaultModelId();
    /// Loads a model file and makes it current; on failure emits loadFailed(message), keeps the
    /// current model and returns false.
    bool loadFile(const QString& path);
    /// Adds a model from bytes already in memory (id must be new); false and loadFailed on error.
    bool loadBytes(const QString& id, QByteArray bytes);

    /// Adds every model of binary digits in userModelsFolder() (userModelFiles): a damaged one
    /// gives loadFailed (naming the file and why) and the others still load. The current model
    /// stays (the first one loaded becomes current only when none was). Returns how many loaded.
    int loadUserModels();
    /// Adds the user model saved at `path` (saveUserModel), or replaces the user model of the
    /// same id, and emits entriesChanged(); the current model stays, unless it is the one
    /// replaced (currentChanged). False and loadFailed when the file cannot be read, is damaged,
    /// is greyscale or is named like a shipped model.
    bool addUserModel(const QString& path);
    /// Deletes a user model's file and its entry; when it was current, the registry's default
    /// becomes current (currentChanged). False for a shipped model or an unknown id, and, with
    /// loadFailed, when the file cannot be deleted.
    bool removeUserModel(const QString& id);

    /// The current model, or nullptr when none could be loaded.
    const ModelEntry* current() const;
    const QVector<ModelEntry>& entries() const { return entries_; }
    /// Makes the model with this id current; false for an unknown id.
    bool select(const QString& id);

Q_SIGNALS:
    void currentChanged();
    void entriesChanged();
    void loadFailed(const QString& message);

private:
    /// The entry of a model file's bytes, or nothing after loadFailed (naming `name`).
    std::optional<ModelEntry> parse(const QString& name, const QByteArray& bytes);
    /// Adds or replaces the entry and tells the pickers.
    void put(ModelEntry entry);
    /// The entry to fall back on: the registry's default, else the first; −1 when empty.
    int defaultIndex() const;

    QVector<ModelEntry> entries_;
    int current_ = -1;
};

} // namespace pixelchain::ui
