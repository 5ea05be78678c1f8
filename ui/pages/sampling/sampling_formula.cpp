#include "ui/pages/sampling/sampling_formula.h"

#include "core/models/nade.h"
#include "core/sampling/sampler.h"
#include "ui/adapters/model_names.h"
#include "ui/pages/sampling/sampling_numbers.h"

#include <QCoreApplication>

namespace pixelchain::ui::SamplingFormula {
namespace {

QString sub(const QString& base, const QString& index) {
    return QStringLiteral("%1<sub>%2</sub>").arg(base, index);
}

/// How the activation is written: σ for the logistic sigmoid, ReLU for max(0, ·).
QString activationSymbol(Activation activation) {
    return activation == Activation::Relu ? QStringLiteral("ReLU") : QStringLiteral("σ");
}

} // namespace

QString heading(const DensityModel& model) {
    return QCoreApplication::translate("SamplingFormula", "How the model decides each pixel — %1")
        .arg(ModelNames::title(model));
}

QString formula(const DensityModel& model) {
    const QString chain = QStringLiteral("p(x) = Π<sub>i=1</sub><sup>%1</sup> p(%2 | %3)")
                              .arg(kPixels)
                              .arg(sub(QStringLiteral("x"), QStringLiteral("i")),
                                   sub(QStringLiteral("x"), QStringLiteral("&lt;i")));
    const auto* nade = dynamic_cast<const Nade*>(&model);
    if (!nade)
        return chain;
    const QString hidden = QStringLiteral("h<sub>i</sub> = %1(W[:, &lt;i] x<sub>&lt;i</sub> + c)")
                               .arg(activationSymbol(nade->activation()));
    const QString output = QStringLiteral("p(x<sub>i</sub> = 1 | x<sub>&lt;i</sub>) = "
                                          "σ(V<sub>i</sub> · h<sub>i</sub> + b<sub>i</sub>)");
    // Two lines, so the panel leaves the canvas its height: the chain rule, then one factor.
    return QCoreApplication::translate("SamplingFormula", "%1<br>%2 &nbsp;with&nbsp; %3")
        .arg(chain, output, hidden);
}

QString numbers(const Sampler& sampler) {
    if (sampler.step() == 0)
        return QCoreApplication::translate("SamplingFormula",
                                           "Nothing decided yet: p(x<sub>1</sub> = 1) = %1")
            .arg(SamplingNumbers::probability(sampler.nextProbability()));
    const SampleStep& s = sampler.history().back();
    const QString i = QString::number(s.step + 1);
    if (!dynamic_cast<const Nade*>(&sampler.model()))
        return QCoreApplication::translate("SamplingFormula",
                                           "i = %1: p(x<sub>%1</sub> = 1 | x<sub>&lt;%1</sub>) = "
                                           "%2, so x<sub>%1</sub> = %3")
            .arg(i, SamplingNumbers::probability(s.probability),
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
