// pixelchain-cli sample: digits drawn from a model into a PNG grid or an IDX file.
#include "app/cli/arguments.h"
#include "app/cli/commands.h"
#include "app/cli/model_path.h"
#include "core/io/atomic_file.h"
#include "core/io/gif_animation.h"
#include "core/io/png_image.h"
#include "core/mnist/idx.h"
#include "core/sampling/sampler.h"
#include "core/sampling/sampling_animation.h"

#include <cmath>
#include <ostream>

namespace pixelchain::cli {
namespace {

constexpr const char* kHelp =
    R"(usage: pixelchain-cli sample --seed S --count N --out FILE [--model FILE] [--temperature T]
       pixelchain-cli sample --seed S --animate FILE.gif [--model FILE] [--temperature T]

Draws N digits pixel by pixel. Digit n uses seed S + n, so digit 0 is the one the Sampling page
shows for seed S. Same seed, same output, byte for byte.

  --model FILE        model file (default: the shipped NADE)
  --seed S            seed of the first digit (default 1)
  --count N           how many digits, 1..10000 (default 64)
  --temperature T     0 = greedy (always the more likely value), 1 = exact sampling (default 1)
  --label Y           "draw me a Y": sample p(x | y = Y), 0..9, from a class-conditional model
                      (class-nade, naive-bayes); without it, p(x)
  --out FILE          FILE.png: a grid, white ink on black, 2-pixel gaps;
                      FILE.idx: an IDX3 file of N×28×28 bytes (0 or 255)
  --animate FILE.gif  an animated GIF of digit 0 being drawn, a row of pixels per frame
                      (with --out, both files are written)

A model of greyscale digits (rnade, independent-mixture) draws each pixel from its Gaussian
mixture (temperature above 0 widens or sharpens it) and writes a greyscale FILE.png grid.
)";

bool endsWith(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

io::GreyImage grid(const std::vector<BinaryImage>& digits) {
    const int columns = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(digits.size()))));
    const int rows = static_cast<int>((digits.size() + columns - 1) / columns);
    constexpr int kGap = 2;
    io::GreyImage image;
    image.width = columns * (kSide + kGap) + kGap;
    image.height = rows * (kSide + kGap) + kGap;
    image.pixels.assign(static_cast<std::size_t>(image.width * image.height), 96);
    for (std::size_t n = 0; n < digits.size(); ++n) {
        const int left = kGap + static_cast<int>(n % columns) * (kSide + kGap);
        const int top = kGap + static_cast<int>(n / columns) * (kSide + kGap);
        for (int i = 0; i < kPixels; ++i)
            image.pixels[static_cast<std::size_t>((top + i / kSide) * image.width + left +
                                                  i % kSide)] = digits[n].at(i) ? 255 : 0;
    }
    return image;
}

} // namespace

int runSample(const Words& words, std::ostream& out, std::ostream& err) {
    if (words.size() == 1 && words[0] == "--help") {
        out << kHelp;
        return 0;
    }
    std::string modelPath, outPath, animatePath;
    std::uint64_t seed = 1, count = 64;
    double temperature = 1;
    int label = -1;
    try {
        const Arguments args(
            words, {"model", "seed", "count", "temperature", "out", "animate", "label"}, {});
        label = args.has("label") ? static_cast<int>(args.integer("label", 0, 0, 9)) : -1;
        modelPath = args.text("model");
        seed = args.integer("seed", 1, 0, UINT64_MAX - 10000);
        count = args.integer("count", 64, 1, 10000);
        temperature = args.number("temperature", 1.0, 0.0, 100.0);
        animatePath = args.text("animate");
        if (args.has("animate") && !endsWith(animatePath, ".gif"))
            throw UsageError("--animate must end in .gif");
        outPath = args.has("animate") ? args.text("out") : args.required("out");
        if (!outPath.empty() && !endsWith(outPath, ".png") && !endsWith(outPath, ".idx"))
            throw UsageError("--out must end in .png or .idx");
    } catch (const UsageError& e) {
        err << "pixelchain-cli sample: " << e.what() << "\n";
        return 2;
    }
    try {
        if (isGreyscaleModelFile(modelPath)) {
            if (!animatePath.empty() || label >= 0)
                throw UsageError("--animate and --label need a model of binary digits");
            return sampleContinuous(modelPath, seed, count, temperature, outPath, out);
        }
        const io::LoadedModel loaded = loadModelOrDefault(modelPath);
        if (!animatePath.empty()) {
            SamplingAnimationOptions options;
            options.label = label;
            io::saveGif(animatePath, samplingAnimation(loaded.model, seed, temperature, options));
            out << "wrote the sampling of digit 0 (seed " << seed << ") to " << animatePath << "\n";
        }
        if (outPath.empty())
            return 0;
        std::vector<BinaryImage> digits;
        for (std::uint64_t n = 0; n < count; ++n)
            digits.push_back(Sampler::draw(loaded.model, seed + n, temperature, label));
        if (endsWith(outPath, ".png")) {
            io::writeFileAtomically(outPath, io::encodePng(grid(digits)));
        } else {
            mnist::GreyImages images{digits.size(), kSide, kSide, {}};
            for (const auto& d : digits)
                for (int i = 0; i < kPixels; ++i)
                    images.pixels.push_back(d.at(i) ? 255 : 0);
            mnist::writeImages(outPath, images);
        }
        out << "wrote " << count << " digits to " << outPath << "\n";
        return 0;
    } catch (const std::exception& e) {
        err << "pixelchain-cli sample: " << e.what() << "\n";
        return 1;
    }
}

} // namespace pixelchain::cli
