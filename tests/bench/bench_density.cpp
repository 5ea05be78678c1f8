// bench_density: how long the Density page's core work takes per stroke. Not a pass/fail test.
// One update = DensityModel::evaluate (log p, 784 conditionals and surprises in one pass) +
// bits per pixel + the percentile among the test digits; a frame at 60 Hz is 16.7 ms.
// Also times "normalize like MNIST". Sweeps the amount of ink (the pass costs the same for any
// drawing, which the figures should confirm).
// Usage: bench_density [MODEL_FILE]   (default: the shipped NADE)
#include "core/image/normalize.h"
#include "core/io/model_file.h"
#include "core/stats/percentiles.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <vector>

using namespace pixelchain;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kRepeats = 2000;

BinaryImage randomBlob(int ink, std::mt19937& random) {
    // Ink scattered over the middle of the field, where digits are.
    BinaryImage image;
    std::uniform_int_distribution<int> cell(4, 23);
    while (image.count() < ink)
        image.set(cell(random), cell(random), true);
    return image;
}

template <typename Work> std::vector<double> timeEach(Work work) {
    std::vector<double> micros;
    micros.reserve(kRepeats);
    for (int i = 0; i < kRepeats; ++i) {
        const auto start = Clock::now();
        work();
        micros.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count());
    }
    std::sort(micros.begin(), micros.end());
    return micros;
}

void report(const char* what, int ink, const std::vector<double>& micros) {
    std::printf("%-22s ink %3d px   median %8.1f us   p99 %8.1f us   max %8.1f us\n", what, ink,
                micros[micros.size() / 2], micros[micros.size() * 99 / 100], micros.back());
}

} // namespace

int main(int argc, char* argv[]) {
    const std::string path =
        argc > 1 ? argv[1]
                 : std::string(PIXELCHAIN_SOURCE_DIR) + "/resources/models/nade-mnist.safetensors";
    io::LoadedModel loaded;
    try {
        loaded = io::loadModel(path);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_density: %s\n", e.what());
        return 1;
    }
    std::printf("%s\n", loaded.model->describe().c_str());
    std::mt19937 random(3);
    volatile double sink = 0;
    for (int ink : {0, 50, 150, 300}) {
        const BinaryImage image = randomBlob(ink, random);
        report("update (evaluate + %)", ink, timeEach([&] {
                   const Evaluation e = loaded.model->evaluate(image);
                   sink = sink + e.bitsPerPixel() +
                          stats::percentileOf(loaded.testQuantiles, e.logProb);
               }));
        report("normalize like MNIST", ink,
               timeEach([&] { sink = sink + normalizeLikeMnist(image).count(); }));
    }
    return 0;
}
