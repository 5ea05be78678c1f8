// bench_nade: NADE speed on this machine. Not a pass/fail test: prints figures.
//   training images/s (hand-written backward pass + Adam, batch 100),
//   evaluation images/s (log p of many images, batched),
//   single-image latency of log p with all 784 conditionals (Nade::evaluate).
// Usage: bench_nade [--hidden H] [--threads T] [--data DIR]  (random digits when DIR is absent)
// The kernels are the highest level this CPU runs; PIXELCHAIN_KERNELS=x86-64-v2 (or v3) measures
// a lower one.
#include "core/kernels/nade_kernels.h"
#include "core/mnist/binarize.h"
#include "core/models/nade_batch.h"
#include "core/training/nade_family.h"
#include "core/training/trainer.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>

using namespace pixelchain;
using Clock = std::chrono::steady_clock;

namespace {

double seconds(Clock::time_point since) {
    return std::chrono::duration<double>(Clock::now() - since).count();
}

std::vector<std::uint8_t> randomDigits(std::size_t count) {
    // Blobs of ink in the middle, like digits: about 19% of the pixels on.
    std::vector<std::uint8_t> rows(count * kPixels);
    std::mt19937_64 engine(7);
    for (std::size_t n = 0; n < count; ++n)
        for (int i = 0; i < kPixels; ++i) {
            const int r = i / kSide - 14, c = i % kSide - 14;
            const double p = (r * r + c * c < 80) ? 0.45 : 0.02;
            rows[n * kPixels + i] = (engine() >> 11) * 0x1.0p-53 < p;
        }
    return rows;
}

NadeWeights randomWeights(int hidden) {
    NadeWeights w(hidden, kPixels);
    w.W.setRandom();
    w.W *= 0.05f;
    w.Vt.setRandom();
    w.Vt *= 0.05f;
    return w;
}

double trainingRate(const NadeWeights& start, const std::vector<std::uint8_t>& rows, int threads) {
    constexpr int kBatch = 100, kBatches = 30;
    // The trainer's own minibatch step: per-thread gradients, their sum and one Adam step.
    training::NadeFamily family(start, Ordering::raster(), Activation::Relu);
    family.prepareGradients(threads);
    std::vector<std::size_t> sizes;
    for (const auto tensor : family.parameters())
        sizes.push_back(tensor.size());
    training::Adam adam(sizes);
    const auto started = Clock::now();
    for (int b = 0; b < kBatches; ++b) {
        const ImageRows batch{rows.data() + (b * kBatch % 5000) * kPixels, kBatch};
        training::trainMinibatch(family, adam, batch, 1e-3, threads);
    }
    return kBatch * kBatches / seconds(started);
}

} // namespace

int main(int argc, char* argv[]) {
    int hidden = 500, threads = 2;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--hidden"))
            hidden = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--threads"))
            threads = std::atoi(argv[i + 1]);
    }
    const auto rows = randomDigits(10000);
    const NadeWeights weights = randomWeights(hidden);
    const Nade nade(weights, Ordering::raster(), Activation::Relu);

    std::printf("NADE, H = %d, D = 784, ReLU, %d thread(s), kernels %s\n", hidden, threads,
                kernels::nadeKernels().level);
    for (int threadCount = 1; threadCount <= threads; ++threadCount)
        std::printf("training    %8.0f images/s  (batch 100, %d thread(s))\n",
                    trainingRate(weights, rows, threadCount), threadCount);

    auto started = Clock::now();
    const auto ll = logLikelihoods(nade, {rows.data(), 10000}, threads);
    std::printf("evaluation  %8.0f images/s  (10,000 images, mean log p %.2f)\n",
                10000 / seconds(started), -meanNll(ll));

    constexpr int kRepeats = 2000;
    double sink = 0;
    started = Clock::now();
    for (int r = 0; r < kRepeats; ++r)
        sink += nade.evaluate(mnist::toImage(rows.data() + (r % 10000) * kPixels, nade.ordering()))
                    .logProb;
    std::printf("one image   %8.4f ms  (log p + 784 conditionals + surprise; checksum %.1f)\n",
                seconds(started) / kRepeats * 1e3, sink);
    return 0;
}
