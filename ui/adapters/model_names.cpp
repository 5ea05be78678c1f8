#include "ui/adapters/model_names.h"

#include "core/image/ordering.h"
#include "core/models/continuous_density.h"
#include "core/models/density_model.h"

#include <QLocale>

namespace pixelchain::ui {

QString ModelNames::orderingName(const Ordering& ordering) {
    const std::string& name = ordering.name();
    if (name == "raster")
        return tr("raster");
    if (name == "column")
        return tr("column");
    if (name == "spiral")
        return tr("spiral");
    if (name.rfind("random:", 0) == 0)
        return tr("random");
    return tr("custom");
}

QString ModelNames::kindName(const Model& model) {
    switch (model.family()) {
    case ModelFamily::Independent:
        return tr("Independent");
    case ModelFamily::Markov:
        return tr("Markov");
    case ModelFamily::Fvsbn:
        return tr("FVSBN");
    case ModelFamily::Nade:
        return tr("NADE");
    case ModelFamily::NaiveBayes:
        return tr("Naive Bayes");
    case ModelFamily::ClassNade:
        return tr("Class NADE");
    case ModelFamily::Rnade:
        return tr("RNADE");
    case ModelFamily::IndependentMixture:
        return tr("Independent mixtures");
    }
    return QString::fromStdString(model.kind());
}

QString ModelNames::shortName(const Model& model) {
    switch (model.family()) {
    case ModelFamily::Markov:
        return tr("Markov, order %1").arg(model.contextSize());
    case ModelFamily::Nade:
        return tr("NADE, %1").arg(orderingName(model.ordering()));
    case ModelFamily::Independent:
    case ModelFamily::Fvsbn:
    case ModelFamily::NaiveBayes:
    case ModelFamily::ClassNade:
    case ModelFamily::Rnade:
    case ModelFamily::IndependentMixture:
        break;
    }
    return kindName(model);
}

QString ModelNames::title(const Model& model) {
    const QString parameters =
        tr("%1 parameters").arg(QLocale().toString(qlonglong(model.parameterCount())));
    switch (model.family()) {
    case ModelFamily::Markov:
        return tr("Markov chain of order %1, raster order, %2")
            .arg(model.contextSize())
            .arg(parameters);
    case ModelFamily::Nade: {
        const HiddenLayerView hidden = model.hiddenLayer();
        // "H = 1" reads right where "1 hidden units" would not.
        const QString layer = hidden.activation == Activation::Relu ? tr("ReLU hidden layer")
                                                                    : tr("sigmoid hidden layer");
        return tr("NADE, H = %1 (%2), %3 order, %4")
            .arg(QString::number(hidden.units), layer, orderingName(model.ordering()), parameters);
    }
    case ModelFamily::Independent:
        return tr("Independent Bernoulli pixels, %1").arg(parameters);
    case ModelFamily::Fvsbn:
        return tr("FVSBN (logistic regression on all earlier pixels), raster order, %1")
            .arg(parameters);
    case ModelFamily::NaiveBayes:
        return tr("Naive Bayes: independent pixels given each digit, %1").arg(parameters);
    case ModelFamily::ClassNade: {
        const HiddenLayerView hidden = model.hiddenLayer();
        return tr("Class-conditional NADE p(x | digit), H = %1, %2 order, %3")
            .arg(QString::number(hidden.units), orderingName(model.ordering()), parameters);
    }
    case ModelFamily::Rnade:
        return tr("RNADE, H = %1, %2 Gaussians per pixel, %3 order, %4")
            .arg(QString::number(model.hiddenLayer().units),
                 QString::number(model.continuous()->components()), orderingName(model.ordering()),
                 parameters);
    case ModelFamily::IndependentMixture:
        return tr("Independent pixels, %1 Gaussians each, %2")
            .arg(QString::number(model.continuous()->components()), parameters);
    }
    return QString::fromStdString(model.describe());
}

QString ModelNames::trainedHere(const QString& title, const QDateTime& when) {
    //: A date and time in QDateTime's format: "27 Nov 14:02".
    const QString format = tr("d MMM HH:mm");
    return tr("%1 — trained here %2").arg(title, QLocale().toString(when, format));
}

QString ModelNames::trainedShort(const QString& name, const QDateTime& when, const QDateTime& now) {
    //: A time of today ("14:02"), else a day ("27 Nov"), in QDateTime's formats.
    const QString format = when.date() == now.date() ? tr("HH:mm") : tr("d MMM");
    return tr("%1, trained %2").arg(name, QLocale().toString(when, format));
}

QString ModelNames::training(const io::TrainingLength& length) {
    if (length.scheduledEpochs <= 0)
        return tr("closed form");
    const QString epochs =
        length.scheduledEpochs == 1 ? tr("1 epoch") : tr("%1 epochs").arg(length.scheduledEpochs);
    if (length.keptEpoch > 0 && length.keptEpoch < length.scheduledEpochs)
        return tr("%1 (weights of epoch %2)").arg(epochs).arg(length.keptEpoch);
    return epochs;
}

} // namespace pixelchain::ui
