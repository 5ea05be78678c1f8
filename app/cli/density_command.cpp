// pixelchain-cli density: log p(x) and the per-pixel conditionals of one 28×28 image.
#include "app/cli/arguments.h"
#include "app/cli/commands.h"
#include "app/cli/image_input.h"
#include "app/cli/model_path.h"
#include "core/stats/percentiles.h"

#include <cmath>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <ostream>

namespace pixelchain::cli {
namespace {

constexpr const char* kHelp =
    R"(usage: pixelchain-cli density --image FILE [--model FILE] [--index K] [--json]

Scores one 28×28 image: log p(x) in nats, bits per pixel, its percentile among the test digits'
log-likelihoods (from the model file), and for every pixel (raster order) the conditional
p(x_i = 1 | x_<i) and the surprise −log p(x_i | x_<i).

  --image FILE   FILE.png (28×28, bright ink on dark background as in MNIST, thresholded at 50%)
                 or FILE.idx (IDX3 of 28×28 images, thresholded at 50%)
  --index K      which image of an IDX file (default 0)
  --model FILE   model file (default: the shipped NADE)
  --json         print {"log_prob_nats","bits_per_dim","percentile","conditionals","surprise"}

With a model of greyscale digits (rnade, independent-mixture) the image keeps its grey values
(dequantized at the bin centres) and the answer is log p(y) in nats, bits per dimension of the
8-bit data and the percentile; --json prints {"log_density_nats","bits_per_dim","percentile",
"log_densities","expected"}.
)";

} // namespace

int runDensity(const Words& words, std::ostream& out, std::ostream& err) {
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
        err << "pixelchain-cli density: " << e.what() << "\n";
        return 2;
    }
    try {
        if (isGreyscaleModelFile(modelPath))
            return densityContinuous(modelPath, imagePath, index, json, out);
        const io::LoadedModel loaded = loadModelOrDefault(modelPath);
        const BinaryImage image = readImage(imagePath, index);
        const Evaluation e = loaded.model->evaluate(image);
        const double percentile = stats::percentileOf(loaded.testQuantiles, e.logProb);
        if (json) {
            nlohmann::json j{{"log_prob_nats", e.logProb},
                             {"bits_per_dim", e.bitsPerPixel()},
                             {"percentile", std::isnan(percentile) ? nlohmann::json()
                                                                   : nlohmann::json(percentile)},
                             {"conditionals", e.conditionals},
                             {"surprise", e.surprise}};
            out << j.dump() << "\n";
        } else {
            out << image.toText() << std::fixed << std::setprecision(3)
                << "log p(x) = " << e.logProb << " nats, " << std::setprecision(4)
                << e.bitsPerPixel() << " bits/pixel";
            if (!std::isnan(percentile))
                out << ", percentile " << std::setprecision(1) << percentile
                    << " among test digits";
            out << "\n";
        }
        return 0;
    } catch (const std::exception& ex) {
        err << "pixelchain-cli density: " << ex.what() << "\n";
        return 1;
    }
}

} // namespace pixelchain::cli
