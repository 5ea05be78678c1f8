#include "ui/pages/sampling/sampling_formula.h"

#include "core/models/class_conditional.h"
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
/// of order m, −1 for "all of them" (the chain rule: FVSBN, NADE). Given its label, naive Bayes
/// looks at none: its pixels are independent given y.
int contextOrder(const DensityModel& model, int label = -1) {
    if (label >= 0 && model.family() == ModelFamily::NaiveBayes)
        return 0;
    const int size = model.contextSize();
    return size >= DensityModel::kAllEarlier ? -1 : size;
}

/// "y = 7".
QString givenLabel(int label) {
    return QStringLiteral("y = %1").arg(label);
}

QString productSign() {
    return QStringLiteral("Π<sub>i=1</sub><sup>%1</sup> ").arg(kPixels);
}

/// A class-conditional model: Bayes' mixture of p(x), or one label's own chain-rule product.
QString classFormula(const DensityModel& model, int label) {
    const QString xi = sub(QStringLiteral("x"), QStringLiteral("i"));
    const QString before = sub(QStringLiteral("x"), QStringLiteral("&lt;i"));
    if (label < 0)
        return QCoreApplication::translate("SamplingFormula", "%1<br>%2")
            .arg(QStringLiteral("p(x) = Σ<sub>y</sub> p(y) p(x | y) = %1p(%2 | %3)")
                     .arg(productSign(), xi, before),
                 QStringLiteral("p(%1 = 1 | %2) = Σ<sub>y</sub> p(y | %2) p(%1 = 1 | %2, y)")
                     .arg(xi, before));
    const QString y = givenLabel(label);
    const HiddenLayerView layer = model.hiddenLayer();
    if (contextOrder(model, label) == 0 || layer.empty()) // naive Bayes: one θ per pixel and digit
        return QStringLiteral("p(x | %1) = %2p(%3 | %1)<br>p(%3 = 1 | y) = θ<sub>y,i</sub>")
            .arg(y, productSign(), xi);
    const QString chain =
        QStringLiteral("p(x | %1) = %2p(%3 | %4, %1)").arg(y, productSign(), xi, before);
    const QString hidden = QStringLiteral("h<sub>i</sub> = %1(W[:, &lt;i] %2 + c + U[:, y])")
                               .arg(activationSymbol(layer.activation), before);
    const QString output = QStringLiteral("p(%1 = 1 | %2, y) = σ(V<sub>i</sub> · h<sub>i</sub> + "
                                          "b<sub>i</sub> + A<sub>i,y</sub>)")
                               .arg(xi, before);
    return QCoreApplication::translate("SamplingFormula", "%1<br>%2 &nbsp;with&nbsp; %3")
        .arg(chain, output, hidden);
}

} // namespace

QString heading(const DensityModel& model, int label) {
    if (label >= 0)
        return QCoreApplication::translate("SamplingFormula",
                                           "How the model draws a %1, pixel by pixel — %2")
            .arg(label)
            .arg(ModelNames::title(model));
    return QCoreApplication::translate("SamplingFormula", "How the model decides each pixel — %1")
        .arg(ModelNames::title(model));
}

QString context(const DensityModel& model, int i, int label) {
    const int order = contextOrder(model, label);
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

QString factor(const DensityModel& model, int i, int label) {
    QString given = context(model, i, label);
    if (label >= 0)
        given = given.isEmpty() ? givenLabel(label)
                                : QStringLiteral("%1, %2").arg(given, givenLabel(label));
    const QString pixel = sub(QStringLiteral("x"), QString::number(i));
    return given.isEmpty() ? QStringLiteral("p(%1 = 1)").arg(pixel)
                           : QStringLiteral("p(%1 = 1 | %2)").arg(pixel, given);
}

QString conditional(int label) {
    const QString before = sub(QStringLiteral("x"), QStringLiteral("&lt;i"));
    return QStringLiteral("p(x<sub>i</sub> = 1 | %1)")
        .arg(label < 0 ? before : QStringLiteral("%1, %2").arg(before, givenLabel(label)));
}

QString formula(const DensityModel& model, int label) {
    if (model.classConditional())
        return classFormula(model, label);
    const QString product = QStringLiteral("p(x) = ") + productSign();
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
    const int label = sampler.label();
    if (sampler.step() == 0)
        return QCoreApplication::translate("SamplingFormula", "Nothing decided yet: %1 = %2")
            .arg(factor(sampler.model(), 1, label),
                 SamplingNumbers::probability(sampler.nextProbability()));
    const SampleStep& s = sampler.history().back();
    const QString i = QString::number(s.step + 1);
    const bool mixture = sampler.model().classConditional() && label < 0;
    if (sampler.model().hiddenLayer().empty() || mixture)
        return QCoreApplication::translate("SamplingFormula",
                                           "i = %1: %2 = %3, so x<sub>%1</sub> = %4")
            .arg(i, factor(sampler.model(), s.step + 1, label),
                 SamplingNumbers::probability(s.probability),
                 s.value ? QStringLiteral("1") : QStringLiteral("0"));
    // W[:, <i] has one column per earlier pixel: the step number says how much it has seen.
    if (label >= 0)
        return QCoreApplication::translate("SamplingFormula",
                                           "i = %1: W[:, &lt;%1] holds %2 columns; "
                                           "σ(V<sub>%1</sub> · h<sub>%1</sub> + b<sub>%1</sub> + "
                                           "A<sub>%1,%3</sub>) = %4, so x<sub>%1</sub> = %5")
            .arg(i, QString::number(s.step), QString::number(label),
                 SamplingNumbers::probability(s.probability),
                 s.value ? QStringLiteral("1") : QStringLiteral("0"));
    return QCoreApplication::translate("SamplingFormula",
                                       "i = %1: W[:, &lt;%1] holds %2 columns; "
                                       "σ(V<sub>%1</sub> · h<sub>%1</sub> + b<sub>%1</sub>) = %3, "
                                       "so x<sub>%1</sub> = %4")
        .arg(i, QString::number(s.step), SamplingNumbers::probability(s.probability),
             s.value ? QStringLiteral("1") : QStringLiteral("0"));
}

} // namespace pixelchain::ui::SamplingFormula
