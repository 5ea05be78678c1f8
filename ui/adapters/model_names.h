#pragma once
// ModelNames: what the user reads for a model, in the interface's language. Core's describe()
// stays the English text of logs and the command line; the pages use these instead.
//   shortName: "Independent", "Markov, order 8", "FVSBN", "NADE, spiral" (tables, charts, pickers)
//   kindName:  "NADE" for a group of models of one kind (a chart label for all NADE orderings)
//   title:     "NADE, H = 500 (ReLU hidden layer), spiral order,
//              785,284 parameters" (tooltips, headings)
#include <QCoreApplication>
#include <QString>

namespace pixelchain {
class DensityModel;
class Ordering;
} // namespace pixelchain

namespace pixelchain::ui {

class ModelNames {
    Q_DECLARE_TR_FUNCTIONS(ModelNames)
public:
    static QString shortName(const DensityModel& model);
    static QString kindName(const DensityModel& model);
    static QString title(const DensityModel& model);
    /// "raster", "column", "spiral", "random" (the seed left out), "custom".
    static QString orderingName(const Ordering& ordering);
};

} // namespace pixelchain::ui
