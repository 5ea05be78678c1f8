#include "ui/pages/sampling/sampling_formula.h"

#include "core/models/density_model.h"
#include "core/sampling/sampler.h"
#include "ui/adapters/model_names.h"
#include "ui/pages/sampling/sampling_numbers.h"

#include <QCoreApplication>
#include <algorithm>

namespace pixelchain::ui::SamplingFormula {
namespace {

QString sub(const QString& base, const QString& index) {
    return QStringLiteral("%1<sub>%2</sub>").arg(base, index);
}

/// How the activation is written: σ for the logistic sigmoid, ReLU for max(0, ·).
QString activationSymbol(Activation activation) {
    return activation == Activation::Relu ? QStringLiteral("ReLU") : QStringLiteral("σ");
}

/// How many earlier pixels each factor looks at: 0 for independent pixels, m for a Markov chain
/// of order m, −1 for "all of them" (the chain rule: FVSBN, NADE).
int contextOrder(const DensityModel& model) {
    const int size = model.contextSize();
    return size >= DensityModel::kAllEarlier ? -1 : size;
}

} // namespace

QString heading(const DensityModel& model) {
    return QCoreApplication::translate("SamplingFormula", "How the model decides each pixel — %1")
        .arg(ModelNames::title(model));
}

QString context(const DensityModel& model, int i) {
    const int order = contextOrder(model);
    const int first = order < 0 ? 1 : std::max(1, i - order);
    const int count = i - first;
    const auto x = [](int index) { return sub(QStringLiteral("x"), QString::number(index)); };
    if (count <= 0)
        return {};
    if (count == 1)
        return x(first);
    if (count == 2)
        return QStringLiteral("%1, %2").arg(x(first), x(i - 1));
    return QStringLiteral("%1, …, %2").arg(x(first), x(i - 1));
}

QString factor(const DensityModel& model, int i) {
    const QString given = context(model, i);
    const QString pixel = sub(QStringLiteral("x"), QString::number(i));
    return given.isEmpty() ? QStringLiteral("p(%1 = 1)").arg(pixel)
                           : QStringLiteral("p(%1 = 1 | %2)").arg(pixel, given);
}

QString formula(const DensityModel& model) {
    const QString product = QStringLiteral("p(x) = Π<sub>i=1</sub><sup>%1</sup> ").arg(kPixels);
    const QString xi = sub(QStringLiteral("x"), QStringLiteral("i"));
    const int order = contextOrder(model);
    if (order == 0)
        return product + QStringLiteral("p(%1)").arg(xi);
    if (order == 1)
        return QStringLiteral("p(x) = p(x<sub>1</sub>) Π<sub>i=2</sub><sup>%1</sup> "
                              "p(x<sub>i</sub> | x<sub>i−1</sub>)")
            .arg(kPixels);
    if (order > 1) // the context starts at pixel 1 while i ≤ m: no x with an index below 1
        return product + QStringLiteral("p(%1 | x<sub>max(1, i−%2)</sub>, …, x<sub>i−1</sub>)")
                             .arg(xi)
                             .arg(order);
    const QString chain =
        product +
        QStringLiteral("p(%1 | %2)").arg(xi, sub(QStringLiteral("x"), QStringLiteral("&lt;i")));
    const HiddenLayerView layer = model.hiddenLayer();
    if (layer.empty())
        return chain;
    const QString hidden = QStringLiteral("h<sub>i</sub> = %1(W[:, &lt;i] x<sub>&lt;i</sub> + c)")
                               .arg(activationSymbol(layer.activation));
    const QString output = QStringLiteral("p(x<sub>i</sub> = 1 | x<sub>&lt;i</sub>) = "
                                          "σ(V<sub>i</sub> · h<sub>i</sub> + b<sub>i</sub>)");
    // Two lines, so the panel leaves the canvas its height: the chain rule, then one factor.
    return QCoreApplication::translate("SamplingFormula", "%1<br>%2 &nbsp;with&nbsp; %3")
        .arg(chain, output, hidden);
}

QString numbers(const Sampler& sampler) {
    if (sampler.step() == 0)
        return QCoreApplication::translate("SamplingFormula", "Nothing decided yet: %1 = %2")
            .arg(factor(sampler.model(), 1),
                 SamplingNumbers::probability(sampler.nextProbability()));
    const SampleStep& s = sampler.history().back();
    const QString i = QString::number(s.step + 1);
    if (sampler.model().hiddenLayer().empty())
        return QCoreApplication::translate("SamplingFormula",
                                           "i = %1: %2 = %3, so x<sub>%1</sub> = %4")
            .arg(i, factor(sampler.model(), s.step + 1),
                 SamplingNumbers::probability(s.probability),
                 s.value ? QStringLiteral("1") : QStringLiteral("0"));
    // W[:, <i] has one column per earlier pixel: the step number says how much it has seen.
    return QCoreApplication::translate("SamplingFormula",
                                       "i = %1: W[:, &lt;%1] holds %2 columns; "
                                       "σ(V<sub>%1</sub> · h<sub>%1</sub> + b<sub>%1</sub>) = %3, "
                                       "so x<sub>%1</sub> = %4")
        .arg(i, QString::number(s.step), SamplingNumbers::probability(s.probability),
             s.value ? QStringLiteral("1") : QStringLiteral("0"));
}

} // namespace pixelchain::ui::SamplingFormula
