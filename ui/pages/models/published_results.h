#pragma once
// PublishedResults: test NLLs reported in the literature on binarized MNIST, for comparison with
// the models PixelChain ships. Their parameter counts are not restated here, so the Models page
// shows them apart from the measured models.
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace pixelchain::ui {

struct PublishedResult {
    QString name;   ///< e.g. "NADE"
    double nll = 0; ///< test NLL in nats
    QString source; ///< who reported it
};

class PublishedResults {
    Q_DECLARE_TR_FUNCTIONS(PublishedResults)
public:
    /// Mixture of Bernoullis, FVSBN, NADE, order-agnostic NADE, MADE, PixelCNN.
    static QVector<PublishedResult> all();
};

} // namespace pixelchain::ui
