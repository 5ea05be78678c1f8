#include "core/training/table_fit.h"

#include <stdexcept>

namespace pixelchain::training {
namespace {

void check(const mnist::Mnist& data, const TableFitSettings& s) {
    if (!(s.alpha > 0) || s.draws < 1 || s.limit < 1 || s.limit > mnist::kTrainCount ||
        s.limit > data.train.count || s.threads < 1)
        throw std::invalid_argument("table fit settings out of range");
}

} // namespace

Independent fitIndependent(const mnist::Mnist& data, const TableFitSettings& s) {
    check(data, s);
    std::vector<double> ones(kPixels, 0.0);
    for (std::size_t n = 0; n < s.limit; ++n) {
        const std::uint8_t* grey = data.train.image(n);
        for (int i = 0; i < kPixels; ++i)
            ones[static_cast<std::size_t>(i)] += grey[i] / 255.0;
    }
    std::vector<float> theta(kPixels);
    const double seen = static_cast<double>(s.limit);
    for (int i = 0; i < kPixels; ++i)
        theta[static_cast<std::size_t>(i)] = static_cast<float>(
            (ones[static_cast<std::size_t>(i)] + s.alpha) / (seen + 2 * s.alpha));
    return Independent(std::move(theta));
}

NaiveBayes fitNaiveBayes(const mnist::Mnist& data, const TableFitSettings& s) {
    check(data, s);
    if (data.trainLabels.size() < s.limit)
        throw std::invalid_argument("naive Bayes needs the training labels");
    std::vector<double> ones(kDigitClasses * kPixels, 0.0), seen(kDigitClasses, 0.0);
    for (std::size_t n = 0; n < s.limit; ++n) {
        const std::size_t y = data.trainLabels[n];
        if (y >= kDigitClasses)
            throw std::invalid_argument("a training label is not a digit 0..9");
        const std::uint8_t* grey = data.train.image(n);
        for (int i = 0; i < kPixels; ++i)
            ones[y * kPixels + static_cast<std::size_t>(i)] += grey[i] / 255.0;
        seen[y] += 1;
    }
    std::vector<float> theta(ones.size());
    for (std::size_t k = 0; k < ones.size(); ++k)
        theta[k] = static_cast<float>((ones[k] + s.alpha) / (seen[k / kPixels] + 2 * s.alpha));
    return NaiveBayes(std::move(theta),
                      logPriorFromLabels(data.trainLabels.data(), s.limit, kDigitClasses));
}

Markov fitMarkov(const mnist::Mnist& data, int order, const TableFitSettings& s) {
    check(data, s);
    if (order < 0 || order > Markov::kMaxOrder)
        throw std::invalid_argument("Markov order must be between 0 and 16");
    const std::size_t size = Markov::tableSize(order);
    std::vector<double> ones(size, 0.0), seen(size, 0.0);
    std::vector<std::size_t> offsets(kPixels);
    for (std::size_t i = 0, next = 0; i < offsets.size(); ++i) {
        offsets[i] = next;
        next += std::size_t{1} << std::min<int>(static_cast<int>(i), order);
    }
    for (int r = 0; r < s.draws; ++r) {
        const auto set = mnist::binarize(data.train, 0, s.limit, Ordering::raster(), s.seed,
                                         static_cast<std::uint64_t>(r), s.threads);
        for (std::size_t n = 0; n < set.count; ++n) {
            const std::uint8_t* bits = set.row(n);
            for (int i = 0; i < kPixels; ++i) {
                const std::size_t k =
                    offsets[static_cast<std::size_t>(i)] + markovContext(bits, i, order);
                seen[k] += 1;
                ones[k] += bits[i];
            }
        }
    }
    std::vector<float> p(size);
    for (std::size_t k = 0; k < size; ++k)
        p[k] =
            static_cast<float>((ones[k] / s.draws + s.alpha) / (seen[k] / s.draws + 2 * s.alpha));
    return Markov(order, std::move(p));
}

} // namespace pixelchain::training
