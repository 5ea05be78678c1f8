#include "ui/pages/models/classifier_results.h"

#include "core/io/classifier_file.h"
#include "ui/adapters/model_names.h"

#include <QFile>
#include <QLocale>
#include <cmath>
#include <exception>

namespace pixelchain::ui {
namespace {

// The baseline is about 31 kB; anything far larger is not it.
constexpr qint64 kLargestBaseline = qint64(1) << 24;

/// Reads `test_accuracy` and `test_confusion` into `result`; a value that is there but unreadable
/// sets `problem`.
void readFigures(const io::Metadata& metadata, ClassifierResult& result) {
    result.accuracy = std::nan("");
    const auto it = metadata.find("test_accuracy");
    if (it != metadata.end()) {
        bool ok = false;
        const double accuracy = QString::fromStdString(it->second).toDouble(&ok);
        if (ok && accuracy >= 0 && accuracy <= 1)
            result.accuracy = accuracy;
        else
            result.problem = ClassifierResults::tr("its test accuracy “%1” is not a number "
                                                   "between 0 and 1")
                                 .arg(QString::fromStdString(it->second));
    }
    try {
        result.confusion = io::testConfusion(metadata);
    } catch (const std::exception& e) {
        result.problem = QString::fromStdString(e.what());
    }
}

QString generativeKind(ModelFamily family) {
    switch (family) {
    case ModelFamily::ClassNade:
        return ClassifierResults::tr("Generative: models p(x | y), a NADE given the digit. It can "
                                     "draw digits and judge whether a drawing is a digit at all.");
    case ModelFamily::NaiveBayes:
        return ClassifierResults::tr("Generative: models p(x | y) as independent pixels given "
                                     "the digit. It too can draw and judge drawings.");
    default:
        return ClassifierResults::tr("Generative: models p(x | y). It can draw digits and judge "
                                     "whether a drawing is a digit at all.");
    }
}

/// "83.62 nats", or "not recorded".
QString natsText(double nll) {
    if (!std::isfinite(nll))
        return ClassifierResults::tr("not recorded");
    return ClassifierResults::tr("%1 nats").arg(QLocale().toString(nll, 'f', 2));
}

/// The schedules of two trained models: "same 50-epoch schedule" when they agree.
QString schedules(const ModelEntry& a, const ModelEntry& b) {
    const io::TrainingLength& x = a.training;
    const io::TrainingLength& y = b.training;
    if (x.scheduledEpochs > 0 && x.scheduledEpochs == y.scheduledEpochs &&
        x.keptEpoch == y.keptEpoch) {
        if (x.keptEpoch > 0 && x.keptEpoch < x.scheduledEpochs)
            return ClassifierResults::tr("same %1-epoch schedule, both kept epoch %2")
                .arg(x.scheduledEpochs)
                .arg(x.keptEpoch);
        return ClassifierResults::tr("same %1-epoch schedule").arg(x.scheduledEpochs);
    }
    return ClassifierResults::tr("%1: %2; %3: %4")
        .arg(ModelNames::kindName(*a.model), ModelNames::training(x),
             ModelNames::kindName(*b.model), ModelNames::training(y));
}

} // namespace

bool ClassifierResult::hasAccuracy() const {
    return std::isfinite(accuracy);
}

QString ClassifierResults::baselineResource() {
    return QStringLiteral(":/baselines/logistic-regression-mnist.safetensors");
}

QByteArray ClassifierResults::readBaseline() {
    QFile file(baselineResource());
    if (!file.open(QIODevice::ReadOnly) || file.size() > kLargestBaseline)
        return {};
    return file.readAll();
}

QVector<ClassifierResult> ClassifierResults::generative(const QVector<ModelEntry>& entries) {
    QVector<ClassifierResult> results;
    for (const ModelEntry& e : entries) {
        if (!e.model || !e.model->classConditional())
            continue;
        ClassifierResult result;
        result.id = e.id;
        result.name = ModelNames::shortName(*e.model);
        result.kind = generativeKind(e.model->family());
        result.generative = true;
        readFigures(e.metadata, result);
        results.append(result);
    }
    return results;
}

ClassifierResult ClassifierResults::discriminative(const QByteArray& bytes) {
    ClassifierResult result;
    result.id = baselineResource();
    result.name = tr("Logistic regression");
    result.kind = tr("Discriminative: models p(y | x) only. It names a digit but can neither draw "
                     "one nor tell a digit from a scribble.");
    result.generative = false;
    result.accuracy = std::nan("");
    if (bytes.isEmpty()) {
        result.problem = tr("its file is missing from the app");
        return result;
    }
    try {
        const io::LoadedClassifier loaded = io::parseClassifier(bytes.toStdString());
        readFigures(loaded.metadata, result);
    } catch (const std::exception& e) {
        result.problem = QString::fromStdString(e.what());
    }
    return result;
}

QString ClassifierResults::nllComparison(const QVector<ModelEntry>& entries) {
    const ModelEntry* conditional = nullptr;
    for (const ModelEntry& e : entries)
        if (e.model && e.model->classConditional() && e.model->family() == ModelFamily::ClassNade)
            conditional = &e;
    if (!conditional)
        return {};
    // The unconditional NADE of the same ordering, preferably with as many hidden units.
    const ModelEntry* plain = nullptr;
    for (const ModelEntry& e : entries) {
        if (!e.model || e.model->family() != ModelFamily::Nade ||
            e.model->ordering().name() != conditional->model->ordering().name())
            continue;
        const bool sameSize =
            e.model->hiddenLayer().units == conditional->model->hiddenLayer().units;
        if (!plain || sameSize)
            plain = &e;
    }
    if (!plain)
        return {};
    return tr("p(x) test NLL: %1 %2 vs %3 %4 (%5)")
        .arg(ModelNames::kindName(*conditional->model), natsText(conditional->testNll),
             ModelNames::kindName(*plain->model), natsText(plain->testNll),
             schedules(*conditional, *plain));
}

QString ClassifierResults::percent(double accuracy) {
    return tr("%1 %").arg(QLocale().toString(100 * accuracy, 'f', 2));
}

} // namespace pixelchain::ui
