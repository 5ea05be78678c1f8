#include "ui/pages/lessons/lesson_steps.h"

#include "core/image/binary_image.h"
#include "core/mnist/binarize.h"
#include "core/models/density_model.h"
#include "core/models/model_registry.h"
#include "ui/adapters/blank_canvas.h"
#include "ui/adapters/model_library.h"
#include "ui/adapters/model_names.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace pixelchain::ui {

namespace {

using counting::Factorization;

/// The id of the shipped model of `family` whose conditionals see `contextSize` earlier pixels
/// (the registry's default for a NADE); empty when none ships, and the step keeps the current
/// model.
QString shippedId(ModelFamily family, int contextSize = 0) {
    if (family == ModelRegistry::defaultModel().family)
        return QString::fromUtf8(ModelRegistry::kDefaultId.data(),
                                 qsizetype(ModelRegistry::kDefaultId.size()));
    for (const ShippedModel* model : ModelRegistry::ofFamily(family))
        if (model->contextSize == contextSize)
            return QString::fromUtf8(model->id.data(), qsizetype(model->id.size()));
    return {};
}

counting::CountQuery binaryChain(std::uint64_t n, std::uint64_t order = 1) {
    counting::CountQuery query;
    query.variables = n;
    query.states = 2;
    query.markovOrder = order;
    return query;
}

LessonStep generativeModels() {
    LessonStep step{
        QStringLiteral("generative-model"),
        LessonSteps::tr("What a generative model learns"),
        LessonSteps::tr(
            "<p>A generative model learns a probability distribution <i>p</i>(<b>x</b>) "
            "over images. Knowing <i>p</i>(<b>x</b>), we can <b>generate</b> new images "
            "(draw <b>x</b> ~ <i>p</i>(<b>x</b>)), <b>estimate density</b> (is this image "
            "likely?) and learn <b>representations</b>.</p>"
            "<p>A model that can compute <i>p</i>(<b>x</b>) is <b>explicit</b>; one that "
            "can only draw samples is <b>implicit</b>. The NADE on this page is explicit. "
            "Press <b>Space</b> and watch it decide a digit pixel by pixel.</p>"),
        {}};
    step.view.page = QStringLiteral("sampling");
    step.view.model = shippedId(ModelFamily::Nade);
    step.view.seed = 3;
    step.view.temperature = 1.0;
    step.view.samplingStep = 0;
    return step;
}

LessonStep countingParameters() {
    counting::CountQuery rgbPixel;
    rgbPixel.variables = 1;
    rgbPixel.states = std::uint64_t{1} << 24; // 256³ colours
    rgbPixel.markovOrder = 0;
    const counting::ParameterCount rgb = counting::count(Factorization::Full, rgbPixel);
    const counting::ParameterCount digit = counting::count(Factorization::Full, binaryChain(784));
    LessonStep step{
        QStringLiteral("counting"),
        LessonSteps::tr("Counting parameters"),
        LessonSteps::tr("<p>A coin is one Bernoulli variable: <b>1</b> parameter. A categorical "
                        "variable with <i>m</i> outcomes needs <i>m</i> − 1, because the "
                        "probabilities sum to one.</p>"
                        "<p>One RGB pixel taken as a single variable has 256³ states and needs "
                        "256³ − 1 = %1 parameters. A 28×28 black-and-white image has "
                        "2<sup>784</sup> states, so its full joint table needs 2<sup>784</sup> − 1 "
                        "parameters: a number with %2 digits, far beyond the atoms in the "
                        "universe.</p>"
                        "<p>More parameters are not better by themselves: a full table fitted "
                        "by maximum likelihood to the %3 training digits gives probability 0 to "
                        "every digit it has not seen, so every new digit gets an infinite "
                        "negative log-likelihood. That is overfitting at its extreme.</p>")
            .arg(QLocale().toString(rgb.exact->convert_to<qulonglong>()))
            .arg(digit.digits)
            .arg(QLocale().toString(qulonglong(mnist::kTrainCount))),
        {}};
    step.view.page = QStringLiteral("counting");
    step.view.countingPreset = QStringLiteral("binary-image");
    step.view.countingQuery = binaryChain(784);
    step.view.factorization = Factorization::Full;
    return step;
}

LessonStep independence() {
    LessonStep step{
        QStringLiteral("independence"),
        LessonSteps::tr("Independence"),
        LessonSteps::tr("<p>Assume every pixel is independent of the others: "
                        "<i>p</i>(<i>x</i><sub>1</sub>, …, <i>x</i><sub><i>n</i></sub>) = "
                        "<i>p</i>(<i>x</i><sub>1</sub>) ⋯ <i>p</i>(<i>x</i><sub><i>n</i></sub>). "
                        "The same 2<sup><i>n</i></sup> images remain possible, yet only <i>n</i> "
                        "parameters are left: 784 for a digit.</p>"
                        "<p>The price: no pixel knows its neighbours, so the samples are noise. "
                        "Press <b>Space</b> to see one.</p>"),
        {}};
    step.view.page = QStringLiteral("sampling");
    step.view.model = shippedId(ModelFamily::Independent);
    step.view.seed = 3;
    step.view.samplingStep = 0;
    return step;
}

LessonStep chainRule() {
    LessonStep step{
        QStringLiteral("chain-rule"),
        LessonSteps::tr("The chain rule"),
        LessonSteps::tr(
            "<p>The chain rule holds for every distribution, with no assumption: "
            "<i>p</i>(<i>x</i><sub>1</sub>, …, <i>x</i><sub><i>n</i></sub>) = "
            "<i>p</i>(<i>x</i><sub>1</sub>) <i>p</i>(<i>x</i><sub>2</sub> | "
            "<i>x</i><sub>1</sub>) <i>p</i>(<i>x</i><sub>3</sub> | <i>x</i><sub>1</sub>, "
            "<i>x</i><sub>2</sub>) ⋯</p>"
            "<p>With full tables the factors need 1 + 2 + 4 + ⋯ + "
            "2<sup><i>n</i>−1</sup> = 2<sup><i>n</i></sup> − 1 parameters: nothing is "
            "saved by itself. <i>p</i>(<i>x</i><sub>2</sub> | <i>x</i><sub>1</sub>) "
            "needs 2 parameters, one Bernoulli for each value of "
            "<i>x</i><sub>1</sub>.</p>"),
        {}};
    step.view.page = QStringLiteral("counting");
    step.view.countingPreset = QStringLiteral("custom");
    step.view.countingQuery = binaryChain(4);
    step.view.factorization = Factorization::ChainRule;
    return step;
}

LessonStep bayesRule() {
    LessonStep step{
        QStringLiteral("bayes-rule"),
        LessonSteps::tr("Bayes' rule"),
        LessonSteps::tr(
            "<p>The second rule for taming the joint is <b>Bayes' rule</b>: "
            "<i>p</i>(<b>x</b> | <i>y</i>) = <i>p</i>(<b>x</b>, <i>y</i>) / <i>p</i>(<i>y</i>) "
            "= <i>p</i>(<i>y</i> | <b>x</b>) <i>p</i>(<b>x</b>) / <i>p</i>(<i>y</i>). Let "
            "<b>x</b> be an image and <i>y</i> its label, the digit it shows.</p>"
            "<p>The class-conditional NADE learns <i>p</i>(<b>x</b> | <i>y</i>) for every digit "
            "and the prior <i>p</i>(<i>y</i>). Turned around by Bayes' rule it also says whether "
            "an image belongs to a label: <i>p</i>(<i>y</i> | <b>x</b>) = "
            "<i>p</i>(<b>x</b> | <i>y</i>) <i>p</i>(<i>y</i>) / <i>p</i>(<b>x</b>), with "
            "<i>p</i>(<b>x</b>) = Σ<sub><i>y</i></sub> <i>p</i>(<b>x</b> | <i>y</i>) "
            "<i>p</i>(<i>y</i>). A generative model in the strict sense can do this, because it "
            "is <b>explicit</b>: it computes the probabilities instead of only drawing "
            "samples.</p>"
            "<p>The canvas holds a real test digit: read <i>p</i>(<i>y</i> | <b>x</b>) for it. "
            "Then clear the canvas, draw your own digit and watch <i>p</i>(<i>y</i> | <b>x</b>): "
            "which digit does the model think it is, and how sure is it while the digit is half "
            "drawn?</p>"),
        {}};
    step.view.page = QStringLiteral("density");
    step.view.model = shippedId(ModelFamily::ClassNade, DensityModel::kAllEarlier);
    // A real digit first, so p(y | x) has something to say before the student draws.
    step.view.galleryDigit = 0;
    return step;
}

LessonStep markov() {
    LessonStep step{
        QStringLiteral("markov"),
        LessonSteps::tr("Conditional independence and Markov"),
        LessonSteps::tr(
            "<p>If <i>x</i> ⟂ <i>y</i> | <i>z</i>, then <i>p</i>(<i>x</i> | <i>y</i>, "
            "<i>z</i>) = <i>p</i>(<i>x</i> | <i>z</i>): a factor may forget what it does "
            "not need. The Markov assumption keeps only the previous pixel, "
            "<i>p</i>(<i>x</i><sub>1</sub>) <i>p</i>(<i>x</i><sub>2</sub> | "
            "<i>x</i><sub>1</sub>) ⋯ <i>p</i>(<i>x</i><sub><i>n</i></sub> | "
            "<i>x</i><sub><i>n</i>−1</sub>), with 2<i>n</i> − 1 parameters. Order "
            "<i>m</i> looks back <i>m</i> pixels.</p>"
            "<p>In raster order the previous pixel is the left neighbour: samples "
            "become streaks. Better than noise, still no digit.</p>"),
        {}};
    step.view.page = QStringLiteral("sampling");
    step.view.model = shippedId(ModelFamily::Markov, 1);
    step.view.seed = 3;
    step.view.samplingStep = 0;
    return step;
}

/// The NADEs of the library, best test NLL first, when every one trained the same schedule; the
/// lesson only compares orderings that were trained alike.
QVector<const ModelEntry*> equallyTrainedNades(const ModelLibrary* models) {
    QVector<const ModelEntry*> nades;
    if (!models)
        return nades;
    for (const ModelEntry& entry : models->entries())
        if (entry.model && entry.model->family() == ModelFamily::Nade &&
            std::isfinite(entry.testNll))
            nades.append(&entry);
    for (const ModelEntry* e : nades)
        if (e->training.scheduledEpochs != nades.front()->training.scheduledEpochs)
            return {};
    std::sort(nades.begin(), nades.end(),
              [](const auto* a, const auto* b) { return a->testNll < b->testNll; });
    return nades;
}

LessonStep orderings(const ModelLibrary* models) {
    QString text = LessonSteps::tr(
        "<p>An autoregressive model factorizes by the chain rule in a fixed "
        "<b>ordering</b> of the pixels, and learns each conditional. Raster order "
        "is common, but each of the 784! orderings gives an exact factorization.</p>"
        "<p>Compare the same digit under four of them: the chain rule is exact in "
        "each, yet the log-likelihoods differ, because each model learned its "
        "conditionals from data.</p>");
    const auto nades = equallyTrainedNades(models);
    if (nades.size() >= 2) {
        QStringList figures;
        for (const ModelEntry* e : nades)
            figures << LessonSteps::tr("%1 %2").arg(ModelNames::orderingName(e->model->ordering()),
                                                    QLocale().toString(e->testNll, 'f', 2));
        text +=
            LessonSteps::tr("<p>These %1 NADEs trained alike (%2 each). Test NLL in nats: "
                            "%3. The best ordering leads the worst by %4 nats per digit.</p>")
                .arg(nades.size())
                .arg(ModelNames::training(nades.front()->training),
                     figures.join(QStringLiteral(", ")),
                     QLocale().toString(nades.back()->testNll - nades.front()->testNll, 'f', 2));
        if (nades.back()->model->ordering().name().rfind("random", 0) == 0)
            text += LessonSteps::tr("<p>The random order comes last: it scatters the context, "
                                    "while the neighbours just before a pixel say most about "
                                    "it.</p>");
    }
    LessonStep step{QStringLiteral("orderings"),
                    LessonSteps::tr("Autoregressive models and orderings"),
                    text,
                    {}};
    step.view.page = QStringLiteral("models");
    step.view.modelsSection = QStringLiteral("orderings");
    return step;
}

/// How the shipped NADE's hidden layer is written, read from the model itself: "ReLU" or "σ".
/// Empty when no NADE is at hand.
QString shippedActivation(const ModelLibrary* models) {
    if (!models)
        return {};
    for (const ModelEntry& entry : models->entries())
        if (const HiddenLayerView hidden = entry.model->hiddenLayer();
            !hidden.empty() && entry.id == shippedId(ModelFamily::Nade))
            return hidden.activation == Activation::Relu ? QStringLiteral("ReLU")
                                                         : QStringLiteral("σ");
    return {};
}

LessonStep nade(const ModelLibrary* models) {
    QString text = LessonSteps::tr(
        "<p>NADE gives every conditional a small neural network, with weights shared "
        "between positions. In the paper (Larochelle &amp; Murray, 2011) the hidden layer uses "
        "the sigmoid σ: <b>h</b><sub><i>i</i></sub> = σ(<i>W</i><sub>:,&lt;"
        "<i>i</i></sub> <b>x</b><sub>&lt;<i>i</i></sub> + <b>c</b>) and "
        "<i>p</i>(<i>x</i><sub><i>i</i></sub> = 1 | <b>x</b><sub>&lt;<i>i</i></sub>) "
        "= σ(<b>V</b><sub><i>i</i></sub> · <b>h</b><sub><i>i</i></sub> + "
        "<i>b</i><sub><i>i</i></sub>).</p>");
    if (const QString act = shippedActivation(models); !act.isEmpty())
        text +=
            LessonSteps::tr("<p>The NADE shown here uses %1 in its hidden layer: "
                            "<b>h</b><sub><i>i</i></sub> = %1(<i>W</i><sub>:,&lt;<i>i</i></sub> "
                            "<b>x</b><sub>&lt;<i>i</i></sub> + <b>c</b>); the output is "
                            "still σ.</p>")
                .arg(act);
    text +=
        LessonSteps::tr("<p>The pre-activation grows by one column per pixel, so all %1 "
                        "conditionals cost O(<i>HD</i>) together. It has 2<i>HD</i> + <i>H</i> + "
                        "<i>D</i> parameters. The bar shows each coin flip: the probability, the "
                        "uniform number drawn, the outcome.</p>")
            .arg(kPixels);
    LessonStep step{QStringLiteral("nade"), LessonSteps::tr("NADE"), text, {}};
    step.view.page = QStringLiteral("sampling");
    step.view.model = shippedId(ModelFamily::Nade);
    step.view.seed = 7;
    step.view.temperature = 1.0;
    step.view.samplingStep = 392;
    return step;
}

/// "84.47 nats after 50 epochs": what the shipped NADE reached, read from its file; empty without
/// it.
QString shippedNadeResult(const ModelLibrary* models) {
    if (!models)
        return {};
    for (const ModelEntry& entry : models->entries())
        if (entry.id == shippedId(ModelFamily::Nade) && std::isfinite(entry.testNll))
            return LessonSteps::tr("%1 nats (%2)")
                .arg(QLocale().toString(entry.testNll, 'f', 2),
                     ModelNames::training(entry.training));
    return {};
}

LessonStep learning(const ModelLibrary* models) {
    QString text = LessonSteps::tr(
        "<p>Training a model means choosing its parameters θ so that the training digits "
        "become probable: <b>maximum likelihood</b>, θ* = argmax<sub>θ</sub> "
        "Σ<sub><i>n</i></sub> log <i>p</i><sub>θ</sub>(<b>x</b><sub><i>n</i></sub>). "
        "Equivalently it minimizes the average <b>negative log-likelihood</b> (NLL) in nats, "
        "the curve on this page. Each minibatch moves θ a small step down the gradient of the "
        "NLL (Adam).</p>"
        "<p>Press <b>Start</b>: the training NLL falls, and the <b>validation</b> NLL, measured "
        "on held-out digits the model never trains on, shows whether it learned digits or only "
        "memorized its own. The samples turn from noise into strokes and digits, and the hidden "
        "units become stroke detectors.</p>");
    if (const QString shipped = shippedNadeResult(models); !shipped.isEmpty())
        text += LessonSteps::tr("<p>The dash-dotted line is the shipped NADE's test NLL: %1.</p>")
                    .arg(shipped);
    LessonStep step{
        QStringLiteral("learning"), LessonSteps::tr("Learning is maximum likelihood"), text, {}};
    step.view.page = QStringLiteral("training");
    step.view.trainingPreset = QString::fromLatin1(kOneMinuteNadePreset);
    return step;
}

/// Per model, whether the blank canvas beats every test digit: computed, because it holds under
/// some models and not under others.
QString blankCanvasLines(const ModelLibrary* models) {
    if (!models)
        return {};
    QStringList lines;
    for (const BlankCanvasScore& s : scoreBlankCanvas(*models))
        lines.append(
            s.aboveEveryTestDigit()
                ? LessonSteps::tr("%1: more probable than every test digit").arg(s.name)
                : LessonSteps::tr("%1: not more probable than every test digit").arg(s.name));
    if (lines.isEmpty())
        return {};
    return LessonSteps::tr("<p>The blank image, model by model:<br>%1</p>")
        .arg(lines.join(QStringLiteral("<br>")));
}

LessonStep density(const ModelLibrary* models) {
    LessonStep step{
        QStringLiteral("density"),
        LessonSteps::tr("Density and anomaly detection"),
        LessonSteps::tr(
            "<p>An explicit model scores any image exactly: log <i>p</i>(<b>x</b>) = "
            "Σ<sub><i>i</i></sub> log <i>p</i>(<i>x</i><sub><i>i</i></sub> | "
            "<b>x</b><sub>&lt;<i>i</i></sub>). A real digit lands among the test "
            "digits; a scribble lands far below them. That gap is <b>anomaly "
            "detection</b>.</p>"
            "<p>Draw your own digit. Then clear the canvas: every pixel off is easy to "
            "predict, so under some models a blank image is more probable than every test "
            "digit. A high density alone does not mean “looks like the data”.</p>") +
            blankCanvasLines(models),
        {}};
    step.view.page = QStringLiteral("density");
    step.view.model = shippedId(ModelFamily::Nade);
    step.view.galleryDigit = 0;
    return step;
}

} // namespace

QVector<LessonStep> LessonSteps::all(const ModelLibrary* models) {
    return {generativeModels(), countingParameters(), independence(),
            chainRule(),        bayesRule(),          markov(),
            orderings(models),  nade(models),         learning(models),
            density(models)};
}

} // namespace pixelchain::ui
