#pragma once
// GreyModelLibrary: the models of greyscale digits (RNADE and its baseline, the independent
// Gaussian mixtures) that the pages' greyscale modes use, and which one is current. The shipped
// ones (ModelRegistry::greyscale()) are built into the binary, as ModelLibrary's are; a file the
// user opens is validated completely by core before it replaces anything.
#include "core/io/continuous_model_file.h"

#include <QObject>
#include <QString>
#include <QVector>
#include <memory>

namespace pixelchain::ui {

struct GreyModelEntry {
    QString id;    ///< file base name, e.g. "rnade-mnist"
    QString title; ///< ModelNames::title
    std::shared_ptr<const ContinuousDensity> model;
    io::Metadata metadata;
    double testBitsPerDim = 0;         ///< NaN when unknown
    std::vector<double> testQuantiles; ///< percentiles 0..100 of test log densities (bin centres)
};

class GreyModelLibrary : public QObject {
    Q_OBJECT
public:
    explicit GreyModelLibrary(QObject* parent = nullptr);

    /// Loads every greyscale model of the registry that is built into the binary (the RNADE is
    /// not yet: resources/CMakeLists.txt says why); an RNADE becomes current. Returns how many.
    int loadBuiltIn();
    /// Loads a model file and makes it current; on failure emits loadFailed(message), keeps the
    /// current model and returns false.
    bool loadFile(const QString& path);
    /// Adds (or replaces) a model from bytes in memory; false and loadFailed on error.
    bool loadBytes(const QString& id, QByteArray bytes);

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
    QVector<GreyModelEntry> entries_;
    int current_ = -1;
};

} // namespace pixelchain::ui
