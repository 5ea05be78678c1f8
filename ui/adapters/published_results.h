#pragma once
// PublishedResults: the figures reported in the literature that the Models page sets beside the
// models PixelChain ships, and the Training page beside its live curve, all in this one place,
// each with its citation.
//
// Binarized MNIST (all()): test NLLs scored on the fixed binarization of Larochelle & Murray
// (2011), not on ours, so the page shows them apart from the measured models and says so. Each
// carries the configuration that produced it; where the architecture fixes the parameter count
// (FVSBN on D = 784 binary pixels, NADE with H = 500), it is computed by core's counting code,
// never restated.
//
// Dequantized 8-bit MNIST (dequantizedMnist()): test bits per dimension, −log₂ p(y) / 784 + 8
// with y = (v + u) / 256 and u uniform, as the greyscale models here are measured. The setups
// differ (see each figure's `setup`):
// - MADE, MADE MoG and MAF (Papamakarios, Pavlakou & Murray, 2017, Table 2: MNIST, unconditional)
//   were trained and scored on logit(λ + (1 − 2λ) y), λ = 10⁻⁶; Table 2 gives that log density in
//   nats. The authors' code converts it to y's space with the logit's Jacobian and then to bits
//   per pixel: −1038.5 nats of MADE MoG becomes 1.41 bits/dim over the 10,000 test digits.
// - Real NVP and Glow are deep multi-scale flows; their MNIST figures are those tabulated by
//   Grathwohl et al. (2019, FFJORD, Table 2), on the 8-bit digits with uniform dequantization.
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

/// A test figure on dequantized 8-bit MNIST, in bits per dimension.
struct PublishedBitsPerDim {
    QString name;      ///< e.g. "MADE MoG"
    double bitsPerDim; ///< test bits per dimension (lower is better)
    QString authors;   ///< "Papamakarios, Pavlakou & Murray"
    int year;          ///< of the paper that reports it
    QString title;     ///< the paper's title
    QString table;     ///< where in the paper, and in which unit it is reported there
    QString setup;     ///< how it was measured differently from the models trained here
};

class PublishedResults {
    Q_DECLARE_TR_FUNCTIONS(PublishedResults)
public:
    /// Mixture of Bernoullis, FVSBN, NADE, MADE, order-agnostic NADE (ensemble), PixelCNN.
    static QVector<PublishedResult> all();
    /// "fixed binarization of Larochelle & Murray (2011)": the test digits they were scored on.
    static QString binarization();
    /// MADE, MADE MoG, MAF (2017), Real NVP, Glow (as tabulated in 2019) on dequantized MNIST.
    static QVector<PublishedBitsPerDim> dequantizedMnist();
    /// "Papamakarios, Pavlakou & Murray (2017)": who reported a figure, and when.
    static QString citation(const PublishedBitsPerDim& result);
};

} // namespace pixelchain::ui
