#pragma once
// The catalogue of damage a model file can suffer, for each of the four formats (nade,
// independent, markov, fvsbn): cut at several points, a wrong or impossible header length,
// NaN and infinite weights, wrong tensor shapes and dtypes, a missing or wrong format tag, and
// the semantic checks of each model (an ordering that repeats a pixel, a probability of exactly 1,
// an FVSBN weight above the diagonal). Each damage says which words the refusal must contain, so
// a test can check that the user is told what is wrong, not only that loading failed.
#include "model_bytes.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace pixelchain::test {

/// A damaged file and a fragment of the message that must explain the damage.
struct DamagedFile {
    QByteArray bytes;
    QString says;
};

/// One of the model formats, with the built-in model used as the intact original.
struct ModelFormat {
    QString name;       ///< "nade", "independent", "markov", "fvsbn", "class-nade", "naive-bayes"
    QString builtInId;  ///< e.g. "markov8-mnist"
    QString firstFloat; ///< the first F32 tensor in the file
    QString lastFloat;  ///< the last F32 tensor in the file
    QString otherTag;   ///< the tag of another format...
    QString otherSays;  ///< ...and what loading this file under that tag complains about
};

struct ModelDamage {
    QString name;
    std::function<DamagedFile(ModelBytes)> apply;
};

/// The four formats.
QVector<ModelFormat> modelFormats();
/// The format of that name; one with an empty name when there is none.
ModelFormat formatNamed(const QString& name);
/// Every damage that applies to `format`: the shared ones, then those of that model alone.
QVector<ModelDamage> damagesOf(const ModelFormat& format);

} // namespace pixelchain::test
