// bench_classify: Bayes' rule speed on this machine. Not a pass/fail test: prints figures.
//   classify one drawing: the ten log p(x | y) of the shipped class-conditional NADE and the
//   posterior (ClassConditional::classify), median, 99th percentile and maximum over the gallery
//   digits, each classified `--repeat` times;
//   the same for naive Bayes;
//   batch classification of the gallery (images/s, 1 and 2 threads).
// Usage: bench_classify [--models DIR] [--repeat N]   (DIR defaults to resources/models)
#include "core/io/model_file.h"
#include "core/mnist/idx.h"
#include "core/models/class_conditional.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>

using namespace pixelchain;
using Clock = std::chrono::steady_clock;

namespace {

double seconds(Clock::time_point since) {
    return std::chrono::duration<double>(Clock::now() - since).count();
}

void latency(const char* name, const DensityModel& model, const std::vector<BinaryImage>& images,
             int repeat) {
    const ClassConditional& classes = *model.classConditional();
    std::vector<double> ms;
    double sink = 0;
    for (int r = 0; r < repeat; ++r)
        for (const BinaryImage& image : images) {
            const auto start = Clock::now();
            sink += classes.classify(image).posterior[0];
            ms.push_back(1e3 * seconds(start));
        }
    std::sort(ms.begin(), ms.end());
    std::printf("%-12s classify one drawing: median %.3f ms, p99 %.3f ms, max %.3f ms "
                "(%zu runs; checksum %.3f)\n",
                name, ms[ms.size() / 2], ms[ms.size() * 99 / 100], ms.back(), ms.size(), sink);
}

void throughput(const DensityModel& model, const std::vector<BinaryImage>& images, int threads) {
    std::vector<std::uint8_t> rows(images.size() * kPixels);
    for (std::size_t n = 0; n < images.size(); ++n)
        for (int j = 0; j < kPixels; ++j)
            rows[n * kPixels + static_cast<std::size_t>(j)] =
                images[n].at(model.ordering().pixel(j));
    const auto start = Clock::now();
    int rounds = 0;
    while (seconds(start) < 2.0 || rounds < 2) {
        model.classConditional()->logLikelihoodsGiven({rows.data(), images.size()}, threads);
        ++rounds;
    }
    std::printf("%-12s batch classification, %d thread%s: %.0f images/s\n", "", threads,
                threads == 1 ? "" : "s", rounds * images.size() / seconds(start));
}

} // namespace

int main(int argc, char** argv) {
    std::string models = "resources/models";
    int repeat = 5;
    for (int k = 1; k + 1 < argc; k += 2) {
        if (!std::strcmp(argv[k], "--models"))
            models = argv[k + 1];
        else if (!std::strcmp(argv[k], "--repeat"))
            repeat = std::max(1, std::atoi(argv[k + 1]));
    }
    try {
        const auto grey = mnist::readImages("resources/digits/gallery-idx3-ubyte");
        std::vector<BinaryImage> images;
        for (std::size_t n = 0; n < grey.count; ++n)
            images.push_back(BinaryImage::fromGrey(grey.image(n)));
        for (const char* id : {"class-nade-mnist", "naive-bayes-mnist"}) {
            const io::LoadedModel loaded = io::loadModel(models + "/" + id + ".safetensors");
            latency(id, *loaded.model, images, repeat);
            throughput(*loaded.model, images, 1);
            throughput(*loaded.model, images, 2);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_classify: %s (run it from the source folder)\n", e.what());
        return 1;
    }
    return 0;
}
