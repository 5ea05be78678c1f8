#pragma once
// FamilyChoice: which model to train and its architecture, as the Training page and `pixelchain-cli
// train` both describe it, and the one place that turns it into something to train: the gradient
// families at their initial weights (startingFamily), the table models by their closed-form fit
// (fitTable), and the command line that reproduces the run (trainCommand).
//
// Initial weights follow each family's header: NADE and class-NADE with b at the logits of the
// pixels' mean grey values (meanLogits in the model's ordering), the FVSBN likewise in raster
// order, the RNADE with its output biases at per-pixel Gaussian mixtures fitted by EM to the first
// kRnadeStartDigits training digits.
#include "core/image/ordering.h"
#include "core/models/model.h"
#include "core/training/gradient_family.h"
#include "core/training/trainer.h"

#include <memory>
#include <string>

namespace pixelchain::training {

enum class FamilyKind { Independent, Markov, Fvsbn, Nade, ClassNade, Rnade };

/// The RNADE's output biases start at mixtures fitted to this many training digits, in this many
/// EM iterations.
inline constexpr std::size_t kRnadeStartDigits = 10000;
inline constexpr int kRnadeStartIterations = 30;

struct FamilyChoice {
    FamilyKind kind = FamilyKind::Nade;
    int hidden = 500;    ///< H: NADE, class-NADE, RNADE
    int markovOrder = 1; ///< m: Markov
    int components = 10; ///< K: RNADE
    Ordering ordering = Ordering::raster();
    Activation activation = Activation::Relu;
    double alpha = 1.0;          ///< Laplace smoothing of the tables
    int draws = 5;               ///< binarizations a Markov fit averages
    double discriminative = 0;   ///< class-NADE: λ of −log p(x|y) − λ log p(y|x)
    float meanStepScale = 2e-4f; ///< RNADE (RnadeFamily::kMeanStepScale)
};

/// True for the families the Trainer trains; false for the tables, fitted in closed form.
bool trainsByGradient(FamilyKind kind);
/// True for a model of greyscale digits (RNADE).
bool modelsGrey(FamilyKind kind);
/// `--model` of pixelchain-cli train: "nade", "class-nade", "fvsbn", "rnade", "independent",
/// "markov:M".
std::string modelName(const FamilyChoice& choice);

/// The family at its initial weights for the first `settings.limit` training digits. Throws
/// std::invalid_argument for a table model.
std::unique_ptr<GradientFamily> startingFamily(const FamilyChoice& choice, const mnist::Mnist& data,
                                               const TrainSettings& settings);

/// The closed-form fit of a table model (independent, Markov) on the first `settings.limit`
/// digits, with its seed and threads. Throws std::invalid_argument for a gradient family.
std::unique_ptr<Model> fitTable(const FamilyChoice& choice, const mnist::Mnist& data,
                                const TrainSettings& settings);

/// The pixelchain-cli command that trains the same model with the same settings, writing
/// `outName` (a file name, never a folder), e.g. "pixelchain-cli train --model nade --hidden 500
/// ... --out nade.safetensors". The data folder is the CLI's default; options a family does not
/// take are left out.
std::string trainCommand(const FamilyChoice& choice, const TrainSettings& settings,
                         const std::string& outName);

} // namespace pixelchain::training
