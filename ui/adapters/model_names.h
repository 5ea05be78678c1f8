#pragma once
// ModelNames: what the user reads for a model, in the interface's language. Core's describe()
// stays the English text of logs and the command line; the pages use these instead.
//   shortName: "Independent", "Markov, order 8", "FVSBN", "NADE, spiral" (tables, charts, pickers)
//   kindName:  "NADE" for a group of models of one kind (a chart label for all NADE orderings)
//   title:     "NADE, H = 500 (ReLU hidden layer), spiral order,
//              785,284 parameters" (tooltips, headings)
// A model trained in the app (user_models.h) says so, and when: "<title> — trained here 27 Nov
// 14:02", "<short name>, trained 14:02".
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace pixelchain {
class DensityModel;
class Ordering;
} // namespace pixelchain

#include "core/io/model_file.h"

namespace pixelchain::ui {

class ModelNames {
    Q_DECLARE_TR_FUNCTIONS(ModelNames)
public:
    static QString shortName(const Model& model);
    static QString kindName(const Model& model);
    static QString title(const Model& model);
    /// A user model's title: "<title> — trained here 27 Nov 14:02".
    static QString trainedHere(const QString& title, const QDateTime& when);
    /// A user model's short name: "<name>, trained 14:02" on the day it was trained, else
    /// "<name>, trained 27 Nov".
    static QString trainedShort(const QString& name, const QDateTime& when,
                                const QDateTime& now = QDateTime::currentDateTime());
    /// "raster", "column", "spiral", "random" (the seed left out), "custom".
    static QString orderingName(const Ordering& ordering);
    /// "50 epochs", "50 epochs (weights of epoch 48)" or "closed form": how long a model trained,
    /// shown wherever models are compared, since a comparison is fair only at equal training.
    static QString training(const io::TrainingLength& length);
};

} // namespace pixelchain::ui
