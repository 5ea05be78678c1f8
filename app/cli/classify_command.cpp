// pixelchain-cli classify: Bayes' rule for one image under a class-conditional model.
#include "app/cli/arguments.h"
#include "app/cli/commands.h"
#include "app/cli/image_input.h"
#include "app/cli/model_path.h"
#include "core/models/class_conditional.h"

#include <cmath>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <ostream>

namespace pixelchain::cli {
namespace {

constexpr const char* kHelp =
    R"(usage: pixelchain-cli classify --image FILE [--model FILE] [--index K] [--json]

Which digit is this? Scores one 28×28 image under every label y with a class-conditional model
and applies Bayes' rule:

  p(y | x) = p(x | y) p(y) / p(x),      p(x) = Σ_y p(x | y) p(y)

  --image FILE   FILE.png (28×28, bright ink on dark background as in MNIST, thresholded at 50%)
                 or FILE.idx (IDX3 of 28×28 images, thresholded at 50%)
  --index K      which image of an IDX file (default 0)
  --model FILE   a class-conditional model file (default: the shipped class-conditional NADE)
  --json         print {"label","posterior":[10],"log_px_given_y":[10],"log_prior":[10],"log_px"}
)";

constexpr const char* kDefaultClassModel = "class-nade-mnist";

} // namespace

int runClassify(const Words& words, std::ostream& out, std::ostream& err) {
    if (words.size() == 1 && words[0] == "--help") {
        out << kHelp;
        return 0;
    }
    std::string modelPath, imagePath;
    std::size_t index = 0;
    bool json = false;
    try {
        const Arguments args(words, {"model", "image", "index"}, {"json"});
        modelPath = args.text("model");
        imagePath = args.required("image");
        index = args.integer("index", 0, 0, 100000000);
        json = args.has("json");
    } catch (const UsageError& e) {
        err << "pixelchain-cli classify: " << e.what() << "\n";
        return 2;
    }
    try {
        const io::LoadedModel loaded =
            io::loadModel(modelPath.empty() ? shippedModelPath(kDefaultClassModel) : modelPath);
        const ClassConditional* classes = loaded.model->classConditional();
        if (!classes)
            throw std::runtime_error(loaded.model->describe() +
                                     " has no labels: classify needs a class-conditional model "
                                     "(class-nade or naive-bayes)");
        const ClassScores s = classes->classify(readImage(imagePath, index));
        if (json) {
            out << nlohmann::json{{"label", s.label},
                                  {"posterior", s.posterior},
                                  {"log_px_given_y", s.logLikelihoodGiven},
                                  {"log_prior", s.logPrior},
                                  {"log_px", s.logEvidence}}
                       .dump()
                << "\n";
            return 0;
        }
        out << loaded.model->describe() << "\n"
            << "label  p(y|x)     log p(x|y)  log p(y)\n";
        for (std::size_t y = 0; y < s.posterior.size(); ++y)
            out << std::setw(5) << y << (static_cast<int>(y) == s.label ? "* " : "  ") << std::fixed
                << std::setprecision(4) << std::setw(8) << s.posterior[y] << "  " << std::setw(10)
                << std::setprecision(2) << s.logLikelihoodGiven[y] << "  " << std::setw(8)
                << std::setprecision(3) << s.logPrior[y] << "\n";
        out << "log p(x) = " << std::setprecision(2) << s.logEvidence << " nats; the model says "
            << s.label << " (p = " << std::setprecision(4) << s.posterior[s.label] << ")\n";
        return 0;
    } catch (const std::exception& e) {
        err << "pixelchain-cli classify: " << e.what() << "\n";
        return 1;
    }
}

} // namespace pixelchain::cli
