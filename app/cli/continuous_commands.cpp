// eval, density and sample for a model of greyscale digits (RNADE, the independent mixture): each
// command hands over to these when its --model file has a greyscale format. Figures are in bits
// per dimension of the 8-bit data, −log p(y) / (784 ln 2) + 8.
#include "app/cli/commands.h"
#include "app/cli/image_input.h"
#include "core/io/atomic_file.h"
#include "core/io/continuous_model_file.h"
#include "core/io/png_image.h"
#include "core/sampling/grey_sampler.h"
#include "core/stats/percentiles.h"
#include "core/training/continuous_scores.h"

#include <cmath>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <ostream>

namespace pixelchain::cli {

bool isGreyscaleModelFile(const std::string& path) {
    return !path.empty() && io::isContinuousFormat(io::modelFormat(path));
}

int evalContinuous(const std::string& modelPath, const std::string& dataDir, std::uint64_t seed,
                   int threads, bool json, std::ostream& out) {
    const io::LoadedContinuous loaded = io::loadContinuousModel(modelPath);
    const auto scores =
        training::scoreContinuousTestSet(*loaded.model, mnist::loadMnist(dataDir), threads, seed);
    double mean = 0;
    for (const double v : scores.logDensities)
        mean += v / double(scores.logDensities.size());
    if (json) {
        out << nlohmann::json{{"images", scores.logDensities.size()},
                              {"log_density_nats", mean},
                              {"bits_per_dim", scores.bitsPerDim},
                              {"bits_per_dim_bin_centre", scores.binCentreBitsPerDim}}
                   .dump()
            << "\n";
    } else {
        out << loaded.model->describe() << "\n"
            << scores.logDensities.size()
            << " test images, dequantized with u drawn once: " << std::fixed << std::setprecision(4)
            << scores.bitsPerDim << " bits/dim (mean log p(y) " << std::setprecision(2) << mean
            << " nats); at the "
            << "bin centres " << std::setprecision(4) << scores.binCentreBitsPerDim
            << " bits/dim\n";
    }
    return 0;
}

int densityContinuous(const std::string& modelPath, const std::string& imagePath, std::size_t index,
                      bool json, std::ostream& out) {
    const io::LoadedContinuous loaded = io::loadContinuousModel(modelPath);
    const GreyImage image = readGreyImage(imagePath, index);
    const ContinuousEvaluation e = loaded.model->evaluate(image);
    const double percentile = stats::percentileOf(loaded.testQuantiles, e.logDensity);
    if (json) {
        out << nlohmann::json{{"log_density_nats", e.logDensity},
                              {"bits_per_dim", e.bitsPerDim()},
                              {"percentile", std::isnan(percentile) ? nlohmann::json()
                                                                    : nlohmann::json(percentile)},
                              {"log_densities", e.logDensities},
                              {"expected", e.expectedValue}}
                   .dump()
            << "\n";
    } else {
        out << std::fixed << std::setprecision(3) << "log p(y) = " << e.logDensity << " nats, "
            << std::setprecision(4) << e.bitsPerDim() << " bits/dim";
        if (!std::isnan(percentile))
            out << ", percentile " << std::setprecision(1) << percentile << " among test digits";
        out << "\n";
    }
    return 0;
}

int sampleContinuous(const std::string& modelPath, std::uint64_t seed, std::uint64_t count,
                     double temperature, const std::string& outPath, std::ostream& out) {
    if (outPath.size() < 4 || outPath.compare(outPath.size() - 4, 4, ".png") != 0)
        throw std::runtime_error("a greyscale model writes its digits as --out FILE.png");
    if (!(temperature > 0))
        throw std::runtime_error("a greyscale model samples with a temperature above 0");
    const io::LoadedContinuous loaded = io::loadContinuousModel(modelPath);
    const int columns = static_cast<int>(std::ceil(std::sqrt(double(count))));
    const int rows =
        static_cast<int>((count + std::uint64_t(columns) - 1) / std::uint64_t(columns));
    constexpr int kGap = 2;
    io::GreyImage grid;
    grid.width = columns * (kSide + kGap) + kGap;
    grid.height = rows * (kSide + kGap) + kGap;
    grid.pixels.assign(std::size_t(grid.width * grid.height), 96);
    for (std::uint64_t n = 0; n < count; ++n) {
        const GreyImage digit = drawGreyDigit(loaded.model, seed + n, temperature);
        const int left = kGap + int(n % std::uint64_t(columns)) * (kSide + kGap);
        const int top = kGap + int(n / std::uint64_t(columns)) * (kSide + kGap);
        for (int i = 0; i < kPixels; ++i)
            grid.pixels[std::size_t((top + i / kSide) * grid.width + left + i % kSide)] =
                static_cast<std::uint8_t>(digit.at(i));
    }
    io::writeFileAtomically(outPath, io::encodePng(grid));
    out << "wrote " << count << " greyscale digits to " << outPath << "\n";
    return 0;
}

} // namespace pixelchain::cli
