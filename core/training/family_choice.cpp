#include "core/training/family_choice.h"

#include "core/models/class_conditional.h"
#include "core/models/nade.h"
#include "core/models/naive_bayes.h"
#include "core/training/class_nade_family.h"
#include "core/training/fvsbn_family.h"
#include "core/training/mixture_fit.h"
#include "core/training/nade_family.h"
#include "core/training/rnade_family.h"
#include "core/training/table_fit.h"

#include <sstream>
#include <stdexcept>

namespace pixelchain::training {

bool trainsByGradient(FamilyKind kind) {
    return kind != FamilyKind::Independent && kind != FamilyKind::Markov;
}

bool modelsGrey(FamilyKind kind) {
    return kind == FamilyKind::Rnade;
}

std::string modelName(const FamilyChoice& choice) {
    switch (choice.kind) {
    case FamilyKind::Independent:
        return "independent";
    case FamilyKind::Markov:
        return "markov:" + std::to_string(choice.markovOrder);
    case FamilyKind::Fvsbn:
        return "fvsbn";
    case FamilyKind::Nade:
        return "nade";
    case FamilyKind::ClassNade:
        return "class-nade";
    case FamilyKind::Rnade:
        return "rnade";
    }
    return "nade";
}

namespace {

std::unique_ptr<GradientFamily> startingRnade(const FamilyChoice& c, const mnist::Mnist& data,
                                              const TrainSettings& s) {
    MixtureFitSettings fit;
    fit.components = c.components;
    fit.iterations = kRnadeStartIterations;
    fit.limit = std::min(s.limit, kRnadeStartDigits);
    fit.seed = s.seed;
    fit.threads = s.threads;
    return std::make_unique<RnadeFamily>(
        initialRnadeWeights(c.hidden, fitPixelMixtures(data, fit), c.ordering, s.seed), c.ordering,
        c.activation, c.meanStepScale);
}

TableFitSettings tableSettings(const FamilyChoice& c, const TrainSettings& s) {
    TableFitSettings table;
    table.alpha = c.alpha;
    table.draws = c.draws;
    table.seed = s.seed;
    table.limit = s.limit;
    table.threads = s.threads;
    return table;
}

} // namespace

std::unique_ptr<GradientFamily> startingFamily(const FamilyChoice& c, const mnist::Mnist& data,
                                               const TrainSettings& s) {
    switch (c.kind) {
    case FamilyKind::Fvsbn:
        return std::make_unique<FvsbnFamily>(
            initialFvsbnWeights(meanLogits(data, s.limit, Ordering::raster())));
    case FamilyKind::Rnade:
        return startingRnade(c, data, s);
    case FamilyKind::Nade:
    case FamilyKind::ClassNade: {
        NadeWeights nade =
            initialNadeWeights(c.hidden, meanLogits(data, s.limit, c.ordering), s.seed);
        if (c.kind == FamilyKind::Nade)
            return std::make_unique<NadeFamily>(std::move(nade), c.ordering, c.activation);
        return std::make_unique<ClassNadeFamily>(
            initialClassNadeWeights(std::move(nade), data, s.limit, c.ordering),
            logPriorFromLabels(data.trainLabels.data(), s.limit, kDigitClasses), c.ordering,
            c.activation, c.discriminative);
    }
    case FamilyKind::Independent:
    case FamilyKind::Markov:
        break;
    }
    throw std::invalid_argument(modelName(c) + " is fitted in closed form, not trained");
}

std::unique_ptr<Model> fitTable(const FamilyChoice& c, const mnist::Mnist& data,
                                const TrainSettings& s) {
    if (c.kind == FamilyKind::Independent)
        return std::make_unique<Independent>(fitIndependent(data, tableSettings(c, s)));
    if (c.kind == FamilyKind::Markov)
        return std::make_unique<Markov>(fitMarkov(data, c.markovOrder, tableSettings(c, s)));
    throw std::invalid_argument(modelName(c) + " is trained by gradient, not fitted");
}

namespace {

void addSchedule(std::ostringstream& out, const TrainSettings& s) {
    if (s.seconds <= 0 || s.epochs != 100000)
        out << " --epochs " << s.epochs;
    out << " --batch " << s.batch << " --lr " << s.lr << " --schedule "
        << (!s.cosineSchedule ? "constant"
            : s.stepSchedule  ? "steps"
                              : "cosine");
    if (s.cosineSchedule)
        out << " --final-lr " << s.finalLrFraction;
    if (s.warmupSteps > 0)
        out << " --warmup " << s.warmupSteps;
    if (s.seconds > 0)
        out << " --seconds " << s.seconds;
    out << " --seed " << s.seed;
}

void addArchitecture(std::ostringstream& out, const FamilyChoice& c) {
    out << " --hidden " << c.hidden;
    if (c.kind == FamilyKind::Rnade)
        out << " --components " << c.components;
    out << " --ordering " << c.ordering.name() << " --activation " << activationName(c.activation);
    if (c.kind == FamilyKind::ClassNade && c.discriminative > 0)
        out << " --discriminative " << c.discriminative;
}

} // namespace

std::string trainCommand(const FamilyChoice& c, const TrainSettings& s,
                         const std::string& outName) {
    std::ostringstream out;
    out << "pixelchain-cli train --model " << modelName(c);
    if (c.kind == FamilyKind::Nade || c.kind == FamilyKind::ClassNade ||
        c.kind == FamilyKind::Rnade)
        addArchitecture(out, c);
    if (trainsByGradient(c.kind))
        addSchedule(out, s);
    else
        out << " --alpha " << c.alpha;
    if (c.kind == FamilyKind::Markov)
        out << " --draws " << c.draws << " --seed " << s.seed;
    if (s.limit != mnist::kTrainCount)
        out << " --limit " << s.limit;
    out << " --threads " << s.threads << " --out " << outName;
    return out.str();
}

} // namespace pixelchain::training
