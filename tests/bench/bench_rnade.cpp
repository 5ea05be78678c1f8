// bench_rnade: speed of the greyscale models on this machine. Not a pass/fail test: prints figures.
//   one image: log p(y) with all 784 mixture conditionals, the per-pixel terms and E[y]
//              (ContinuousDensity::evaluate, what the Density page calls on every stroke),
//              median and 90th percentile over test digits at the bin centres;
//   evaluation images/s (the batched pass over many digits);
//   training images/s (the Trainer's minibatch step: per-thread gradients, their sum and one
//              Adam step, batch 100) with T threads.
// Usage: bench_rnade [--model FILE] [--data DIR] [--threads T]
//   FILE defaults to the RNADE the build copies beside the executables; DIR to data/mnist (random
//   grey digits when it cannot be read).
#include "core/io/continuous_model_file.h"
#include "core/mnist/binarize.h"
#include "core/mnist/dequantize.h"
#include "core/models/rnade.h"
#include "core/training/rnade_family.h"
#include "core/training/trainer.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>

using namespace pixelchain;
using Clock = std::chrono::steady_clock;

namespace {

double seconds(Clock::time_point since) {
    return std::chrono::duration<double>(Clock::now() - since).count();
}

/// 8-bit digits: the test digits of `folder`, or blobs of grey ink when they cannot be read.
std::vector<GreyImage> digits(const std::string& folder, std::size_t count, bool* real) {
    std::vector<GreyImage> images;
    try {
        const mnist::Mnist data = mnist::loadMnist(folder);
        for (std::size_t n = 0; n < std::min(count, data.test.count); ++n)
            images.push_back(GreyImage::fromBytes(data.test.image(n)));
        *real = true;
        return images;
    } catch (const std::exception&) {
        *real = false;
    }
    std::mt19937_64 engine(7);
    std::array<std::uint8_t, kPixels> grey{};
    for (std::size_t n = 0; n < count; ++n) {
        for (int i = 0; i < kPixels; ++i) {
            const int r = i / kSide - 14, c = i % kSide - 14;
            grey[std::size_t(i)] =
                r * r + c * c < 80 && engine() % 2 ? std::uint8_t(engine() % 256) : 0;
        }
        images.push_back(GreyImage::fromBytes(grey.data()));
    }
    return images;
}

double percentile(std::vector<double> v, double q) {
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(q * double(v.size())))];
}

void oneImage(const char* name, const ContinuousDensity& model,
              const std::vector<GreyImage>& images) {
    std::vector<double> ms;
    double sink = 0;
    for (int r = 0; r < 1000; ++r) {
        const auto started = Clock::now();
        sink += model.evaluate(images[std::size_t(r) % images.size()]).logDensity;
        ms.push_back(seconds(started) * 1e3);
    }
    std::printf("%-22s one image %7.3f ms median, %7.3f ms at the 90th percentile "
                "(checksum %.1f)\n",
                name, percentile(ms, 0.5), percentile(ms, 0.9), sink);
}

} // namespace

int main(int argc, char* argv[]) {
    std::string modelPath = (std::filesystem::path(argv[0]).parent_path() /
                             "../share/pixelchain/models" / "rnade-mnist.safetensors")
                                .string();
    std::string dataDir = "data/mnist";
    int threads = 2;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--model"))
            modelPath = argv[i + 1];
        else if (!std::strcmp(argv[i], "--data"))
            dataDir = argv[i + 1];
        else if (!std::strcmp(argv[i], "--threads"))
            threads = std::max(1, std::atoi(argv[i + 1]));
    }
    io::LoadedContinuous loaded;
    try {
        loaded = io::loadContinuousModel(modelPath);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_rnade: %s\n", e.what());
        return 1;
    }
    if (loaded.model->family() != ModelFamily::Rnade) {
        std::fprintf(stderr, "bench_rnade: %s is not an RNADE\n", modelPath.c_str());
        return 1;
    }
    const auto* rnade = static_cast<const Rnade*>(loaded.model.get());
    bool real = false;
    const std::vector<GreyImage> images = digits(dataDir, 10000, &real);
    std::printf("%s, %d thread(s), %zu %s\n", rnade->describe().c_str(), threads, images.size(),
                real ? "MNIST test digits" : "random grey digits (no MNIST found)");

    oneImage("RNADE", *rnade, images);

    std::vector<std::uint8_t> bytes;
    for (const GreyImage& image : images)
        bytes.insert(bytes.end(), image.data(), image.data() + kPixels);
    const std::vector<float> rows =
        dequantizedRows(bytes.data(), images.size(), rnade->ordering(), 1, 0, threads);
    auto started = Clock::now();
    const auto logs = rnade->logDensities({rows.data(), images.size()}, threads);
    std::printf("%-22s evaluation %7.0f images/s (batched, %zu digits)\n", "RNADE",
                double(logs.size()) / seconds(started), logs.size());

    {
        const int t = threads;
        training::RnadeFamily family(rnade->weights(), rnade->ordering(), rnade->activation());
        family.prepareGradients(t);
        std::vector<std::size_t> sizes;
        for (const auto tensor : family.parameters())
            sizes.push_back(tensor.size());
        training::Adam adam(sizes, {}, family.stepScales());
        constexpr int kBatch = 100, kBatches = 20,
                      kWarmUp = 2; // the first steps fill Adam's moments
        for (int b = -kWarmUp; b < kBatches; ++b) {
            if (b == 0)
                started = Clock::now();
            const std::size_t first =
                std::size_t(b + kWarmUp) * kBatch % (images.size() - kBatch + 1);
            training::trainMinibatch(family, adam, GreyRows{rows.data() + first * kPixels, kBatch},
                                     1e-5, t);
        }
        std::printf("%-22s training %7.0f images/s (batch 100, %d thread(s))\n", "RNADE",
                    kBatch * kBatches / seconds(started), t);
    }
    return 0;
}
