#include "ui/pages/models/published_results.h"

#include "core/image/binary_image.h"

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

} // namespace pixelchain::ui
