#pragma once
// PublishedResults: test NLLs reported in the literature on binarized MNIST, for comparison with
// the models PixelChain ships. They were scored on the fixed binarization of Larochelle & Murray
// (2011), not on ours, so the Models page shows them apart from the measured models and says so.
// Each carries the configuration that produced it; where the architecture fixes the parameter
// count (FVSBN on D = 784 binary pixels, NADE with H = 500), it is computed by core's counting
// code, never restated.
#include "core/counting/parameter_count.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>
#include <optional>

namespace pixelchain::ui {

struct PublishedResult {
    QString name;          ///< e.g. "NADE"
    double nll = 0;        ///< test NLL in nats
    QString source;        ///< who reported it
    QString configuration; ///< how the reported model was built; empty when the table needs none
    std::optional<counting::ParameterCount> parameters; ///< when the architecture gives it
};

class PublishedResults {
    Q_DECLARE_TR_FUNCTIONS(PublishedResults)
public:
    /// Mixture of Bernoullis, FVSBN, NADE, MADE, order-agnostic NADE (ensemble), PixelCNN.
    static QVector<PublishedResult> all();
    /// "fixed binarization of Larochelle & Murray (2011)": the test digits they were scored on.
    static QString binarization();
};

} // namespace pixelchain::ui
