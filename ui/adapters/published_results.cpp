#include "ui/adapters/published_results.h"

#include "core/image/binary_image.h"
#include "core/mnist/binarize.h"

#include <QLocale>

namespace pixelchain::ui {
namespace {

using counting::Factorization;

/// The count core gives for `f` on the 784 binary pixels of a digit, with `hidden` units.
counting::ParameterCount binaryDigitCount(Factorization f, std::uint64_t hidden = 500) {
    counting::CountQuery query;
    query.variables = kPixels;
    query.states = 2;
    query.hidden = hidden;
    return counting::count(f, query);
}

} // namespace

QString PublishedResults::binarization() {
    return tr("fixed binarization of Larochelle & Murray (2011)");
}

QVector<PublishedResult> PublishedResults::all() {
    constexpr std::uint64_t kNadeHidden = 500; // Larochelle & Murray's NADE on MNIST
    return {
        {tr("Mixture of Bernoullis"), 137.64, tr("Larochelle & Murray, 2011"), {}, std::nullopt},
        {tr("FVSBN"), 97.45, tr("Larochelle & Murray, 2011"),
         tr("D = %1 binary pixels").arg(kPixels), binaryDigitCount(Factorization::Fvsbn)},
        {tr("NADE"), 88.86, tr("Larochelle & Murray, 2011"),
         tr("H = %1 sigmoid hidden units").arg(kNadeHidden),
         binaryDigitCount(Factorization::Nade, kNadeHidden)},
        {tr("MADE"), 86.64, tr("Germain et al., 2015"),
         tr("%1 hidden layers, %2 masks").arg(2).arg(32), std::nullopt},
        {tr("Order-agnostic NADE"), 85.10, tr("Uria et al., 2014"),
         tr("an ensemble of %1 orderings,\n%2 hidden layers").arg(128).arg(2), std::nullopt},
        {tr("PixelCNN"), 81.30, tr("van den Oord et al., 2016"), {}, std::nullopt},
    };
}

QString PublishedResults::citation(const PublishedBitsPerDim& result) {
    return tr("%1 (%2)").arg(result.authors).arg(result.year);
}

QVector<PublishedBitsPerDim> PublishedResults::dequantizedMnist() {
    const QString maf = tr("Papamakarios, Pavlakou & Murray");
    const QString mafTitle = tr("Masked Autoregressive Flow for Density Estimation");
    const QString mafTable = tr("Table 2, MNIST, unconditional (in nats of logit space there)");
    const QString ffjord = tr("Grathwohl et al.");
    const QString ffjordTitle =
        tr("FFJORD: Free-form Continuous Dynamics for Scalable Reversible Generative Models");
    const QString ffjordTable = tr("Table 2, MNIST");
    // What MADE, MADE MoG and MAF share: the logit space they were trained in, and their data.
    const QString logit = tr("trained in logit space, logit(λ + (1 − 2λ)y) with λ = 10⁻⁶, and "
                             "converted back to pixels; %1 training digits, noise drawn once")
                              .arg(QLocale().toString(qulonglong(mnist::kTrainCount)));
    const QString flow = tr("a deep multi-scale flow of %1; 8-bit digits with uniform "
                            "dequantization, as tabulated by Grathwohl et al.");
    return {
        {tr("MADE"), 2.04, maf, 2017, mafTitle, mafTable,
         tr("masked autoencoder, one Gaussian per pixel; %1").arg(logit)},
        {tr("MADE MoG"), 1.41, maf, 2017, mafTitle, mafTable,
         tr("masked autoencoder, a mixture of Gaussians per pixel as in RNADE; %1").arg(logit)},
        {tr("MAF"), 1.89, maf, 2017, mafTitle, mafTable,
         tr("a flow of stacked MADEs; %1").arg(logit)},
        {tr("Real NVP"), 1.06, ffjord, 2019, ffjordTitle, ffjordTable,
         flow.arg(tr("coupling layers (Dinh et al., 2017)"))},
        {tr("Glow"), 1.05, ffjord, 2019, ffjordTitle, ffjordTable,
         flow.arg(tr("invertible 1 × 1 convolutions (Kingma & Dhariwal, 2018)"))},
    };
}

} // namespace pixelchain::ui
